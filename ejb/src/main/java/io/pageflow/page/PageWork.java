package io.pageflow.page;

/**
 * A claimed page and what is needed to process it.
 *
 * @param fromPdf   whether the source is a single-page PDF (else an image file)
 * @param sourceKey where the page's source is stored
 * @param language  OCR language
 * @param ocrModel  the job's OCR model as stored; null: the server's default ({@link JobOcrOptions#of})
 * @param ocrSteps  the job's OCR steps as stored; null: the server's default
 * @param ocrImages whether a mixed page's images are read by OCR too
 */
public record PageWork(long pageId, long jobId, long documentId, int pageNumber, boolean fromPdf, String sourceKey,
        String language, String ocrModel, String ocrSteps, boolean ocrImages) {
}
