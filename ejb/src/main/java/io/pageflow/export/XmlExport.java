package io.pageflow.export;

import java.io.ByteArrayOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an export as XML with StAX: {@code <export><document><fields/></document><pages/><chunks/></export>};
 * the document's merged fields are inside {@code <document>}, pages say their type in attributes.
 */
final class XmlExport {

    private XmlExport() {
    }

    static byte[] write(ExportContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("export");
            xml.writeAttribute("jobId", Long.toString(content.jobId()));

            xml.writeStartElement("document");
            xml.writeAttribute("id", Long.toString(content.documentId()));
            xml.writeAttribute("language", content.language());
            xml.writeAttribute("pageCount", Integer.toString(content.pageCount()));
            xml.writeAttribute("createdAt", content.createdAt().toString());
            if (content.title() != null) {
                xml.writeAttribute("title", content.title());
            }
            optional(xml, "docType", content.docType());
            if (content.extraction() != null) {
                XmlFields.write(xml, content.extraction().getJsonObject("fields"));
            }
            xml.writeEndElement();

            xml.writeStartElement("pages");
            for (ExportContent.PageEntry page : content.pages()) {
                xml.writeStartElement("page");
                xml.writeAttribute("number", Integer.toString(page.number()));
                xml.writeAttribute("status", page.status());
                optional(xml, "textSource", page.textSource());
                optional(xml, "confidence", page.confidence() == null ? null : page.confidence().toString());
                optional(xml, "errorCode", page.errorCode());
                optional(xml, "docType", page.docType());
                optional(xml, "typeConfidence", page.typeConfidence() == null ? null : page.typeConfidence().toString());
                xml.writeCharacters(page.text() == null ? "" : XmlText.clean(page.text()));
                xml.writeEndElement();
            }
            xml.writeEndElement();

            xml.writeStartElement("chunks");
            for (ExportContent.ChunkEntry chunk : content.chunks()) {
                xml.writeStartElement("chunk");
                xml.writeAttribute("id", Long.toString(chunk.id()));
                xml.writeAttribute("seq", Integer.toString(chunk.seq()));
                xml.writeAttribute("pageStart", Integer.toString(chunk.pageStart()));
                xml.writeAttribute("pageEnd", Integer.toString(chunk.pageEnd()));
                xml.writeCharacters(XmlText.clean(chunk.text()));
                xml.writeEndElement();
            }
            xml.writeEndElement();

            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XML export", e);
        }
        return out.toByteArray();
    }

    private static void optional(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, value);
        }
    }
}
