package io.pageflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficeContainersTest {

    @TempDir
    Path dir;

    @Test
    void officeOpenXmlIsToldByItsPartsWhereverTheyAreInTheArchive() throws IOException {
        // LibreOffice writes [Content_Types].xml last: the central directory is read, not the first entries
        assertEquals(Optional.of(FileType.DOCX), OfficeContainers.typeOf(zip("a.docx", false,
                "_rels/.rels", "word/document.xml", "[Content_Types].xml")));
        assertEquals(Optional.of(FileType.XLSX), OfficeContainers.typeOf(zip("a.xlsx", false,
                "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "xl/workbook.xml")));
        assertEquals(Optional.of(FileType.PPTX), OfficeContainers.typeOf(zip("a.pptx", false,
                "[Content_Types].xml", "ppt/presentation.xml")));
    }

    @Test
    void openDocumentIsToldByItsMimetypeEntry() throws IOException {
        assertEquals(Optional.of(FileType.ODT), OfficeContainers.typeOf(zip("a.odt", true,
                "mimetype=application/vnd.oasis.opendocument.text", "content.xml")));
        assertEquals(Optional.of(FileType.ODS), OfficeContainers.typeOf(zip("a.ods", true,
                "mimetype=application/vnd.oasis.opendocument.spreadsheet", "content.xml")));
        assertEquals(Optional.empty(), OfficeContainers.typeOf(zip("a.odg", true,
                "mimetype=application/vnd.oasis.opendocument.graphics", "content.xml")), "drawings are not taken");
    }

    @Test
    void otherArchivesAndNonArchivesAreNoOfficeDocuments() throws IOException {
        assertEquals(Optional.empty(), OfficeContainers.typeOf(zip("batch.zip", false, "a.pdf", "b/word/c.pdf")));
        assertEquals(Optional.empty(), OfficeContainers.typeOf(zip("odd.zip", false, "[Content_Types].xml", "x.pdf")));
        Path truncated = Files.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(
                Files.readAllBytes(zip("whole.docx", false, "[Content_Types].xml", "word/document.xml")), 40));
        assertEquals(Optional.empty(), OfficeContainers.typeOf(truncated));
        assertEquals(Optional.empty(), OfficeContainers.typeOf(Files.writeString(dir.resolve("t.txt"), "text")));
    }

    /** Entries named {@code name} (empty) or {@code name=content}; stored (uncompressed) when asked, as ODF's mimetype is. */
    private Path zip(String fileName, boolean storeFirst, String... entries) throws IOException {
        Path file = dir.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i++) {
                String[] parts = entries[i].split("=", 2);
                byte[] content = (parts.length > 1 ? parts[1] : "<x/>").getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry(parts[0]);
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
        }
        return file;
    }
}
