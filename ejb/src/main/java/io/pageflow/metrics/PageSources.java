package io.pageflow.metrics;

import io.pageflow.document.Page;
import io.pageflow.error.ErrorCode;

/** The label values of a finished page: its outcome and where its text came from. */
public final class PageSources {

    static final String COMPLETED = "completed";
    static final String FAILED = "failed";
    public static final String TEXT_LAYER = Page.TEXT_LAYER;
    public static final String OCR = Page.OCR;
    /** A blank page: nothing was read. */
    public static final String NONE = Page.NONE;
    /** A page that failed before its text source was decided (a PDF page that could not be read). */
    public static final String UNKNOWN = "unknown";

    private PageSources() {
    }

    /**
     * Where a failed page's text was to come from: an image is always read by OCR, and an OCR error says so
     * too; a PDF page that failed otherwise failed before the text layer was judged.
     */
    public static String ofFailure(boolean fromPdf, ErrorCode code) {
        return !fromPdf || code.name().startsWith("OCR_") ? OCR : UNKNOWN;
    }

    static String known(String source) {
        return TEXT_LAYER.equals(source) || OCR.equals(source) || NONE.equals(source) ? source : UNKNOWN;
    }
}
