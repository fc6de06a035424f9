package io.pageflow.page;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

import com.sun.jna.Pointer;

import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.util.ImageIOHelper;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineException;

/**
 * Tesseract through tess4j's binding of its C API. A Tesseract instance is not thread-safe and costly to start, so each
 * worker thread keeps one per language; parallelism comes from several pages at once (with
 * {@code OMP_THREAD_LIMIT=1}, which makes each instance several times faster on few cores).
 */
@ApplicationScoped
public class OcrEngine {

    /**
     * Interface (not direct) mapping: functions are looked up when first called, so a libtesseract older
     * than tess4j's declarations (Debian 12 ships 5.3) still works for the calls made here.
     */
    private static final TessAPI API = TessAPI.INSTANCE;

    @Inject
    OcrLanguages languages;

    private final ThreadLocal<Map<String, TessBaseAPI>> instances = ThreadLocal.withInitial(HashMap::new);

    /**
     * Recognises the text of a page image rendered (or scanned) at {@code dpi}. Tesseract is deterministic,
     * so there is no retry here; the breaker opens when 80 % of the last 10 calls failed (a broken
     * installation) and fails pages fast for 30 s instead of running each into the same error.
     */
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 30_000)
    public OcrResult recognize(BufferedImage image, String language, int dpi) {
        TessBaseAPI api = instances.get().computeIfAbsent(language, this::start);
        ByteBuffer pixels = ImageIOHelper.convertImageData(image);
        int bitsPerPixel = image.getColorModel().getPixelSize();
        int bytesPerPixel = Math.max(1, bitsPerPixel / 8);
        int bytesPerLine = (int) Math.ceil(image.getWidth() * bitsPerPixel / 8.0);
        API.TessBaseAPISetImage(api, pixels, image.getWidth(), image.getHeight(), bytesPerPixel, bytesPerLine);
        API.TessBaseAPISetSourceResolution(api, dpi);
        Pointer text = API.TessBaseAPIGetUTF8Text(api);
        try {
            String recognized = text == null ? "" : text.getString(0, "UTF-8");
            int confidence = API.TessBaseAPIMeanTextConf(api);
            return new OcrResult(recognized, confidence);
        } finally {
            if (text != null) {
                API.TessDeleteText(text);
            }
            API.TessBaseAPIClear(api);
        }
    }

    private TessBaseAPI start(String language) {
        TessBaseAPI api = API.TessBaseAPICreate();
        if (API.TessBaseAPIInit3(api, languages.tessdata().toString(), language) != 0) {
            API.TessBaseAPIDelete(api);
            throw new PipelineException(ErrorCode.OCR_FAILED, "Tesseract could not load language '" + language + "'");
        }
        API.TessBaseAPISetPageSegMode(api, TessPageSegMode.PSM_AUTO);
        return api;
    }

    /**
     * @param text       the recognised text
     * @param confidence Tesseract's mean word confidence, 0–100
     */
    public record OcrResult(String text, int confidence) {
    }
}
