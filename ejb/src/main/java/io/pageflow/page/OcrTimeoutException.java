package io.pageflow.page;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineException;

/** Tesseract ran past the page's deadline and was stopped ({@link ErrorCode#OCR_TIMEOUT}). */
public class OcrTimeoutException extends PipelineException {

    public OcrTimeoutException(String message) {
        super(ErrorCode.OCR_TIMEOUT, message);
    }
}
