package io.pageflow.understanding;

import java.util.List;

/** Decides which of the given types a page is. Implementations return {@code unknown} rather than guess. */
public interface ClassificationEngine {

    /**
     * @param page      the page's text
     * @param types     the current version of every type, {@code unknown} included
     * @param threshold below this confidence the answer is {@code unknown}
     */
    Classification classify(PageInput page, List<TypeDefinition> types, double threshold);
}
