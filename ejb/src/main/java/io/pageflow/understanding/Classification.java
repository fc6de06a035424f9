package io.pageflow.understanding;

import java.util.List;

/**
 * What a page is: its type (or {@code unknown}), the version of the type it was judged against, how sure
 * the engine is, and the best three scores (for a person who wants to know what else it could have been).
 */
public record Classification(String docType, int typeVersion, double confidence, List<TypeScore> top,
        String engine, TokenUsage tokens) {

    public boolean isUnknown() {
        return TypeDefinition.UNKNOWN.equals(docType);
    }
}
