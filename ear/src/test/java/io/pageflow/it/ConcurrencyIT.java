package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;


import io.pageflow.client.model.JobView;
import io.pageflow.client.model.PageView;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many jobs at once on several consumers: every page is processed exactly once and every job completes, and a slow
 * page does not hold back the pages queued behind it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrencyIT {

    static final TestApi api = new TestApi();

    @Test
    void hundredJobsSubmittedAtOnceAllCompleteWithEveryPageProcessedOnce() throws Exception {
        ExecutorService uploaders = Executors.newFixedThreadPool(10);
        List<Future<Long>> submitted = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int seed = 800 + i;
            submitted.add(uploaders.submit(() -> {
                byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(seed, 6), TestDocuments.lines(seed + 1000, 6)));
                return api.submitAccepted(List.of(new PageflowClient.FilePart("c.pdf", "application/pdf", pdf)), Map.of())
                        .getId();
            }));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<Long> f : submitted) {
            ids.add(f.get());
        }
        uploaders.shutdown();
        for (long id : ids) {
            JobView job = api.awaitEnd(id, Duration.ofMinutes(5));
            assertEquals("completed", job.getStatus(), job::toString);
            assertEquals(2, job.getPagesDone());
            for (int page = 1; page <= 2; page++) {
                assertEquals(1, api.countEvents(id, "page.started", page), "job " + id + " page " + page + " started once");
                assertEquals(1, api.countEvents(id, "page.completed", page), "job " + id + " page " + page + " completed once");
            }
            assertEquals(1, api.countEvents(id, "job.completed", 0));
        }
    }

    /**
     * One page that takes OCR a second or more, then six blank scanned sheets (done in milliseconds): while one
     * consumer reads the slow page, the other (the test server has two, {@code PAGEFLOW_WORKERS}) takes every sheet.
     * Had the broker dealt the messages out in turn to consumers that buffer them, sheets 3, 5 and 7 would wait
     * behind the slow page.
     */
    @Test
    void whileOneConsumerReadsASlowPageTheOtherTakesThePagesBehindIt() {
        List<BufferedImage> images = new ArrayList<>();
        images.add(TestDocuments.scannedPage(TestDocuments.lines(1900, 30)));
        for (int sheet = 0; sheet < 6; sheet++) {
            BufferedImage white = new BufferedImage(827, 1169, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = white.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, white.getWidth(), white.getHeight());
            g.dispose();
            images.add(white);
        }
        byte[] pdf = TestDocuments.scannedPdf(images);
        long id = api.submitAccepted(List.of(new PageflowClient.FilePart("slow-first.pdf", "application/pdf", pdf)),
                Map.of()).getId();
        JobView job = api.awaitEnd(id, Duration.ofMinutes(3));
        assertEquals("completed", job.getStatus(), job::toString);
        List<PageView> pages = api.pages(id);
        PageView slow = pages.get(0);
        assertEquals("ocr", slow.getTextSource(), slow::toString);
        for (PageView sheet : pages.subList(1, pages.size())) {
            assertTrue(sheet.getBlank(), sheet::toString);
            assertTrue(sheet.getCompletedAt().isBefore(slow.getCompletedAt()),
                    () -> "page " + sheet.getNumber() + " waited behind the slow page 1: " + pages);
        }
    }
}
