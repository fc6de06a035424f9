package io.pageflow.analysis.profile;

import jakarta.json.JsonObject;

/**
 * A parsed analysis profile version: what the engines and the stage read.
 *
 * @param definition {@code description}, {@code prompt} (a template: {@code {{page}}} and {@code {{text}}} are
 *                   filled in), {@code schema} (JSON Schema of a page's result), {@code engine} ({@code local}
 *                   or {@code llm}), and optional {@code local} knobs ({@code topics}, {@code subtopics},
 *                   {@code diversity})
 */
public record ProfileDefinition(String name, int version, JsonObject definition) {

    public static final String LOCAL = "local";
    public static final String LLM = "llm";

    /** The stored row, parsed. */
    public static ProfileDefinition of(AnalysisProfile row) {
        return new ProfileDefinition(row.getName(), row.getVersion(),
                io.pageflow.understanding.type.DocumentTypes.parse(row.getDefinition()));
    }

    public String engine() {
        return definition.getString("engine", LOCAL);
    }

    public JsonObject schema() {
        return definition.getJsonObject("schema");
    }

    public String description() {
        return definition.getString("description", "");
    }

    /** The prompt for one page: the template with the page's number and text filled in. */
    public String prompt(int pageNumber, String text) {
        String template = definition.getString("prompt", "{{text}}");
        String filled = template.replace("{{page}}", Integer.toString(pageNumber));
        return filled.contains("{{text}}") ? filled.replace("{{text}}", text) : filled + "\n\n" + text;
    }

    /** A knob of the local engine, or its default. */
    public double local(String knob, double fallback) {
        JsonObject local = definition.getJsonObject("local");
        return local != null && local.containsKey(knob) ? local.getJsonNumber(knob).doubleValue() : fallback;
    }

    /** Key of the compiled schema in the validator's cache: versions never change. */
    public String schemaKey() {
        return "analysis:" + name + "@" + version;
    }
}
