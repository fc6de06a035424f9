package io.pageflow.export;

import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Extracted fields as XML: {@code <fields><field name="invoiceNumber" source="rules" confidence="0.9">INV-1</field>…}.
 * An array value (line items) becomes {@code <item>} elements, an object's members {@code <field>} elements.
 */
final class XmlFields {

    private XmlFields() {
    }

    static void write(XMLStreamWriter xml, JsonObject fields) throws XMLStreamException {
        if (fields == null) {
            return;
        }
        xml.writeStartElement("fields");
        for (Map.Entry<String, JsonValue> entry : fields.entrySet()) {
            JsonObject field = entry.getValue().asJsonObject();
            xml.writeStartElement("field");
            xml.writeAttribute("name", entry.getKey());
            xml.writeAttribute("source", field.getString("source", ""));
            if (field.get("confidence") instanceof JsonNumber confidence) {
                xml.writeAttribute("confidence", confidence.toString());
            }
            value(xml, field.get("value"));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void value(XMLStreamWriter xml, JsonValue value) throws XMLStreamException {
        if (value == null || value == JsonValue.NULL) {
            return;
        }
        switch (value.getValueType()) {
            case ARRAY -> {
                for (JsonValue item : value.asJsonArray()) {
                    xml.writeStartElement("item");
                    value(xml, item);
                    xml.writeEndElement();
                }
            }
            case OBJECT -> {
                for (Map.Entry<String, JsonValue> member : value.asJsonObject().entrySet()) {
                    xml.writeStartElement("field");
                    xml.writeAttribute("name", member.getKey());
                    value(xml, member.getValue());
                    xml.writeEndElement();
                }
            }
            case STRING -> xml.writeCharacters(XmlText.clean(((JsonString) value).getString()));
            default -> xml.writeCharacters(value.toString());
        }
    }
}
