package io.pageflow.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Minimal office documents written by hand, as small as their formats allow (the parts LibreOffice needs to
 * open them and nothing else): a DOCX and an XLSX (Office Open XML) and an ODT (OpenDocument, its
 * {@code mimetype} entry first and stored, as the format asks).
 */
final class OfficeFiles {

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private OfficeFiles() {
    }

    /** A Word document with one paragraph per sentence. */
    static byte[] docx(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(escape(paragraph)).append("</w:t></w:r></w:p>");
        }
        return zip(false,
                "[Content_Types].xml", types("/word/document.xml",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
                "_rels/.rels", relationships("officeDocument", "word/document.xml"),
                "word/document.xml", XML + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                        + "2006/main\"><w:body>" + body + "</w:body></w:document>");
    }

    /** A workbook of one sheet: one row per sentence in a wide first column, and a number beside it (one page wide). */
    static byte[] xlsx(String... rows) {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < rows.length; i++) {
            int row = i + 1;
            data.append("<row r=\"").append(row).append("\"><c r=\"A").append(row).append("\" t=\"inlineStr\"><is><t>")
                    .append(escape(rows[i])).append("</t></is></c><c r=\"B").append(row).append("\"><v>")
                    .append(row * 10).append("</v></c></row>");
        }
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        return zip(false,
                "[Content_Types].xml", types("/xl/workbook.xml",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"),
                "_rels/.rels", relationships("officeDocument", "xl/workbook.xml"),
                "xl/workbook.xml", XML + "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + OFFICE_RELS + "\"><sheets>"
                        + "<sheet name=\"Stock\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                "xl/_rels/workbook.xml.rels", relationships("worksheet", "worksheets/sheet1.xml"),
                "xl/worksheets/sheet1.xml", XML + "<worksheet xmlns=\"" + main + "\"><cols><col min=\"1\" max=\"1\" "
                        + "width=\"60\" customWidth=\"1\"/></cols><sheetData>" + data + "</sheetData></worksheet>");
    }

    /** An OpenDocument text with one paragraph per sentence. */
    static byte[] odt(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<text:p>").append(escape(paragraph)).append("</text:p>");
        }
        return zip(true,
                "mimetype", "application/vnd.oasis.opendocument.text",
                "META-INF/manifest.xml", XML + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:"
                        + "xmlns:manifest:1.0\" manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\" "
                        + "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/><manifest:file-entry "
                        + "manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>",
                "content.xml", XML + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:"
                        + "office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                        + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>");
    }

    private static String types(String... partsAndTypes) {
        StringBuilder overrides = new StringBuilder();
        for (int i = 0; i < partsAndTypes.length; i += 2) {
            overrides.append("<Override PartName=\"").append(partsAndTypes[i]).append("\" ContentType=\"")
                    .append(partsAndTypes[i + 1]).append("\"/>");
        }
        return XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" + overrides + "</Types>";
    }

    private static String relationships(String type, String target) {
        return XML + "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\"" + OFFICE_RELS + "/"
                + type + "\" Target=\"" + target + "\"/></Relationships>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Entries as name, content pairs; the first one stored uncompressed when asked. */
    private static byte[] zip(boolean storeFirst, String... namesAndContents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] content = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(namesAndContents[i]);
                if (storeFirst && i == 0) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
