package io.pageflow.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineException;

/** The real Tesseract (as the server uses it): a deadline that stops a page, and a pool that stays bounded. */
class OcrEngineTest {

    TesseractPool pool;
    OcrEngine engine;

    @BeforeEach
    void start() {
        OcrLanguages languages = new OcrLanguages();
        languages.configuredTessdata = Optional.empty();
        languages.defaultLanguage = "eng";
        pool = new TesseractPool();
        pool.languages = languages;
        pool.workers = 2;
        pool.init();
        engine = Engines.engine(pool, languages, null);
        engine.timeoutSeconds = 30;
    }

    @AfterEach
    void stop() {
        pool.close();
    }

    @Test
    void aPageOverTheDeadlineIsStoppedAndTheSameEngineReadsTheNextPage() {
        engine.timeoutSeconds = 1;
        // a full A4 page of small text at 300 DPI takes Tesseract several seconds of CPU
        var page = text(2480, 3508, 40, "the quick brown fox jumps over the lazy dog");
        // CPU time, not wall time: on a loaded machine the deadline passes with little work done, and the
        // question is whether Tesseract went on reading after it
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long started = os.getProcessCpuTime();
        OcrTimeoutException timeout = assertThrows(OcrTimeoutException.class,
                () -> engine.recognize(page, "eng", 300));
        double seconds = (os.getProcessCpuTime() - started) / 1e9;
        assertEquals(ErrorCode.OCR_TIMEOUT, timeout.code());
        assertTrue(seconds < 4, "stopped soon after the deadline, not at the end of the page: " + seconds + " CPU s");

        engine.timeoutSeconds = 30;
        String text = engine.recognize(text(1400, 200, 48, "Deadline respected"), "eng", 300).text();
        assertTrue(text.contains("Deadline respected"), text);
        assertEquals(1, pool.created(), "the stopped instance was reused, not replaced");
    }

    @Test
    void thePoolNeverHoldsMoreInstancesThanWorkers() {
        var first = pool.borrow("eng", 1000);
        var second = pool.borrow("eng", 1000);
        PipelineException none = assertThrows(PipelineException.class, () -> pool.borrow("eng", 200));
        assertEquals(ErrorCode.OCR_FAILED, none.code());
        assertEquals(2, pool.created());
        pool.giveBack(first, "eng");
        pool.giveBack(second, "eng");
        pool.giveBack(pool.borrow("eng", 1000), "eng");
        assertEquals(2, pool.created(), "idle instances are lent again");

        pool.close();
        assertEquals(0, pool.created(), "undeploy frees every instance");
        assertThrows(PipelineException.class, () -> pool.borrow("eng", 200));
    }

    private static BufferedImage text(int width, int height, int size, String words) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
        for (int y = size * 2; y < height - size / 2; y += size * 13 / 10) {
            StringBuilder line = new StringBuilder();
            while (g.getFontMetrics().stringWidth(line + words) < width - 2 * size) {
                line.append(words).append(' ');
            }
            g.drawString(line.length() == 0 ? words : line.toString(), size, y);
        }
        g.dispose();
        return image;
    }
}
