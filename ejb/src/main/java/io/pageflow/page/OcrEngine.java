package io.pageflow.page;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

import com.sun.jna.Pointer;

import net.sourceforge.tess4j.ITessAPI.ETEXT_DESC;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineException;

/**
 * Tesseract through tess4j's binding of its C API. A Tesseract instance is not thread-safe and costly to start,
 * so instances come from {@link TesseractPool}; parallelism comes from several pages at once (with
 * {@code OMP_THREAD_LIMIT=1}, which makes each instance several times faster on few cores). Every recognition
 * runs under a deadline that Tesseract itself checks through its progress monitor.
 */
@ApplicationScoped
public class OcrEngine {

    /**
     * Interface (not direct) mapping: functions are looked up when first called, so a libtesseract older
     * than tess4j's declarations (Debian 12 ships 5.3) still works for the calls made here.
     */
    private static final TessAPI API = TesseractPool.API;

    @Inject
    TesseractPool pool;

    @Inject
    OcrModels models;

    @Inject
    Orientation orientation;

    @Inject
    @ConfigProperty(name = "pageflow.ocr.timeout-seconds", defaultValue = "180")
    int timeoutSeconds;

    /** Recognises the text of a page image rendered (or scanned) at {@code dpi}, as it is, with the fast model. */
    public OcrResult recognize(BufferedImage image, String language, int dpi) {
        return recognize(new PageImage(image, dpi, dpi), language, OcrOptions.PLAIN);
    }

    /**
     * Recognises the text of a page image: upscaled when it is to be read at a higher resolution than it has, then
     * straightened and, under uneven light ({@link UnevenLight}), binarised as {@code options} say, then read by Tesseract with the model asked for. With
     * {@link OcrStep#ORIENT}, a page that looks turned to Leptonica's quick look is
     * judged by Tesseract's orientation detection and turned before it is read; any other page whose reading has a low
     * confidence has its orientation checked then, and if it is found turned it is turned upright and read again,
     * the better reading of the two kept (a page wrongly judged turned reads as garbage, with a lower confidence).
     * Upright pages read with confidence, most of them, pay a few milliseconds for it.
     * Tesseract is deterministic, so there is no retry here; the breaker opens when 80 % of the last 10 calls
     * failed (a broken installation) and fails pages fast for 30 s instead of running each into the same error. A
     * page over its deadline says something about the page, not the installation, so it does not count; nor does
     * a missing model, which says something about the job's options.
     */
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 30_000,
            skipOn = {OcrTimeoutException.class, OcrModelMissingException.class})
    public OcrResult recognize(PageImage page, String language, OcrOptions options) {
        long timeoutMillis = Math.max(1, timeoutSeconds) * 1000L;
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        Path tessdata = models.tessdata(options.model(), language);
        BufferedImage grey = Images.grey(page.image());
        try (PagePix pix = PagePix.of(grey)) {
            int dpi = page.dpi();
            if (page.ocrDpi() != dpi) {
                float factor = (float) page.ocrDpi() / dpi;
                pix.replace(PagePix.LEPT.pixScale(pix.pix(), factor, factor));
                dpi = page.ocrDpi();
            }
            if (options.has(OcrStep.DESKEW)) {
                Deskew.apply(pix);
            }
            if (options.has(OcrStep.BINARIZE) && UnevenLight.of(grey)) {
                Binarization.apply(pix, dpi);
            }
            boolean judged = false;
            if (options.has(OcrStep.ORIENT) && orientation.looksTurned(pix, dpi)) {
                orientation.apply(pix, dpi, timeoutMillis);
                judged = true;
            }
            OcrResult result = read(pix, dpi, tessdata, language, Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            if (options.has(OcrStep.ORIENT) && !judged && result.confidence() < Orientation.CHECK_BELOW) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left > 0 && orientation.apply(pix, dpi, left) != 0) {
                    left = (deadline - System.nanoTime()) / 1_000_000;
                    if (left > 0) {
                        OcrResult turned = read(pix, dpi, tessdata, language, left);
                        if (turned.confidence() > result.confidence()) {
                            result = turned;
                        }
                    }
                }
            }
            return result;
        }
    }

    /** One reading of the page with a Tesseract of the pool, given back before anything else is borrowed. */
    private OcrResult read(PagePix pix, int dpi, Path tessdata, String language, long timeoutMillis) {
        TessBaseAPI api = pool.borrow(tessdata, language, timeoutMillis);
        try {
            API.TessBaseAPISetImage2(api, pix.pix());
            API.TessBaseAPISetSourceResolution(api, dpi);
            recognizeWithin(api, timeoutMillis);
            return read(api);
        } finally {
            API.TessBaseAPIClear(api);
            pool.giveBack(api, tessdata, language);
        }
    }

    /**
     * Runs the recognizer under a monitor: Tesseract checks the deadline (and the pool's cancel callback) after
     * every word and stops with an error when either says so. Layout analysis before the first word is not
     * interruptible; the pixel limit bounds it.
     */
    private void recognizeWithin(TessBaseAPI api, long timeoutMillis) {
        ETEXT_DESC monitor = API.TessMonitorCreate();
        try {
            API.TessMonitorSetCancelFunc(monitor, pool.cancelWhenClosed());
            long started = System.nanoTime();
            API.TessMonitorSetDeadlineMSecs(monitor, (int) Math.min(Integer.MAX_VALUE, timeoutMillis));
            int status = API.TessBaseAPIRecognize(api, monitor);
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            if (status == 0) {
                return;
            }
            if (pool.isClosed()) {
                throw new PipelineException(ErrorCode.OCR_FAILED, "OCR was stopped because the application is shutting down");
            }
            if (elapsedMillis >= timeoutMillis) {
                throw new OcrTimeoutException("OCR of the page ran past its deadline of " + timeoutSeconds
                        + " s (PAGEFLOW_OCR_TIMEOUT_SECONDS) and was stopped");
            }
            throw new PipelineException(ErrorCode.OCR_FAILED, "Tesseract could not recognise the page");
        } finally {
            API.TessMonitorDelete(monitor);
        }
    }

    private static OcrResult read(TessBaseAPI api) {
        Pointer text = API.TessBaseAPIGetUTF8Text(api);
        try {
            String recognized = text == null ? "" : text.getString(0, "UTF-8");
            return new OcrResult(recognized, API.TessBaseAPIMeanTextConf(api));
        } finally {
            if (text != null) {
                API.TessDeleteText(text);
            }
        }
    }

    /**
     * @param text       the recognised text
     * @param confidence Tesseract's mean word confidence, 0–100
     */
    public record OcrResult(String text, int confidence) {
    }
}
