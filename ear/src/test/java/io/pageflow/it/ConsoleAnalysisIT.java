package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import io.pageflow.client.model.JobView;
import io.pageflow.client.model.NewAnalysisProfile;
import io.pageflow.it.OpenAiTestServer.Reply;

/**
 * An analysis in the console: started from the document's view, watched while it runs (bar, current page, items
 * found, elapsed, "you can leave this page"), stopped by a rate-limited page with "Resume from page 4" and
 * "Restart from page 1", resumed, its per-page results listed, and consolidated. Screenshots land in
 * target/console-screenshots (docs/analysis.md shows them).
 */
class ConsoleAnalysisIT extends ConsoleTest {

    static final int PAGES = 6;
    static final int FAULTY_PAGE = 4;

    @Test
    void anAnalysisIsWatchedStoppedResumedAndConsolidated() throws Exception {
        String profile = "console_topics_" + Math.abs(ThreadLocalRandom.current().nextInt(1_000_000));
        api.analysis.createAnalysisProfile(new NewAnalysisProfile().name(profile).definition(Map.of(
                "description", "Topics and subtopics of a textbook page",
                "engine", "llm",
                "prompt", "You read page {{page}} of a textbook. Name its topics and subtopics.\n\n{{text}}",
                "schema", AnalysisIT.SCHEMA)));
        List<List<String>> book = new ArrayList<>(AnalysisIT.book().subList(0, PAGES));
        JobView ingestion = api.submitAccepted(List.of(new PageflowClient.FilePart("fractions.pdf", "application/pdf",
                TestDocuments.bornDigitalPdf(book))), Map.of("title", "Fractions and decimals"));
        // generous: on a machine loaded by other builds the ingestion alone has taken minutes
        assertEquals("completed", api.awaitEnd(ingestion.getId(), INGESTION_TIMEOUT).getStatus());

        int port = Integer.parseInt(System.getProperty("pageflow.llm.port"));
        AtomicBoolean limited = new AtomicBoolean(true);
        try (OpenAiTestServer llm = OpenAiTestServer.start(port)) {
            // a little time per page, so that the view is seen while the analysis runs
            llm.otherwise(Reply.choosing(request -> {
                int page = AnalysisIT.pageOf(request);
                if (page == FAULTY_PAGE && limited.get()) {
                    return Reply.rateLimited(1);
                }
                return Reply.after(Duration.ofMillis(700), Reply.json(Json.createObjectBuilder().add("topics",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("topic", AnalysisIT.topicOf(page))
                                .add("subtopics", Json.createArrayBuilder().add(AnalysisIT.subtopicOf(page)))))
                        .build().toString()));
            }));

            browser.open("jobs/" + ingestion.getId());
            browser.await(SHORT, "the document's view offers an analysis",
                    d -> !browser.findAll("#start-analysis").isEmpty()
                            && !browser.findAll("#analysis-profile option[value=" + profile + "]").isEmpty());
            new Select(browser.find("#analysis-profile")).selectByValue(profile);
            browser.find("#start-analysis").click();
            String url = browser.await(SHORT, "the analysis view opens",
                    d -> d.getCurrentUrl().matches(".*#/analyses/\\d+$") ? d.getCurrentUrl() : null);
            long job = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));

            String running = browser.await(JOB_TIMEOUT, "the analysis shown while it runs", d -> {
                String text = browser.text("#analysis-progress-text");
                return text.contains("currently page") && browser.find("#leave-note").isDisplayed() ? text : null;
            });
            assertTrue(running.matches("Analysing pages: \\d/6 pages \\(\\d+ %\\), currently page \\d, "
                    + "items found so far: \\d, failed pages: 0, elapsed .*"), running);
            assertTrue(browser.text("#leave-note").startsWith("You can leave this page"));
            browser.screenshot("analysis-running");

            browser.await(JOB_TIMEOUT, "the analysis stops at page 4",
                    d -> !browser.findAll("#resume-button").isEmpty());
            assertEquals("Resume from page 4", browser.text("#resume-button"));
            assertEquals("Restart from page 1", browser.text("#restart-button"));
            assertTrue(browser.text("#failure-summary").contains("LLM_RATE_LIMIT"), browser.text("#failure-summary"));
            assertEquals("3 completed · 1 failed · 2 remaining", browser.text("#failure-counts"));
            assertEquals("Page 1: completed — topic: \"fractions\", subtopic: \"adding-like-fractions\"",
                    browser.text("[data-page='1'] .analysis-summary"));
            assertEquals("Page 4: failed — LLM_RATE_LIMIT (retryable)", browser.text("[data-page='4'] .analysis-summary"));
            assertFalse(browser.find("#leave-note").isDisplayed());
            browser.screenshot("analysis-stopped");

            limited.set(false);
            browser.find("#resume-button").click();
            browser.await(JOB_TIMEOUT, "the resumed analysis completes", d -> "completed".equals(api.job(job).getStatus())
                    && !browser.findAll("#consolidate-button").isEmpty());
            assertTrue(browser.findAll("#failure-summary").get(0).getAttribute("hidden") != null,
                    "no failure once resumed");
            assertTrue(browser.text("[data-page='4'] .analysis-summary").startsWith("Page 4: completed — topic: \"fractions\""));
            assertTrue(browser.text("#analysis-progress-text").startsWith("Analysing pages: 6/6 pages (100 %)"),
                    browser.text("#analysis-progress-text"));

            browser.find("#consolidate-button").click();
            browser.await(JOB_TIMEOUT, "the consolidated items", d -> !browser.findAll("#consolidated tr[data-item]").isEmpty());
            // pages 1-3 spell it alike once normalised, page 4 ("add like fractions") is near in meaning
            assertEquals("1, 2, 3, 4", browser.text("tr[data-item='adding-like-fractions'] .item-pages"));
            assertEquals("6", browser.text("tr[data-item='rounding-decimals'] .item-pages"));
            browser.screenshot("analysis-consolidated");
        }
    }

    static final Duration SHORT = Duration.ofSeconds(30);
    static final Duration INGESTION_TIMEOUT = Duration.ofMinutes(8);
}
