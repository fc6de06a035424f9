package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** The console's jobs list, its status filter, and search leading to the page a passage comes from. */
class ConsoleJobsListIT extends ConsoleTest {

    @Test
    void theJobsListFiltersByStatusAndSearchLeadsToThePage() {
        String phrase = unusualSentence();
        List<List<String>> pages = List.of(List.of(phrase), TestDocuments.lines(7, 5));
        long id = api.submitAccepted(List.of(new PageflowClient.FilePart("ledger.pdf", "application/pdf",
                TestDocuments.bornDigitalPdf(pages))), Map.of("title", "Ledger " + Math.abs(phrase.hashCode())))
                .getId();
        api.awaitEnd(id, JOB_TIMEOUT);

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
        String results = browser.text(".search-results");
        assertTrue(results.contains("matched by words and meaning"), results);
        assertFalse(browser.findAll(".search-results .snippet mark").isEmpty(), "a snippet marks the words found: " + results);
        browser.screenshot("search");
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
}
