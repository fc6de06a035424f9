package io.pageflow.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ZipRulesTest {

    private static final byte[] PDF = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);

    @Test
    void foldersHiddenFilesAndMacMetadataAreSkipped() {
        assertTrue(ZipRules.isSkipped("reports/", true));
        assertTrue(ZipRules.isSkipped("reports/", false));
        assertTrue(ZipRules.isSkipped(".DS_Store", false));
        assertTrue(ZipRules.isSkipped("reports/.hidden.pdf", false));
        assertTrue(ZipRules.isSkipped("__MACOSX/reports/._q3.pdf", false));
        assertFalse(ZipRules.isSkipped("reports/q3.pdf", false));
        assertFalse(ZipRules.isSkipped("../escape.pdf", false), "escapes are refused, not silently skipped");
    }

    @Test
    void pathsLeavingTheArchiveAreRefused() {
        for (String name : new String[] {"../escape.pdf", "a/../../escape.pdf", "/etc/passwd", "C:\\\\x.pdf", "a\\\\..\\\\..\\\\x.pdf", ".."}) {
            assertEquals(Optional.of("UNSAFE_PATH"), ZipRules.refusal(name, PDF), name);
        }
        assertEquals(Optional.empty(), ZipRules.refusal("a/b..c.pdf", PDF), "dots inside a name are fine");
    }

    @Test
    void nestedArchivesAreRefusedByNameOrContent() {
        assertEquals(Optional.of("NESTED_ARCHIVE"), ZipRules.refusal("inner.zip", PDF));
        assertEquals(Optional.of("NESTED_ARCHIVE"), ZipRules.refusal("data.tar.gz", PDF));
        assertEquals(Optional.of("NESTED_ARCHIVE"), ZipRules.refusal("looks.pdf", new byte[] {'P', 'K', 5, 6}));
        assertEquals(Optional.empty(), ZipRules.refusal("report.docx", new byte[] {'P', 'K', 3, 4}),
                "a ZIP with entries may be an office document: the intake looks inside");
        assertEquals(Optional.of("NESTED_ARCHIVE"), ZipRules.refusal("looks.pdf", new byte[] {(byte) 0x1F, (byte) 0x8B, 8}));
        assertEquals(Optional.empty(), ZipRules.refusal("reports/q3.pdf", PDF));
    }
}
