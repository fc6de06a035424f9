package io.pageflow.export.mapping;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import io.pageflow.export.XmlText;

/**
 * Writes a document's fields as the XML a {@link Mapping} describes. The rules first place every value in a
 * small tree (so that rules sharing an element, e.g. {@code Header/Number} and {@code Header/Date}, fill one
 * {@code Header}, and attributes are known before their element is started); the tree is then written with
 * StAX, which escapes text and attributes. Text is cleaned of the characters XML 1.0 forbids. Pure.
 */
public final class MappedXml {

    private MappedXml() {
    }

    /** @param values a field's (or metadata key's) value, or null when the document has none */
    public static byte[] write(Mapping mapping, Function<String, JsonValue> values) {
        Node root = new Node(mapping.root());
        place(root, mapping.rules(), values, mapping.emptyElements());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            write(xml, root, mapping.namespace(), true);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the mapped XML", e);
        }
        return out.toByteArray();
    }

    private static void place(Node base, List<Mapping.Rule> rules, Function<String, JsonValue> values, boolean empty) {
        for (Mapping.Rule rule : rules) {
            JsonValue value = values.apply(rule.field());
            Mapping.XmlPath path = rule.path();
            if (rule.isNested()) {
                for (JsonValue item : items(value)) {
                    if (item instanceof JsonObject members) {
                        Node element = walk(base, path.parents()).append(path.leaf());
                        place(element, rule.nested(), members::get, empty);
                    }
                }
            } else if (path.attribute() != null) {
                String text = text(value);
                if (text != null || empty) {
                    walk(base, path.parents()).attributes.put(path.attribute(), text == null ? "" : text);
                }
            } else {
                List<String> texts = items(value).stream().map(MappedXml::text).filter(t -> t != null).toList();
                if (texts.isEmpty() && empty) {
                    texts = List.of("");
                }
                for (String text : texts) {
                    walk(base, path.parents()).append(path.leaf()).text = text;
                }
            }
        }
    }

    /** A list's items; a single value as a list of one; nothing for a missing value. */
    private static List<JsonValue> items(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        return value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray() : List.of(value);
    }

    /** A value as element text; null for what has no text form (null, an object, a list). */
    static String text(JsonValue value) {
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> XmlText.clean(((JsonString) value).getString());
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().toPlainString();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> null;
        };
    }

    private static Node walk(Node base, List<String> elements) {
        Node node = base;
        for (String name : elements) {
            node = node.child(name);
        }
        return node;
    }

    private static void write(XMLStreamWriter xml, Node node, String namespace, boolean root) throws XMLStreamException {
        if (namespace == null) {
            xml.writeStartElement(node.name);
        } else {
            xml.writeStartElement("", node.name, namespace);
            if (root) {
                xml.writeDefaultNamespace(namespace);
            }
        }
        for (Map.Entry<String, String> attribute : node.attributes.entrySet()) {
            xml.writeAttribute(attribute.getKey(), attribute.getValue());
        }
        if (node.text != null) {
            xml.writeCharacters(node.text);
        }
        for (Node child : node.children) {
            write(xml, child, namespace, false);
        }
        xml.writeEndElement();
    }

    /** An element to be written: shared by the rules that walk through it, appended anew for each value. */
    private static final class Node {
        final String name;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<Node> children = new ArrayList<>();
        String text;

        Node(String name) {
            this.name = name;
        }

        /** The last child of that name (the one the rules before filled), or a new one. */
        Node child(String childName) {
            for (int i = children.size() - 1; i >= 0; i--) {
                if (children.get(i).name.equals(childName)) {
                    return children.get(i);
                }
            }
            return append(childName);
        }

        Node append(String childName) {
            Node child = new Node(childName);
            children.add(child);
            return child;
        }
    }
}
