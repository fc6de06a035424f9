package io.pageflow.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Tells an office document from any other ZIP archive by its entries (read from the central directory, so
 * the order the producer wrote them in does not matter): Office Open XML has {@code [Content_Types].xml} and
 * a {@code word/}, {@code xl/} or {@code ppt/} folder; OpenDocument names its type in a {@code mimetype} entry.
 */
public final class OfficeContainers {

    private static final int MAX_MIMETYPE_BYTES = 200;

    private OfficeContainers() {
    }

    /** The office type of a ZIP file, or empty for an archive that is no office document (or no ZIP at all). */
    public static Optional<FileType> typeOf(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry mimetype = file.getEntry("mimetype");
            if (mimetype != null) {
                try (InputStream in = file.getInputStream(mimetype)) {
                    return openDocument(new String(in.readNBytes(MAX_MIMETYPE_BYTES), StandardCharsets.US_ASCII).trim());
                }
            }
            if (file.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            return file.stream().map(entry -> officeOpenXml(entry.getName())).flatMap(Optional::stream).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<FileType> openDocument(String mimetype) {
        return switch (mimetype) {
            case "application/vnd.oasis.opendocument.text" -> Optional.of(FileType.ODT);
            case "application/vnd.oasis.opendocument.spreadsheet" -> Optional.of(FileType.ODS);
            default -> Optional.empty();
        };
    }

    private static Optional<FileType> officeOpenXml(String entry) {
        if (entry.startsWith("word/")) {
            return Optional.of(FileType.DOCX);
        }
        if (entry.startsWith("xl/")) {
            return Optional.of(FileType.XLSX);
        }
        if (entry.startsWith("ppt/")) {
            return Optional.of(FileType.PPTX);
        }
        return Optional.empty();
    }
}
