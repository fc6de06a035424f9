package io.pageflow.export.mapping;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import io.pageflow.error.InvalidRequestException;

/**
 * Reads a mapping definition (docs/understanding.md, "Mapped XML") into a {@link Mapping}, refusing with 400
 * what could not be written: names that are not XML names, fields the type's schema does not have, a list of
 * objects mapped to a single value, two fields written to one element, an element that would hold both a value
 * and other elements. Pure, so that every refusal is tested without a server.
 */
public final class MappingReader {

    public static final String INVALID = "INVALID_MAPPING";
    static final int MAX_PATH = 512;

    /** What a schema property holds, which decides how it may be mapped. */
    enum Shape { VALUE, VALUE_LIST, OBJECT, OBJECT_LIST }

    private MappingReader() {
    }

    /**
     * @param schemaOfType the JSON Schema of a type's fields, by type name (empty for no such type); null to read a
     *                     mapping that was checked when stored without checking its fields again (the type may have
     *                     a newer version since: a field it no longer has is simply not written)
     */
    public static Mapping read(JsonObject definition, Function<String, Optional<JsonObject>> schemaOfType) {
        String docType = requiredText(definition, "docType");
        JsonObject schema = null;
        if (schemaOfType != null) {
            schema = schemaOfType.apply(docType).orElseThrow(() -> new InvalidRequestException("UNKNOWN_TYPE",
                    "docType: there is no document type " + docType));
        }
        String root = requiredText(definition, "root");
        requireName("root", root);
        String namespace = null;
        if (definition.containsKey("namespace") && !definition.isNull("namespace")) {
            namespace = requiredText(definition, "namespace");
            requireNamespace(namespace);
        }
        JsonValue empty = definition.get("emptyElements");
        if (empty != null && empty != JsonValue.NULL && empty != JsonValue.TRUE && empty != JsonValue.FALSE) {
            throw invalid("emptyElements", "true or false");
        }
        if (!(definition.get("elements") instanceof JsonObject elements) || elements.isEmpty()) {
            throw invalid("elements", "an object that maps at least one field to an element path");
        }
        List<Mapping.Rule> rules = rules("elements", elements, schema == null ? null : members(schema), true);
        return new Mapping(docType, root, namespace, empty == JsonValue.TRUE, rules);
    }

    private static List<Mapping.Rule> rules(String where, JsonObject elements, JsonObject properties, boolean top) {
        List<Mapping.Rule> rules = new ArrayList<>();
        for (var entry : elements.entrySet()) {
            String field = entry.getKey();
            String at = where + "." + field;
            Shape shape = shape(at, field, properties, top);
            JsonValue target = entry.getValue();
            if (target instanceof JsonString path) {
                if (shape == Shape.OBJECT || shape == Shape.OBJECT_LIST) {
                    throw invalid(at, field + " holds " + (shape == Shape.OBJECT ? "an object" : "a list of objects")
                            + ": map it with {\"path\": \"…\", \"elements\": {…}}");
                }
                Mapping.XmlPath xmlPath = path(at, path.getString());
                if (shape == Shape.VALUE_LIST && xmlPath.attribute() != null) {
                    throw invalid(at, field + " is a list: it needs an element per value, not an attribute");
                }
                rules.add(new Mapping.Rule(field, xmlPath, null));
            } else if (target instanceof JsonObject nested) {
                if (shape == Shape.VALUE || shape == Shape.VALUE_LIST || field.startsWith("$")) {
                    throw invalid(at, field + " holds a value: map it to an element path (a string)");
                }
                rules.add(nested(at, field, nested, properties == null ? null : members(properties.getJsonObject(field))));
            } else {
                throw invalid(at, "an element path (a string), or {\"path\": …, \"elements\": {…}} for a list of objects");
            }
        }
        checkPaths(where, rules);
        return rules;
    }

    private static Mapping.Rule nested(String at, String field, JsonObject nested, JsonObject properties) {
        if (!(nested.get("path") instanceof JsonString path)) {
            throw invalid(at + ".path", "the element path of each item (a string)");
        }
        Mapping.XmlPath xmlPath = path(at + ".path", path.getString());
        if (xmlPath.attribute() != null) {
            throw invalid(at + ".path", "each item is an element, not an attribute");
        }
        if (!(nested.get("elements") instanceof JsonObject elements) || elements.isEmpty()) {
            throw invalid(at + ".elements", "an object that maps the item's members to element paths");
        }
        return new Mapping.Rule(field, xmlPath, rules(at + ".elements", elements, properties, false));
    }

    /** The shape of the field from the schema; without a schema, what the mapping's form says is trusted. */
    private static Shape shape(String at, String field, JsonObject properties, boolean top) {
        if (field.startsWith("$")) {
            if (!top || !Mapping.METADATA.contains(field)) {
                throw invalid(at, "the document's own values are " + String.join(", ", Mapping.METADATA)
                        + ", at the top level only");
            }
            return Shape.VALUE;
        }
        if (properties == null) {
            return null;
        }
        if (!(properties.get(field) instanceof JsonObject property)) {
            throw invalid(at, "the type's schema has no field " + field + (properties.isEmpty() ? ""
                    : " (it has " + String.join(", ", properties.keySet()) + ")"));
        }
        String type = property.get("type") instanceof JsonString t ? t.getString() : "";
        return switch (type) {
            case "object" -> Shape.OBJECT;
            case "array" -> property.get("items") instanceof JsonObject items
                    && ("object".equals(items.getString("type", "")) || items.containsKey("properties"))
                    ? Shape.OBJECT_LIST : Shape.VALUE_LIST;
            default -> Shape.VALUE;
        };
    }

    /** The properties of an object schema, or of the items of an array schema. */
    private static JsonObject members(JsonObject schema) {
        JsonObject object = schema.get("items") instanceof JsonObject items ? items : schema;
        return object.get("properties") instanceof JsonObject properties ? properties : JsonValue.EMPTY_JSON_OBJECT;
    }

    static Mapping.XmlPath path(String at, String text) {
        if (text.isEmpty() || text.length() > MAX_PATH) {
            throw invalid(at, "an element path such as Header/Number or Header/@currency, at most " + MAX_PATH + " characters");
        }
        String[] steps = text.split("/", -1);
        List<String> elements = new ArrayList<>();
        String attribute = null;
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            boolean last = i == steps.length - 1;
            if (last && step.startsWith("@")) {
                attribute = step.substring(1);
                requireName(at, attribute);
            } else {
                requireName(at, step);
                elements.add(step);
            }
        }
        return new Mapping.XmlPath(List.copyOf(elements), attribute);
    }

    /**
     * Elements that hold a value (and the element of each item of a list) hold nothing else: no two rules write
     * one such element, and no rule writes inside one. Each attribute is written by one rule.
     */
    private static void checkPaths(String where, List<Mapping.Rule> rules) {
        Set<String> attributes = new HashSet<>();
        for (Mapping.Rule a : rules) {
            if (a.path().attribute() != null) {
                if (!attributes.add(String.join("/", a.path().elements()) + "@" + a.path().attribute())) {
                    throw invalid(where + "." + a.field(), "another field is written to " + a.path() + " already");
                }
                continue;
            }
            List<String> own = a.path().elements();
            for (Mapping.Rule b : rules) {
                if (b == a) {
                    continue;
                }
                List<String> other = b.path().elements();
                if (b.path().attribute() == null && other.equals(own)) {
                    throw invalid(where + "." + b.field(), a.field() + " and " + b.field() + " are both written to "
                            + a.path() + "; give each its own element");
                }
                boolean inside = other.size() > own.size() || b.path().attribute() != null && other.size() == own.size();
                if (inside && other.subList(0, own.size()).equals(own)) {
                    throw invalid(where + "." + b.field(), a.path() + " holds the value" + (a.isNested() ? "s" : "")
                            + " of " + a.field() + "; " + b.field() + " cannot be written inside it (" + b.path() + ")");
                }
            }
        }
    }

    private static void requireName(String at, String name) {
        if (!XmlNames.valid(name)) {
            throw invalid(at, "'" + name + "' is not an XML element or attribute name (a letter or _ first, then "
                    + "letters, digits, '-', '.' or '_'; no ':'; not starting with 'xml')");
        }
    }

    private static void requireNamespace(String namespace) {
        try {
            if (!new URI(namespace).isAbsolute()) {
                throw invalid("namespace", "an absolute URI, e.g. urn:example:invoice");
            }
        } catch (URISyntaxException e) {
            throw invalid("namespace", "an absolute URI, e.g. urn:example:invoice (" + e.getReason() + ")");
        }
    }

    private static String requiredText(JsonObject definition, String name) {
        if (!(definition.get(name) instanceof JsonString text) || text.getString().isBlank()) {
            throw invalid(name, "required, a string");
        }
        return text.getString();
    }

    private static InvalidRequestException invalid(String at, String why) {
        return new InvalidRequestException(INVALID, at + ": " + why);
    }
}
