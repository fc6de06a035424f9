package io.pageflow.understanding.validation;

import java.util.List;

/** Whether extracted fields satisfy their type's schema, and if not, each broken rule as a readable line. */
public record Validation(boolean valid, List<String> errors) {

    public static Validation ok() {
        return new Validation(true, List.of());
    }
}
