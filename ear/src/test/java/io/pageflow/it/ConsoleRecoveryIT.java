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

import io.pageflow.client.model.JobView;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** In the console, what a user does when pages fail: retry a page, resume a stopped job, replace or add a page. */
class ConsoleRecoveryIT extends ConsoleTest {

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

        ReliabilityIT.repairSource(api.job(id), 3, ReliabilityIT.goodPage(seed + 2));
        browser.find("#pages li[data-page='3'] button.retry").click();
        browser.await(JOB_TIMEOUT, "page 3 is completed after the retry", d ->
                browser.findAll("#pages li[data-page='3'] a .status[data-status=completed]").size() == 1
                        && browser.find("#job-status").getText().contains("completed")
                        && browser.find("#failure-summary").getAttribute("hidden") != null);
        assertEquals("3/3 pages (100 %)", progressText());
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
        api.awaitEnd(id, JOB_TIMEOUT);
        assertEquals("Resume from page 3", browser.text("#resume-button"));
        assertTrue(browser.text("#failure-summary").contains("IMAGE_UNREADABLE"), browser.text("#failure-summary"));
        browser.screenshot("failure");

        ReliabilityIT.repairSource(api.job(id), 3, ReliabilityIT.goodPage(seed + 3));
        browser.find("#resume-button").click();
        browser.await(JOB_TIMEOUT, "the resumed job completes", d -> browser.find("#job-status").getText().contains("completed")
                && "5/5 pages (100 %)".equals(progressText()));
        assertEquals(5, browser.findAll("#pages .page-tile > a .status[data-status=completed]").size());
    }

    @Test
    void aPageIsReplacedFromItsViewAndAPageAddedFromTheJobView() throws IOException {
        int seed = ThreadLocalRandom.current().nextInt();
        long id = api.submitAccepted(ReliabilityIT.pages(ReliabilityIT.goodPage(seed), ReliabilityIT.goodPage(seed + 1)),
                Map.of()).getId();
        api.awaitEnd(id, JOB_TIMEOUT);

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
                progressText()) && browser.find("#job-status").getText().contains("completed"));
        assertEquals(3, browser.findAll("#pages .page-tile > a .status[data-status=completed]").size());
    }
}
