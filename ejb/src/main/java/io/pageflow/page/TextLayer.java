package io.pageflow.page;

/**
 * Decides how a PDF page is read: from its text layer, by OCR, or not at all because it is blank. The text layer is
 * judged by how its glyphs map to Unicode (unmapped glyphs, replacement, control and private-use characters) and by
 * how much of the page it covers, not by what kind of characters it has: a table of contents with dot leaders and
 * page numbers is as good a text layer as prose.
 */
public final class TextLayer {

    /** At most this share of glyphs may be unmapped or map to garbage (a broken encoding reads as noise). */
    static final double MAX_BAD_SHARE = 0.05;
    /** Most glyphs invisible, over an image: someone else's OCR layer on a scan; ours reads the scan itself. */
    static final double MIN_INVISIBLE_SHARE = 0.5;
    /** An image covering this much of the page makes it a scan, unless the text layer has a page's worth of text. */
    static final double SCAN_IMAGE_COVERAGE = 0.5;
    /** Fewer visible characters than this beside a page-sized image: a stamp or a page number on a scan. */
    static final int SCAN_MAX_TEXT_CHARS = 200;
    /** Images covering at least this much of a page read from its text layer make it a mixed page. */
    static final double MIXED_IMAGE_COVERAGE = 0.15;

    private TextLayer() {
    }

    /** How the page is read, and why (the page's {@code textSourceReason}). */
    public record Decision(Way way, String reason) {

        public boolean isTextLayer() {
            return way == Way.TEXT_LAYER;
        }
    }

    public enum Way {
        TEXT_LAYER, OCR, BLANK
    }

    public static Decision decide(PageReading page) {
        if (page.paintsNothing()) {
            return new Decision(Way.BLANK, Reasons.BLANK_NO_CONTENT);
        }
        int visible = 0;
        int garbage = 0;
        String text = page.text();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            visible++;
            int type = Character.getType(cp);
            if (cp == 0xFFFD || type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
                garbage++;
            }
        }
        if (visible == 0) {
            return new Decision(Way.OCR, Reasons.NO_TEXT_LAYER);
        }
        int bad = garbage + page.unmappedGlyphs();
        if (bad > MAX_BAD_SHARE * Math.max(visible, page.glyphs())) {
            return new Decision(Way.OCR, Reasons.UNMAPPED_GLYPHS);
        }
        if (page.images() > 0 && page.invisibleGlyphs() >= MIN_INVISIBLE_SHARE * page.glyphs()) {
            return new Decision(Way.OCR, Reasons.INVISIBLE_TEXT_OVER_IMAGE);
        }
        if (page.imageCoverage() >= SCAN_IMAGE_COVERAGE && visible < SCAN_MAX_TEXT_CHARS) {
            return new Decision(Way.OCR, Reasons.IMAGE_PAGE_LITTLE_TEXT);
        }
        if (page.imageCoverage() >= MIXED_IMAGE_COVERAGE) {
            return new Decision(Way.TEXT_LAYER, Reasons.TEXT_LAYER_WITH_IMAGES);
        }
        return new Decision(Way.TEXT_LAYER, Reasons.TEXT_LAYER);
    }

    /** The values of a page's {@code textSourceReason}, as docs/api.md lists them. */
    public static final class Reasons {
        public static final String TEXT_LAYER = "text-layer";
        public static final String TEXT_LAYER_WITH_IMAGES = "text-layer-with-images";
        public static final String TEXT_LAYER_AND_IMAGES_OCR = "text-layer-and-images-ocr";
        public static final String NO_TEXT_LAYER = "no-text-layer";
        public static final String UNMAPPED_GLYPHS = "unmapped-glyphs";
        public static final String INVISIBLE_TEXT_OVER_IMAGE = "invisible-text-over-image";
        public static final String IMAGE_PAGE_LITTLE_TEXT = "image-page-little-text";
        public static final String IMAGE = "image";
        public static final String BLANK_NO_CONTENT = "blank-no-content";
        public static final String BLANK_UNIFORM_IMAGE = "blank-uniform-image";

        private Reasons() {
        }
    }
}
