package io.pageflow.page;

import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.sun.jna.ptr.PointerByReference;

import net.sourceforge.lept4j.Pix;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;

/**
 * Turns a page scanned sideways or upside down the right way up ({@link OcrEngine} asks before reading a page that
 * looks turned, and after a reading of low confidence). Tesseract's orientation and script detection
 * ({@code osd.traineddata}, Debian's {@code tesseract-ocr-osd}) says by how much the page is turned, from the
 * shapes of its letters; the page is turned back only when it is sure, since an upright page of few words can
 * look turned to it. It needs a Tesseract started with that data, so it borrows one of its own from the pool.
 */
@ApplicationScoped
public class Orientation {

    private static final Logger LOG = Logger.getLogger(Orientation.class.getName());

    /**
     * Below this confidence the page is left as it is. Measured on scans of 200 DPI and more, turned every way:
     * right answers scored 16 to 35, wrong ones (on 96-DPI pages, whose letters are too small to tell) at most 1.3.
     * OCRmyPDF, which asks Tesseract the same question, turns pages from 14.
     */
    static final float MIN_CONFIDENCE = 5f;

    /**
     * A reading whose mean word confidence is below this has its page's orientation checked. Measured on 16 real
     * scans (200 and 96 DPI, fax, uneven light, a photo): read upright they scored 90 to 94, upside down 30 to 38.
     */
    static final int CHECK_BELOW = 70;

    /**
     * Leptonica's verdicts, as {@code makeOrientDecision} gives them. Its detector compares the ascenders and
     * descenders of a black-and-white copy of the page: on the corpus benchmark's 24 scans it took 5–33 ms a page
     * and scored every upright page 4.9 to 42.7 and the upside-down one −37.7 (Leptonica trusts 7 or more).
     */
    private static final int TEXT_ORIENT_UP = 1;
    private static final int TEXT_ORIENT_UNKNOWN = 0;

    @Inject
    TesseractPool pool;

    @Inject
    OcrLanguages languages;

    @Inject
    OcrModels models;

    private final AtomicBoolean warned = new AtomicBoolean();

    /** Turns the page upright when it is sure it is not; returns the clockwise turn it found (0, 90, 180, 270). */
    int apply(PagePix page, int dpi, long maxWaitMillis) {
        if (!models.hasOrientationData()) {
            if (warned.compareAndSet(false, true)) {
                LOG.warning("Page orientation is not detected: osd.traineddata is missing in " + languages.tessdata()
                        + " (install tesseract-ocr-osd)");
            }
            return 0;
        }
        Detected detected = detect(page, dpi, maxWaitMillis);
        if (detected.degrees() == 0 || detected.confidence() < MIN_CONFIDENCE) {
            return 0;
        }
        // Tesseract says how far the page is turned clockwise; Leptonica turns clockwise by quarter turns
        page.replace(PagePix.LEPT.pixRotateOrth(page.pix(), (360 - detected.degrees()) / 90 % 4));
        return detected.degrees();
    }

    /**
     * Whether the page may be turned, by a look cheap enough for every page: Leptonica's up-down and sideways
     * detector on a black-and-white copy (halved above 200 DPI; it wants 150 to 300). A page that looks turned is
     * then judged by Tesseract ({@link #apply}) before it is read, instead of being read upside down first. A page
     * it cannot judge (too few letters) or finds upright is read as it is.
     */
    boolean looksTurned(PagePix page, int dpi) {
        Pix binary = page.depth() == 1 ? PagePix.LEPT.pixClone(page.pix()) : PagePix.LEPT.pixConvertTo1(page.pix(), 128);
        try {
            if (binary == null) {
                return false;
            }
            if (dpi > 200) {
                Pix half = PagePix.LEPT.pixReduceRankBinary2(binary, 2, null);
                PagePix.destroy(binary);
                binary = half;
            }
            FloatBuffer up = FloatBuffer.allocate(1);
            FloatBuffer left = FloatBuffer.allocate(1);
            IntBuffer orientation = IntBuffer.allocate(1);
            if (binary == null || PagePix.LEPT.pixOrientDetect(binary, up, left, 0, 0) != 0) {
                return false;
            }
            if (up.get(0) == 0f || left.get(0) == 0f) {
                return false; // too few letters to tell (makeOrientDecision would only say so on stderr)
            }
            if (PagePix.LEPT.makeOrientDecision(up.get(0), left.get(0), 0, 0, orientation, 0) != 0) {
                return false;
            }
            return orientation.get(0) != TEXT_ORIENT_UP && orientation.get(0) != TEXT_ORIENT_UNKNOWN;
        } finally {
            PagePix.destroy(binary);
        }
    }

    /**
     * Tesseract's verdict on a black-and-white copy of the page (evened out and thresholded as {@link Binarization}
     * does): on the grey page as it is, Tesseract's own global threshold broke the letters of a pale scan so that
     * it judged upright pages upside down, with confidence; on the copy it was right on every page measured.
     */
    Detected detect(PagePix page, int dpi, long maxWaitMillis) {
        if (page.depth() == 1) {
            return detectAsIs(page, dpi, maxWaitMillis);
        }
        try (PagePix binary = page.copy()) {
            Binarization.apply(binary, dpi);
            return detectAsIs(binary, dpi, maxWaitMillis);
        }
    }

    Detected detectAsIs(PagePix page, int dpi, long maxWaitMillis) {
        TessBaseAPI api = pool.borrow(languages.tessdata(), OcrModels.OSD, maxWaitMillis);
        try {
            TesseractPool.API.TessBaseAPISetImage2(api, page.pix());
            TesseractPool.API.TessBaseAPISetSourceResolution(api, dpi);
            IntBuffer degrees = IntBuffer.allocate(1);
            FloatBuffer confidence = FloatBuffer.allocate(1);
            FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
            PointerByReference script = new PointerByReference();
            if (TesseractPool.API.TessBaseAPIDetectOrientationScript(api, degrees, confidence, script,
                    scriptConfidence) == 0) {
                return new Detected(0, 0); // too few letters to tell: read it as it is
            }
            return new Detected(degrees.get(0), confidence.get(0));
        } finally {
            TesseractPool.API.TessBaseAPIClear(api);
            pool.giveBack(api, languages.tessdata(), OcrModels.OSD);
        }
    }

    /** The clockwise turn of the page and Tesseract's confidence in it. */
    record Detected(int degrees, float confidence) {
    }
}
