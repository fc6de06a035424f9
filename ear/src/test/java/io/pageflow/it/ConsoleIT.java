package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pageflow.client.model.JobView;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

/**
 * The admin console in a real headless Chromium against the deployed server: upload by drop with byte
 * progress, watch the job to the end, review a page, reload and a second tab in the middle of a job, a phone's
 * screen. Screenshots land in target/console-screenshots.
 */
class ConsoleIT extends ConsoleTest {

    @Test
    void theConsoleErrorCheckSeesErrors() {
        browser.open("jobs/" + Long.MAX_VALUE);
        browser.await(Duration.ofSeconds(10), "an unknown job is reported", d -> browser.text("h1").contains("does not exist"));
        assertTrue(browser.consoleErrors().stream().anyMatch(e -> e.contains("404")), "the failed request is seen");
        browser.script("console.error('seen by the check')");
        assertTrue(browser.consoleErrors().stream().anyMatch(e -> e.contains("seen by the check")));
    }

    @Test
    void droppedImagesBecomeAJobWhoseBarReaches100AndWhosePagesCanBeReviewed() throws IOException {
        long seed = ThreadLocalRandom.current().nextLong();
        List<Path> images = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            images.add(write("page-" + n + ".png", TestDocuments.png(TestDocuments.scannedPage(TestDocuments.lines(seed + n, 4)))));
        }
        browser.open("upload");
        browser.await(Duration.ofSeconds(10), "the limits are shown", d -> browser.text("#limits").contains("500 files"));
        browser.drop("#drop-zone", images);
        assertTrue(browser.text("#selection").startsWith("3 files,"), browser.text("#selection"));
        browser.screenshot("upload");

        // a slow link, so that the bytes sent can be watched
        browser.driver.setNetworkConditions(slowUpload());
        browser.find("#upload-button").click();
        String sending = browser.await(Duration.ofSeconds(30), "upload progress in bytes", d -> {
            String text = browser.text("#upload-progress-text");
            Matcher sent = Pattern.compile("Sent (.+) of (.+) \\((\\d+) %\\)").matcher(text);
            return sent.find() && Integer.parseInt(sent.group(3)) > 0 && Integer.parseInt(sent.group(3)) < 100 ? text : null;
        });
        browser.screenshot("upload-progress");
        long id = awaitJobView();
        browser.driver.deleteNetworkConditions();
        assertTrue(sending.endsWith(" %)"), sending);
        List<Integer> seen = new ArrayList<>();
        browser.await(JOB_TIMEOUT, "the bar reaches 100 %", d -> {
            Matcher progress = progress();
            if (progress != null) {
                seen.add(Integer.parseInt(progress.group(3)));
            }
            return browser.find("#job-status").getText().contains("completed") && progress != null
                    && progress.group(0).equals("3/3 pages (100 %)");
        });
        assertEquals("100", browser.find("#job-progress").getDomProperty("value"));
        assertEquals(3, browser.findAll("#pages .page-tile > a .status[data-status=completed]").size());
        assertTrue(isSorted(seen), "the bar never goes back: " + seen);
        assertTrue(jobRequests(id) > 0, "the view polled the job");
        // the console counts its running pollers on <html data-polling>; 0 means no request is scheduled
        browser.await(Duration.ofSeconds(10), "no polling once the job has ended",
                d -> "0".equals(browser.script("return document.documentElement.dataset.polling;")));
        long polls = jobRequests(id);
        browser.screenshot("job");
        assertEquals(polls, jobRequests(id), "no request for the job after polling stopped");

        browser.find("#pages li[data-page='2'] a").click();
        browser.await(Duration.ofSeconds(20), "page 2's image and text are shown", d ->
                Boolean.TRUE.equals(browser.script("const i = document.getElementById('page-image');"
                        + " return !i.hidden && i.complete && i.naturalWidth > 0;"))
                        && !browser.text("#page-text").isBlank() && !browser.text("#page-text").startsWith("This page"));
        String shown = (String) browser.script("return document.getElementById('page-text').textContent;");
        long document = api.job(id).getDocumentId();
        assertEquals(api.text(document, 2), shown,
                "the view shows the page's text as stored");
        // generated lines can run past the image's edge, so the OCR text is compared loosely, and with page 1
        double cer = TextMetrics.characterErrorRate(String.join("\n", TestDocuments.lines(seed + 2, 4)), shown);
        double cerOfPage1 = TextMetrics.characterErrorRate(String.join("\n", TestDocuments.lines(seed + 1, 4)), shown);
        assertTrue(cer < 0.2 && cer < cerOfPage1, "page 2's OCR text is shown (CER " + cer + ", vs page 1 " + cerOfPage1 + ")");

        browser.find("#approve-button").click();
        browser.await(Duration.ofSeconds(10), "the page is approved", d -> browser.text("#review-status").contains("approved"));
        browser.screenshot("page");
        browser.driver.navigate().refresh();
        browser.await(Duration.ofSeconds(10), "still approved after a reload",
                d -> browser.text("#review-status").contains("approved"));
        assertEquals("approved", api.page(id, 2).getReview());
        assertEquals("unreviewed", api.page(id, 1).getReview());
    }

    @Test
    void aReloadAndASecondTabShowTheSameProgressWithoutAReset() {
        int seed = ThreadLocalRandom.current().nextInt();
        // full pages of text take Tesseract about a second each: long enough to reload in the middle
        byte[][] images = new byte[12][];
        for (int i = 0; i < images.length; i++) {
            images[i] = TestDocuments.png(TestDocuments.scannedPage(TestDocuments.lines(seed + i, 30)));
        }
        long id = api.submitAccepted(ReliabilityIT.pages(images), Map.of("title", "Twelve scanned pages"))
                .getId();
        browser.open("jobs/" + id);
        int before = browser.await(JOB_TIMEOUT, "two pages done", d -> {
            Matcher progress = progress();
            return progress != null && Integer.parseInt(progress.group(1)) >= 2 ? Integer.parseInt(progress.group(1)) : null;
        });
        assertTrue(before < 12, "still running when reloaded");
        browser.screenshot("job-running");

        long reload = System.nanoTime();
        browser.driver.navigate().refresh();
        int afterReload = browser.await(Duration.ofSeconds(10), "progress after the reload", d -> pagesDone());
        System.out.printf("console: the job view showed the server's progress %d ms after a reload%n",
                (System.nanoTime() - reload) / 1_000_000);
        assertTrue(afterReload >= before, "after a reload " + afterReload + " pages, before " + before);

        String first = browser.driver.getWindowHandle();
        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.open("jobs/" + id);
        int secondTab = browser.await(Duration.ofSeconds(10), "progress in a second tab", d -> pagesDone());
        JobView server = api.job(id);
        assertTrue(secondTab >= afterReload, "second tab " + secondTab + " pages, first " + afterReload);
        assertTrue(secondTab <= server.getPagesDone(), "the tab shows the server's state: " + server);
        assertEquals("Twelve scanned pages", browser.text("h1"));
        browser.driver.close();
        browser.driver.switchTo().window(first);

        browser.await(JOB_TIMEOUT, "the job completes", d -> "12/12 pages (100 %)".equals(
                progressText()));
    }

    @Test
    void everyViewFitsAPhoneScreen() {
        int seed = ThreadLocalRandom.current().nextInt();
        long id = api.submitAccepted(ReliabilityIT.pages(ReliabilityIT.goodPage(seed), ReliabilityIT.corruptPage(seed + 1)),
                Map.of("title", "A rather long title that has to wrap on the narrow screen of a phone")).getId();
        api.awaitEnd(id, JOB_TIMEOUT);
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String view : List.of("jobs", "upload", "jobs/" + id, "jobs/" + id + "/pages/1", "search?q=budget",
                    "documents", "review")) {
                browser.open(view);
                browser.await(Duration.ofSeconds(20), view + " is shown", d -> browser.findAll("main h1").size() == 1
                        && browser.findAll("[aria-busy=true]").isEmpty());
                browser.await(Duration.ofSeconds(5), view + " has no sideways scrolling", d -> (Boolean) browser.script(
                        "return document.documentElement.scrollWidth <= window.innerWidth;"));
            }
            browser.open("jobs/" + id);
            browser.await(Duration.ofSeconds(20), "the failed page", d -> !browser.findAll("#pages li[data-page='2'] .page-error").isEmpty());
            browser.screenshot("phone-job");
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    private static ChromiumNetworkConditions slowUpload() {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setLatency(Duration.ofMillis(5));
        conditions.setDownloadThroughput(10_000_000);
        conditions.setUploadThroughput(40_000); // bytes per second: about 2 s for three scanned pages
        return conditions;
    }

    /** How many times this page asked the server for the job. */
    private static long jobRequests(long id) {
        return (Long) browser.script("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.endsWith('/api/jobs/' + arguments[0])).length;", id);
    }

    private static boolean isSorted(List<Integer> values) {
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) < values.get(i - 1)) {
                return false;
            }
        }
        return true;
    }
}
