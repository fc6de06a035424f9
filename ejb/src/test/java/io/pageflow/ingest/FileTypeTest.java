package io.pageflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FileTypeTest {

    private static Optional<FileType> detect(int... bytes) {
        byte[] head = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            head[i] = (byte) bytes[i];
        }
        return FileType.detect(head);
    }

    @Test
    void recognisesEachTypeByItsMagicNumber() {
        assertEquals(Optional.of(FileType.PDF), FileType.detect("%PDF-1.7\n%".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileType.PNG), detect(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13));
        assertEquals(Optional.of(FileType.JPEG), detect(0xFF, 0xD8, 0xFF, 0xE0));
        assertEquals(Optional.of(FileType.TIFF), detect('I', 'I', 42, 0));
        assertEquals(Optional.of(FileType.TIFF), detect('M', 'M', 0, 42));
        assertEquals(Optional.of(FileType.WEBP), detect('R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P'));
    }

    @Test
    void refusesTextAndLookAlikes() {
        assertTrue(FileType.detect("hello, this is text".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(detect('R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'A', 'V', 'E').isEmpty(), "a WAV file is RIFF too");
        assertTrue(detect(0x89, 'P', 'N').isEmpty(), "a truncated header is not enough");
        assertTrue(FileType.detect(new byte[0]).isEmpty());
    }

    @Test
    void recognisesRtfByItsMarkerAndZipByItsLocalHeader() {
        assertEquals(Optional.of(FileType.RTF), FileType.detect("{\\rtf1\\ansi ".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(FileType.isZip(new byte[] {'P', 'K', 3, 4, 20, 0}));
        assertTrue(!FileType.isZip(new byte[] {'P', 'K', 5, 6}), "an empty archive has no entry to be a document");
    }

    @Test
    void familiesSayWhatThePipelineDoesWithAType() {
        assertTrue(FileType.PNG.isImage() && !FileType.PNG.isOffice());
        assertTrue(!FileType.PDF.isImage() && !FileType.PDF.isOffice());
        for (FileType type : new FileType[] {FileType.DOCX, FileType.XLSX, FileType.PPTX, FileType.ODT, FileType.ODS,
                FileType.RTF, FileType.HTML, FileType.TEXT}) {
            assertTrue(type.isOffice() && !type.isImage(), type.name());
            assertEquals(Optional.of(type), FileType.ofMediaType(type.mediaType()));
        }
    }
}
