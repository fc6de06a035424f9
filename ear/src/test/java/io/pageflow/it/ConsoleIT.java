package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin console in a real headless Chromium against the deployed server: upload by drop and by picker,
 * watch the job, review a page, retry a failed page, resume a stopped job, reload and a second tab, the jobs
 * list and search. No test may leave an error in the browser console; screenshots land in
 * target/console-screenshots.
 */
class ConsoleIT {

    static final PageflowClient client = new PageflowClient();
    static final Duration JOB_TIMEOUT = Duration.ofMinutes(3);
    static final Pattern PROGRESS = Pattern.compile("(\\d+)/(\\d+) pages \\((\\d+) %\\)");

    static ConsoleBrowser browser;

    @TempDir
    Path files;

    @BeforeAll
    static void startBrowser() {
        browser = new ConsoleBrowser(PageflowClient.BASE);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void theBrowserConsoleHasNoErrors() {
        assertEquals(List.of(), browser.consoleErrors(), "errors in the browser console");
    }

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
        browser.screenshot("job");
        long polls = jobRequests(id);
        assertTrue(polls > 0, "the view polled the job");
        sleep(Duration.ofSeconds(5));
        assertEquals(polls, jobRequests(id), "no polling once the job has ended");

        browser.find("#pages li[data-page='2'] a").click();
        browser.await(Duration.ofSeconds(20), "page 2's image and text are shown", d ->
                Boolean.TRUE.equals(browser.script("const i = document.getElementById('page-image');"
                        + " return !i.hidden && i.complete && i.naturalWidth > 0;"))
                        && !browser.text("#page-text").isBlank() && !browser.text("#page-text").startsWith("This page"));
        String shown = (String) browser.script("return document.getElementById('page-text').textContent;");
        long document = client.job(id).getJsonNumber("documentId").longValue();
        assertEquals(client.get("/api/documents/" + document + "/pages/2/text").body(), shown,
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
        assertEquals("approved", client.getJson("/api/jobs/" + id + "/pages/2").asJsonObject().getString("review"));
        assertEquals("unreviewed", client.getJson("/api/jobs/" + id + "/pages/1").asJsonObject().getString("review"));
    }

    @Test
    void aFailedPageShowsItsErrorAndRetryingItAfterTheFixCompletesIt() throws IOException {
        int seed = ThreadLocalRandom.current().nextInt();
        List<Path> chosen = List.of(write("a.png", ReliabilityIT.goodPage(seed)), write("b.png", ReliabilityIT.goodPage(seed + 1)),
                write("c.png", ReliabilityIT.corruptPage(seed + 2)));
        browser.open("upload");
        browser.find("#file-input").sendKeys(String.join("\n", chosen.stream().map(Path::toString).toList()));
        browser.await(Duration.ofSeconds(5), "three files chosen", d -> browser.text("#selection").startsWith("3 files"));
        browser.find("#upload-button").click();
        long id = awaitJobView();

        browser.await(JOB_TIMEOUT, "page 3 is shown failed with its error", d ->
                browser.findAll("#pages li[data-page='3'] a .status[data-status=failed]").size() == 1
                        && browser.find("#job-status").getText().contains("completed"));
        assertTrue(browser.text("#pages li[data-page='3'] .page-error").contains("IMAGE_UNREADABLE"));
        assertEquals("2 completed · 1 failed · 0 remaining", browser.text("#failure-counts"));
        assertEquals("1", browser.text("[data-fact=failed-count] dd"));

        ReliabilityIT.repairSource(client.job(id), 3, ReliabilityIT.goodPage(seed + 2));
        browser.find("#pages li[data-page='3'] button.retry").click();
        browser.await(JOB_TIMEOUT, "page 3 is completed after the retry", d ->
                browser.findAll("#pages li[data-page='3'] a .status[data-status=completed]").size() == 1
                        && browser.find("#job-status").getText().contains("completed")
                        && browser.find("#failure-summary").getAttribute("hidden") != null);
        assertEquals("3/3 pages (100 %)", progress().group(0));
    }

    @Test
    void aJobStoppedAtPageKOffersResumeFromPageKAndResumingCompletesIt() throws IOException {
        int seed = ThreadLocalRandom.current().nextInt();
        List<Path> chosen = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            byte[] image = n == 3 ? ReliabilityIT.corruptPage(seed + n) : ReliabilityIT.goodPage(seed + n);
            chosen.add(write("p" + n + ".png", image));
        }
        browser.open("upload");
        browser.find("#file-input").sendKeys(String.join("\n", chosen.stream().map(Path::toString).toList()));
        new Select(browser.find("#on-page-error")).selectByValue("stop");
        browser.find("#upload-button").click();
        long id = awaitJobView();

        browser.await(JOB_TIMEOUT, "the job stops at page 3", d -> browser.find("#job-status").getText().contains("failed")
                && browser.findAll("#resume-button").size() == 1);
        client.awaitEnd(id, JOB_TIMEOUT);
        assertEquals("Resume from page 3", browser.text("#resume-button"));
        assertTrue(browser.text("#failure-summary").contains("IMAGE_UNREADABLE"), browser.text("#failure-summary"));
        browser.screenshot("failure");

        ReliabilityIT.repairSource(client.job(id), 3, ReliabilityIT.goodPage(seed + 3));
        browser.find("#resume-button").click();
        browser.await(JOB_TIMEOUT, "the resumed job completes", d -> browser.find("#job-status").getText().contains("completed")
                && "5/5 pages (100 %)".equals(progress() == null ? null : progress().group(0)));
        assertEquals(5, browser.findAll("#pages .page-tile > a .status[data-status=completed]").size());
    }

    @Test
    void aReloadAndASecondTabShowTheSameProgressWithoutAReset() {
        int seed = ThreadLocalRandom.current().nextInt();
        // full pages of text take Tesseract about a second each: long enough to reload in the middle
        byte[][] images = new byte[12][];
        for (int i = 0; i < images.length; i++) {
            images[i] = TestDocuments.png(TestDocuments.scannedPage(TestDocuments.lines(seed + i, 30)));
        }
        long id = client.submitAccepted(ReliabilityIT.pages(images), Map.of("title", "Twelve scanned pages"))
                .getJsonNumber("id").longValue();
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
        JsonObject server = client.job(id);
        assertTrue(secondTab >= afterReload, "second tab " + secondTab + " pages, first " + afterReload);
        assertTrue(secondTab <= server.getInt("pagesDone"), "the tab shows the server's state: " + server);
        assertEquals("Twelve scanned pages", browser.text("h1"));
        browser.driver.close();
        browser.driver.switchTo().window(first);

        browser.await(JOB_TIMEOUT, "the job completes", d -> "12/12 pages (100 %)".equals(
                progress() == null ? null : progress().group(0)));
    }

    @Test
    void theJobsListFiltersByStatusAndSearchLeadsToThePage() {
        String phrase = unusualSentence();
        List<List<String>> pages = List.of(List.of(phrase), TestDocuments.lines(7, 5));
        long id = client.submitAccepted(List.of(new PageflowClient.FilePart("ledger.pdf", "application/pdf",
                TestDocuments.bornDigitalPdf(pages))), Map.of("title", "Ledger " + Math.abs(phrase.hashCode())))
                .getJsonNumber("id").longValue();
        client.awaitEnd(id, JOB_TIMEOUT);

        browser.open("jobs?status=completed");
        browser.await(Duration.ofSeconds(10), "the job is listed", d -> !browser.findAll("tr[data-key='" + id + "']").isEmpty());
        assertTrue(browser.text("tr[data-key='" + id + "']").contains("2/2 pages (100 %)"));
        browser.screenshot("jobs");
        new Select(browser.find("#status-filter")).selectByValue("failed");
        browser.await(Duration.ofSeconds(10), "the filter shows failed jobs only", d -> browser.driver.getCurrentUrl().endsWith("status=failed")
                && browser.findAll("tr[data-key='" + id + "']").isEmpty()
                && browser.findAll("tr .status").stream().allMatch(s -> s.getText().contains("failed")));

        browser.find("#search-input").sendKeys(phrase + "\n");
        browser.await(Duration.ofSeconds(30), "search results", d -> !browser.findAll(".search-results li").isEmpty());
        String link = ".search-results a[href='#/jobs/" + id + "/pages/1']";
        assertFalse(browser.findAll(link).isEmpty(), "a hit leads to page 1 of the ledger: " + browser.text(".search-results"));
        browser.find(link).click();
        browser.await(Duration.ofSeconds(20), "the page with the sentence", d -> browser.text("#page-text").contains(phrase));
    }

    /** A sentence no other document holds, so that search must find this one. */
    private static String unusualSentence() {
        String[] words = ("marmalade zeppelin lighthouse walrus origami volcano saxophone glacier tapestry "
                + "kaleidoscope porcupine harpsichord meteorite lagoon chandelier falcon quasar tundra").split(" ");
        StringBuilder sentence = new StringBuilder("The");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            sentence.append(' ').append(words[random.nextInt(words.length)]);
        }
        return sentence.append('.').toString();
    }

    @Test
    void aPageIsReplacedFromItsViewAndAPageAddedFromTheJobView() throws IOException {
        int seed = ThreadLocalRandom.current().nextInt();
        long id = client.submitAccepted(ReliabilityIT.pages(ReliabilityIT.goodPage(seed), ReliabilityIT.goodPage(seed + 1)),
                Map.of()).getJsonNumber("id").longValue();
        client.awaitEnd(id, JOB_TIMEOUT);

        browser.open("jobs/" + id + "/pages/2");
        browser.await(Duration.ofSeconds(20), "page 2's text", d -> browser.text("#page-text").startsWith("The"));
        String before = browser.text("#page-text");
        List<String> replacement = TestDocuments.lines(seed + 100, 4);
        browser.find("#replace-input").sendKeys(write("new-2.png", TestDocuments.png(TestDocuments.scannedPage(replacement))).toString());
        browser.await(JOB_TIMEOUT, "the new page's text", d -> {
            String text = browser.text("#page-text");
            return !text.equals(before) && text.startsWith("The")
                    && TextMetrics.characterErrorRate(String.join("\n", replacement), text) < 0.2;
        });

        browser.open("jobs/" + id);
        browser.await(JOB_TIMEOUT, "the job is done again", d -> browser.find("#job-status").getText().contains("completed")
                && browser.find("#add-page-button").isEnabled());
        browser.find(".add-page summary").click();
        browser.find("#add-page-input").sendKeys(write("new-3.png", ReliabilityIT.goodPage(seed + 3)).toString());
        browser.find("#add-page-button").click();
        browser.await(JOB_TIMEOUT, "three pages, all completed", d -> "3/3 pages (100 %)".equals(
                progress() == null ? null : progress().group(0)) && browser.find("#job-status").getText().contains("completed"));
        assertEquals(3, browser.findAll("#pages .page-tile > a .status[data-status=completed]").size());
    }

    @Test
    void everyViewFitsAPhoneScreen() {
        int seed = ThreadLocalRandom.current().nextInt();
        long id = client.submitAccepted(ReliabilityIT.pages(ReliabilityIT.goodPage(seed), ReliabilityIT.corruptPage(seed + 1)),
                Map.of("title", "A rather long title that has to wrap on the narrow screen of a phone")).getJsonNumber("id").longValue();
        client.awaitEnd(id, JOB_TIMEOUT);
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String view : List.of("jobs", "upload", "jobs/" + id, "jobs/" + id + "/pages/1", "search?q=budget")) {
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

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }

    /** Waits for the upload to open the job's view; returns the job id. */
    private static long awaitJobView() {
        String url = browser.await(Duration.ofSeconds(60), "the job view opens after the upload",
                d -> d.getCurrentUrl().matches(".*#/jobs/\\d+$") ? d.getCurrentUrl() : null);
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private static Matcher progress() {
        Matcher matcher = PROGRESS.matcher(browser.text("#job-progress-text"));
        return matcher.find() ? matcher : null;
    }

    private static Integer pagesDone() {
        Matcher progress = progress();
        return progress == null ? null : Integer.valueOf(progress.group(1));
    }

    /** How many times this page asked the server for the job. */
    private static long jobRequests(long id) {
        return (Long) browser.script("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.endsWith('/api/jobs/' + arguments[0])).length;", id);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
