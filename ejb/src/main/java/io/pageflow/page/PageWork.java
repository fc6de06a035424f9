package io.pageflow.page;

/**
 * A claimed page and what is needed to process it.
 *
 * @param fromPdf   whether the source is a single-page PDF (else an image file)
 * @param sourceKey where the page's source is stored
 * @param language  OCR language
 */
public record PageWork(long pageId, long jobId, long documentId, int pageNumber, boolean fromPdf, String sourceKey,
        String language) {
}
