package io.pageflow.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.pageflow.page.TextLayer.Reasons;
import io.pageflow.page.TextLayer.Way;

class TextLayerTest {

    private static final String PROSE = "The shared MIME-info database specification, version 0.21.\n1 Introduction";

    @Test
    void ordinaryProseIsReadFromItsTextLayer() {
        assertDecision(Way.TEXT_LAYER, Reasons.TEXT_LAYER, text(PROSE));
    }

    @Test
    void aTableOfContentsWithDotLeadersKeepsItsTextLayer() {
        String toc = """
                1 Introduction ........................................ 1
                2 Unified system ...................................... 3
                2.1 Directory layout .................................. 4
                2.2 The source XML files .............................. 5
                3 Index ............................................... 9""";
        assertDecision(Way.TEXT_LAYER, Reasons.TEXT_LAYER, text(toc));
    }

    @Test
    void aPageOfNumbersAndPunctuationKeepsItsTextLayer() {
        assertDecision(Way.TEXT_LAYER, Reasons.TEXT_LAYER, text("!@#$%^&*()_+{}|:<>?~ 12.5 % - 3/4 ... 7"));
    }

    @Test
    void aPageThatPaintsNothingIsBlank() {
        assertDecision(Way.BLANK, Reasons.BLANK_NO_CONTENT, new PageReading("", 0, 0, 0, 0, 0, 0, 1));
    }

    @Test
    void aPageWithOnlyDrawingsAndNoTextGoesToOcr() {
        assertDecision(Way.OCR, Reasons.NO_TEXT_LAYER, new PageReading("", 0, 0, 0, 0, 0, 12, 1));
    }

    @Test
    void aScanWithNoTextGoesToOcr() {
        assertDecision(Way.OCR, Reasons.NO_TEXT_LAYER, new PageReading("", 0, 0, 0, 1, 1.0, 0, 1));
    }

    @Test
    void unmappedGlyphsSendThePageToOcr() {
        assertDecision(Way.OCR, Reasons.UNMAPPED_GLYPHS, new PageReading(PROSE, 70, 20, 0, 0, 0, 0, 1));
    }

    @Test
    void replacementAndPrivateUseCharactersSendThePageToOcr() {
        assertDecision(Way.OCR, Reasons.UNMAPPED_GLYPHS, text("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD abc def ghi jkl mno pqr"));
        assertDecision(Way.OCR, Reasons.UNMAPPED_GLYPHS, text("\uE000\uE001\uE002\uE003\uE004\uE005\uE006 abcdefgh"));
    }

    @Test
    void aFewBadGlyphsAmongManyAreTolerated() {
        assertDecision(Way.TEXT_LAYER, Reasons.TEXT_LAYER, new PageReading(PROSE, 70, 1, 0, 0, 0, 0, 1));
    }

    @Test
    void invisibleTextOverAnImageIsSomeoneElsesOcrAndIsReadAgain() {
        assertDecision(Way.OCR, Reasons.INVISIBLE_TEXT_OVER_IMAGE, new PageReading(PROSE, 70, 0, 70, 1, 1.0, 0, 1));
    }

    @Test
    void aLittleTextOnAPageSizedImageIsAScanWithAStamp() {
        assertDecision(Way.OCR, Reasons.IMAGE_PAGE_LITTLE_TEXT, new PageReading("Scanned 2026-11-30 page 3", 25, 0, 0,
                1, 0.95, 0, 1));
    }

    @Test
    void aPageOfTextWithAFigureIsMixedAndKeepsItsTextLayer() {
        assertDecision(Way.TEXT_LAYER, Reasons.TEXT_LAYER_WITH_IMAGES, new PageReading(PROSE, 70, 0, 0, 1, 0.3, 0, 1));
    }

    @Test
    void aShortHeadingWithoutImagesIsItsOwnTextLayer() {
        assertDecision(Way.TEXT_LAYER, Reasons.TEXT_LAYER, text("Chapter 3"));
    }

    private static PageReading text(String text) {
        return new PageReading(text, text.replaceAll("\\s", "").length(), 0, 0, 0, 0, 0, 1);
    }

    private static void assertDecision(Way way, String reason, PageReading reading) {
        TextLayer.Decision decision = TextLayer.decide(reading);
        assertEquals(way, decision.way(), decision::toString);
        assertEquals(reason, decision.reason());
    }
}
