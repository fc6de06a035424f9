package io.pageflow.page;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineException;

/** The trained model a page is to be read with is not installed ({@link ErrorCode#OCR_MODEL_MISSING}). */
public class OcrModelMissingException extends PipelineException {

    public OcrModelMissingException(String message) {
        super(ErrorCode.OCR_MODEL_MISSING, message);
    }
}
