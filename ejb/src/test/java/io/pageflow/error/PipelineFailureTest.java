package io.pageflow.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import io.pageflow.storage.StorageException;

class PipelineFailureTest {

    @Test
    void pipelineExceptionKeepsItsCodeAndMessage() {
        PipelineFailure f = PipelineFailure.of(new PipelineException(ErrorCode.PDF_ENCRYPTED, "The PDF is encrypted"));
        assertEquals(ErrorCode.PDF_ENCRYPTED, f.code());
        assertEquals("The PDF is encrypted", f.message());
        assertFalse(f.isRetryable());
    }

    @Test
    void causesAreSearchedThroughWrappers() {
        RuntimeException wrapped = new RuntimeException(new IllegalStateException(
                new PipelineException(ErrorCode.OCR_EMPTY, "OCR found no text on page 3")));
        assertEquals(ErrorCode.OCR_EMPTY, PipelineFailure.of(wrapped).code());
    }

    @Test
    void storageAndDatabaseFailuresAreRetryable() {
        PipelineFailure storage = PipelineFailure.of(new StorageException("Cannot write x", new IOException("disk full")));
        assertEquals(ErrorCode.STORAGE_UNAVAILABLE, storage.code());
        assertTrue(storage.isRetryable());
        assertTrue(storage.message().contains("Cannot write x"));

        PipelineFailure database = PipelineFailure.of(new RuntimeException(new SQLException("connection refused")));
        assertEquals(ErrorCode.DATABASE_UNAVAILABLE, database.code());
        assertTrue(database.isRetryable());
    }

    @Test
    void unknownErrorsAreInternalAndRetryable() {
        PipelineFailure f = PipelineFailure.of(new NullPointerException());
        assertEquals(ErrorCode.INTERNAL_ERROR, f.code());
        assertTrue(f.isRetryable());
        assertTrue(f.message().contains("NullPointerException"));
    }

    @Test
    void longMessagesAreCut() {
        PipelineFailure f = PipelineFailure.of(new PipelineException(ErrorCode.PDF_CORRUPT, "x".repeat(5000)));
        assertEquals(PipelineFailure.MAX_MESSAGE, f.message().length());
    }

    @Test
    void terminalCodesAreTheDocumentsFault() {
        for (ErrorCode code : new ErrorCode[] {ErrorCode.PDF_CORRUPT, ErrorCode.PDF_ENCRYPTED, ErrorCode.OCR_EMPTY,
                ErrorCode.IMAGE_UNREADABLE, ErrorCode.TOO_MANY_PAGES}) {
            assertFalse(code.isRetryable(), code.name());
        }
    }
}
