package io.pageflow.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The file types Pageflow accepts, recognised by their content, never by file name: a PNG named {@code .pdf}
 * is a PNG, and a text file named {@code .pdf} is plain text. {@link #detect} knows the types with a magic
 * number; the ones it cannot tell from their first bytes (office documents inside ZIP containers, HTML,
 * plain text) are judged whole by {@link FileIntake}.
 */
public enum FileType {
    PDF("application/pdf", "pdf", Family.PDF),
    PNG("image/png", "png", Family.IMAGE),
    JPEG("image/jpeg", "jpg", Family.IMAGE),
    TIFF("image/tiff", "tif", Family.IMAGE),
    WEBP("image/webp", "webp", Family.IMAGE),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", Family.OFFICE),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", Family.OFFICE),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", Family.OFFICE),
    ODT("application/vnd.oasis.opendocument.text", "odt", Family.OFFICE),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods", Family.OFFICE),
    RTF("application/rtf", "rtf", Family.OFFICE),
    HTML("text/html", "html", Family.OFFICE),
    TEXT("text/plain", "txt", Family.OFFICE);

    /** How many leading bytes {@link #detect} needs. */
    public static final int HEAD_LENGTH = 12;

    /** What the pipeline does with a type: split a PDF, take an image as a page, convert the rest to a PDF. */
    public enum Family {
        PDF, IMAGE, OFFICE
    }

    private final String mediaType;
    private final String extension;
    private final Family family;

    FileType(String mediaType, String extension, Family family) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.family = family;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return family == Family.IMAGE;
    }

    /** Converted to a PDF by LibreOffice before it is split. */
    public boolean isOffice() {
        return family == Family.OFFICE;
    }

    /** The type whose media type this is, for files stored with it. */
    public static Optional<FileType> ofMediaType(String mediaType) {
        for (FileType type : values()) {
            if (type.mediaType.equalsIgnoreCase(mediaType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The types with a magic number in their first {@value #HEAD_LENGTH} bytes. */
    public static Optional<FileType> detect(byte[] head) {
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 'I', 'I', 0x2A, 0x00) || startsWith(head, 'M', 'M', 0x00, 0x2A)) {
            return Optional.of(TIFF);
        }
        if (startsWith(head, 'R', 'I', 'F', 'F') && head.length >= 12
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return Optional.of(WEBP);
        }
        if (startsWith(head, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(RTF);
        }
        return Optional.empty();
    }

    /** A ZIP archive's local file header: an office container or an archive, which only its entries tell. */
    public static boolean isZip(byte[] head) {
        return startsWith(head, 'P', 'K', 3, 4);
    }

    private static boolean startsWith(byte[] head, int... expected) {
        if (head.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] head, byte[] expected) {
        int[] values = new int[expected.length];
        for (int i = 0; i < expected.length; i++) {
            values[i] = expected[i] & 0xFF;
        }
        return startsWith(head, values);
    }
}
