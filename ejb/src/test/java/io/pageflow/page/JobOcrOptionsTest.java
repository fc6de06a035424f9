package io.pageflow.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.pageflow.ingest.UploadRejectedException;

class JobOcrOptionsTest {

    private final JobOcrOptions options = new JobOcrOptions();

    @Test
    void ocrImagesIsTrueOrFalseAndFalseWhenNotGiven() {
        assertTrue(options.imagesForUpload("true"));
        assertTrue(options.imagesForUpload(" TRUE "));
        assertFalse(options.imagesForUpload("false"));
        assertFalse(options.imagesForUpload(null));
        assertFalse(options.imagesForUpload(""));
    }

    @Test
    void anyOtherValueIsRefused() {
        UploadRejectedException refused = assertThrows(UploadRejectedException.class,
                () -> options.imagesForUpload("sometimes"));
        assertEquals(400, refused.status());
        assertEquals("BAD_OPTION", refused.code());
    }
}
