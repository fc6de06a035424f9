package io.pageflow.ingest;

import java.util.List;

/**
 * What an upload may be, so that clients can say it before sending (the server checks it again).
 *
 * @param mediaTypes       accepted file types, judged by content
 * @param maxFiles         files per job
 * @param maxBytes         bytes per request
 * @param maxPdfPages      pages of one PDF
 * @param maxImagePixels   pixels of one image
 * @param languages        installed OCR languages
 * @param defaultLanguage  the language used when none is given
 */
public record UploadLimits(List<String> mediaTypes, int maxFiles, long maxBytes, int maxPdfPages, long maxImagePixels,
        List<String> languages, String defaultLanguage) {
}
