package io.pageflow.understanding.stage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import io.pageflow.understanding.Classification;
import io.pageflow.understanding.FieldValue;
import io.pageflow.understanding.PageUnderstandings.PageToRead;
import io.pageflow.understanding.TypeDefinition;

/**
 * A page that says nothing of what it is can still continue the page before it: the second page of an
 * invoice has no "Tax Invoice" title but repeats its number and carries its totals. A page classified
 * {@code unknown} is taken as a continuation of the previous page's type when both pages give the same value
 * for that type's key field (the first of its schema's {@code required}, e.g. the invoice number). The page's
 * engine then says {@code continuation}, so a reviewer knows why.
 */
@ApplicationScoped
public class Continuation {

    public static final String ENGINE = "continuation";

    @Inject
    Engines engines;

    public Optional<Classification> of(long documentId, PageToRead page, PageToRead previous, TypeDefinition type,
            Classification judged) {
        List<String> required = type.schema().containsKey("required")
                ? type.schema().getJsonArray("required").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                : List.of();
        if (required.isEmpty() || type.isUnknown()) {
            return Optional.empty();
        }
        String key = required.get(0);
        FieldValue here = engines.ruleFields(page.input(documentId), type).get(key);
        if (here == null) {
            return Optional.empty();
        }
        Map<String, FieldValue> before = engines.ruleFields(previous.input(documentId), type);
        FieldValue there = before.get(key);
        if (there == null || !there.value().equals(here.value())) {
            return Optional.empty();
        }
        double confidence = previous.understanding().getConfidence();
        return Optional.of(new Classification(type.name(), type.version(), confidence,
                judged.top(), ENGINE, judged.tokens()));
    }
}
