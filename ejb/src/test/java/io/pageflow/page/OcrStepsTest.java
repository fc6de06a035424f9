package io.pageflow.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.pageflow.error.ErrorCode;

/** The image steps before OCR, on pages drawn with known text and scanned badly on purpose, read by the real Tesseract. */
class OcrStepsTest {

    static TesseractPool pool;
    static OcrEngine engine;

    @BeforeAll
    static void start() {
        OcrLanguages languages = Engines.languages();
        pool = Engines.pool(languages, 1);
        engine = Engines.engine(pool, languages, null);
    }

    @AfterAll
    static void stop() {
        pool.close();
    }

    static double cer(String text) {
        return CharacterErrorRate.of(TestPages.text(), text);
    }

    static String read(BufferedImage image, String steps) {
        return engine.recognize(new PageImage(image, 300, 300), "eng", new OcrOptions(OcrModel.FAST, OcrStep.parse(steps)))
                .text();
    }

    @Test
    void aPageScannedUpsideDownReadsRightWithOrientation() {
        BufferedImage upsideDown = TestPages.turned(TestPages.page(), 180);
        assertTrue(cer(read(upsideDown, "none")) > 0.5, "without the step Tesseract reads it upside down");
        String text = read(upsideDown, "orient");
        assertTrue(cer(text) < 0.03, () -> "character error rate " + cer(text) + ":\n" + text);
    }

    @Test
    void aPageScannedSidewaysIsTurnedUpright() {
        BufferedImage sideways = TestPages.turned(TestPages.page(), 90);
        try (PagePix pix = PagePix.of(sideways)) {
            assertEquals(90, engine.orientation.apply(pix, 300, 30_000));
            assertEquals(2480, pix.width(), "turned back to portrait");
        }
    }

    @Test
    void anUprightPageIsLeftAsItIs() {
        try (PagePix pix = PagePix.of(TestPages.page())) {
            assertEquals(0, engine.orientation.apply(pix, 300, 30_000));
        }
    }

    /** The quick look before reading: every turn but the upright one is worth Tesseract's own judgement. */
    @Test
    void aTurnedPageLooksTurnedBeforeItIsRead() {
        for (int degrees : new int[] {90, 180, 270}) {
            try (PagePix pix = PagePix.of(TestPages.turned(TestPages.page(), degrees))) {
                assertTrue(engine.orientation.looksTurned(pix, 300), degrees + "°");
            }
        }
        try (PagePix pix = PagePix.of(TestPages.page())) {
            assertFalse(engine.orientation.looksTurned(pix, 300), "upright");
        }
    }

    @Test
    void deskewFindsTheAngleAndStraightensThePage() {
        BufferedImage askew = TestPages.turned(TestPages.page(), 5);
        try (PagePix pix = PagePix.of(askew)) {
            float angle = Deskew.apply(pix);
            assertEquals(5, Math.abs(angle), 0.5, "the angle found: " + angle);
            FloatBuffer left = FloatBuffer.allocate(1);
            FloatBuffer confidence = FloatBuffer.allocate(1);
            try (PagePix binary = pix.copy()) {
                binary.replace(PagePix.LEPT.pixConvertTo1(binary.pix(), 128));
                assertEquals(0, PagePix.LEPT.pixFindSkew(binary.pix(), left, confidence));
            }
            assertEquals(0, left.get(0), 0.3, "what is left of it after the turn");
        }
        String text = read(askew, "deskew");
        assertTrue(cer(text) < 0.03, () -> "character error rate " + cer(text) + ":\n" + text);
    }

    @Test
    void binarisationKeepsTheLettersUnderUnevenLight() {
        BufferedImage dim = TestPages.unevenLight(TestPages.page(), 40);
        try (PagePix pix = PagePix.of(dim)) {
            Binarization.apply(pix, 300);
            assertEquals(1, pix.depth());
            BufferedImage binary = pix.toImage();
            // the paper under the darkest light comes out white, not black
            assertEquals(255, binary.getRaster().getSample(binary.getWidth() - 10, binary.getHeight() - 10, 0));
        }
        String text = read(dim, "binarize");
        assertTrue(cer(text) < 0.03, () -> "character error rate " + cer(text) + ":\n" + text);
    }

    @Test
    void onlyAPageUnderUnevenLightIsBinarised() {
        assertTrue(UnevenLight.of(TestPages.unevenLight(TestPages.page(), 90)), "light falling off to 90 of 255");
        assertTrue(!UnevenLight.of(TestPages.page()), "white paper, black letters");
        assertTrue(!UnevenLight.of(TestPages.unevenLight(TestPages.page(), 235)), "a shade darker at one corner");
    }

    @Test
    void aGreyImageGoesToLeptonicaAndBackUnchanged() {
        BufferedImage page = TestPages.unevenLight(TestPages.page(), 90);
        try (PagePix pix = PagePix.of(page)) {
            BufferedImage back = pix.toImage();
            for (int y = 0; y < page.getHeight(); y += 97) {
                for (int x = 0; x < page.getWidth(); x += 13) {
                    assertEquals(page.getRaster().getSample(x, y, 0), back.getRaster().getSample(x, y, 0), x + "," + y);
                }
            }
        }
    }

    @Test
    void stepsAreNamedAndWrittenInOneOrder() {
        assertEquals(Set.of(OcrStep.ORIENT, OcrStep.BINARIZE), OcrStep.parse(" Binarize, orient "));
        assertEquals("orient,deskew,binarize", OcrStep.format(OcrStep.parse("binarize,deskew,orient")));
        assertEquals("none", OcrStep.format(OcrStep.parse("none")));
        assertEquals(Set.of(), OcrStep.parse(""));
        assertThrows(IllegalArgumentException.class, () -> OcrStep.parse("orient,sharpen"));
        assertEquals(OcrModel.BEST, OcrModel.parse("Best"));
        assertThrows(IllegalArgumentException.class, () -> OcrModel.parse("legacy"));
    }

    @Test
    void theBestModelMissingFailsThePageWithItsOwnCode() {
        OcrModelMissingException missing = assertThrows(OcrModelMissingException.class,
                () -> engine.recognize(new PageImage(TestPages.page(), 300, 300), "eng",
                        new OcrOptions(OcrModel.BEST, Set.of())));
        assertEquals(ErrorCode.OCR_MODEL_MISSING, missing.code());
        assertTrue(missing.getMessage().contains("tools/fetch-best-int"), missing.getMessage());
    }
}
