package io.pageflow.page;

/**
 * What one pass over a PDF page's content stream saw: its text as PDFBox extracts it, and the facts the text-layer
 * decision rests on (how the glyphs map to Unicode, whether they are drawn invisibly, what else is painted).
 *
 * @param text            the page's text layer, normalized
 * @param glyphs          glyphs shown, in any render mode
 * @param unmappedGlyphs  glyphs whose font gives no Unicode for them (what pdfminer prints as {@code (cid:N)})
 * @param invisibleGlyphs glyphs drawn in render mode 3 (neither filled nor stroked: an OCR layer over a scan)
 * @param images          images painted (image XObjects and inline images)
 * @param imageCoverage   share of the page's area covered by painted images, 0–1 (overlaps counted once each)
 * @param paths           paths filled or stroked, and shadings painted
 * @param millis          how long reading the page took
 */
public record PageReading(String text, int glyphs, int unmappedGlyphs, int invisibleGlyphs, int images,
        double imageCoverage, int paths, long millis) {

    /** A page whose content stream paints nothing: no glyph, no image, no path. */
    public boolean paintsNothing() {
        return glyphs == 0 && images == 0 && paths == 0;
    }
}
