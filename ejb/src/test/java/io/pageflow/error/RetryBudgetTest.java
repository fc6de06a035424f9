package io.pageflow.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RetryBudgetTest {

    @Test
    void ocrTimeoutIsRetriedOnceThenTerminal() {
        PipelineFailure timeout = new PipelineFailure(ErrorCode.OCR_TIMEOUT, "OCR ran past its deadline");
        assertTrue(timeout.isRetryable());
        assertTrue(timeout.isRetryableAfter(1), "the first attempt over the deadline gets a second one");
        assertFalse(timeout.isRetryableAfter(2), "the second attempt over the deadline fails the page");
    }

    @Test
    void terminalCodesAreNeverRetried() {
        assertFalse(ErrorCode.PAGE_TOO_LARGE.allowsRetryAfter(1));
        assertFalse(ErrorCode.PDF_CORRUPT.allowsRetryAfter(1));
        assertFalse(ErrorCode.PAGE_TOO_LARGE.isRetryable());
    }

    @Test
    void outsideCausesAreRetriedUntilTheDeliveryLimitsGiveUp() {
        assertTrue(ErrorCode.STORAGE_UNAVAILABLE.allowsRetryAfter(1));
        assertTrue(ErrorCode.STORAGE_UNAVAILABLE.allowsRetryAfter(1000));
        assertTrue(ErrorCode.DATABASE_UNAVAILABLE.allowsRetryAfter(Integer.MAX_VALUE));
    }

    @Test
    void everyRetryableCodeHasABudgetAndEveryTerminalOneNone() {
        for (ErrorCode code : ErrorCode.values()) {
            assertTrue(code.isRetryable() == code.retries() > 0, code.name());
            assertTrue(code.allowsRetryAfter(1) == code.isRetryable(), code.name());
        }
    }
}
