package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.model.AnalysisPage;
import io.pageflow.client.model.JobView;
import io.pageflow.client.model.NewAnalysis;
import io.pageflow.client.model.NewAnalysisProfile;
import io.pageflow.it.OpenAiTestServer.Reply;

/**
 * An analysis of a 40-page book made here, with a profile on the LLM engine against an OpenAI-compatible test
 * server that answers 429 for page 20 until told otherwise: progress and items found never go back, the job
 * stops at page 20 with LLM_RATE_LIMIT, a resume finishes it without asking again for pages 1–19, and a
 * consolidation merges the subtopics found on several pages. A small document analysed with the shipped
 * {@code topics} profile shows the local engine.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnalysisIT {

    static final TestApi api = new TestApi();
    static final int PAGES = 40;
    static final int FAULTY_PAGE = 20;
    /** Generous: on a machine loaded by other builds, ingesting the book alone has taken minutes. */
    static final Duration TIMEOUT = Duration.ofMinutes(8);

    /** Eight chapters of five pages; each page's subtopic spelt a little differently on its neighbours. */
    static final List<String> TOPICS = List.of("fractions", "decimals", "percentages", "ratios", "geometry",
            "algebra", "statistics", "probability");
    static final List<List<String>> SUBTOPICS = List.of(
            List.of("adding-like-fractions", "Adding like fractions", "adding like fraction", "add like fractions",
                    "comparing-fractions"),
            List.of("rounding-decimals", "Rounding decimals", "rounding-decimal", "place-value", "place values"),
            List.of("percent-of-a-number", "Percent of a number", "percentage-increase", "percentage increase",
                    "percentage-increases"),
            List.of("equivalent-ratios", "equivalent ratios", "unit-rates", "Unit rates", "unit rate"),
            List.of("area-of-triangles", "area of a triangle", "perimeter", "Perimeter", "perimeters"),
            List.of("solving-linear-equations", "solving linear equations", "like-terms", "like terms", "Like Terms"),
            List.of("mean-and-median", "mean and median", "bar-charts", "bar charts", "bar chart"),
            List.of("simple-events", "simple events", "tree-diagrams", "tree diagrams", "tree diagram"));
    static final Pattern PAGE = Pattern.compile("page (\\d+) of a textbook");

    static String topicOf(int page) {
        return TOPICS.get((page - 1) / 5);
    }

    static String subtopicOf(int page) {
        return SUBTOPICS.get((page - 1) / 5).get((page - 1) % 5);
    }

    static List<List<String>> book() {
        List<List<String>> pages = new ArrayList<>();
        for (int n = 1; n <= PAGES; n++) {
            String topic = topicOf(n);
            String sub = subtopicOf(n).replace('-', ' ');
            pages.add(List.of("Chapter " + ((n - 1) / 5 + 1) + ": " + topic, "Lesson " + n + ": " + sub,
                    "In this lesson we practise " + sub + " with worked examples about " + topic + ".",
                    "Try the exercises on " + sub + " before the next lesson."));
        }
        return pages;
    }

    /** The result schema of the test's profile, as the generated client sends it (plain maps). */
    static final Map<String, Object> SCHEMA = Map.of("type", "object", "required", List.of("topics"),
            "properties", Map.of("topics", Map.of("type", "array", "items", Map.of(
                    "type", "object", "required", List.of("topic", "subtopics"), "properties", Map.of(
                            "topic", Map.of("type", "string", "minLength", 1),
                            "subtopics", Map.of("type", "array", "items", Map.of("type", "string", "minLength", 1)))))));

    @Test
    void aBookIsAnalysedStoppedByARateLimitResumedAndConsolidated() throws Exception {
        String profile = "book_topics_" + Math.abs(ThreadLocalRandom.current().nextInt(1_000_000));
        api.analysis.createAnalysisProfile(new NewAnalysisProfile().name(profile).definition(Map.of(
                "description", "Topics and subtopics of a textbook page",
                "engine", "llm",
                "prompt", "You read page {{page}} of a textbook. Name its topics and subtopics.\n\n{{text}}",
                "schema", SCHEMA)));

        JobView ingestion = api.submitAccepted(List.of(new PageflowClient.FilePart("maths-book.pdf", "application/pdf",
                TestDocuments.bornDigitalPdf(book()))), Map.of("title", "Maths book"));
        assertEquals("completed", api.awaitEnd(ingestion.getId(), TIMEOUT).getStatus());
        long document = ingestion.getDocumentId();

        int port = Integer.parseInt(System.getProperty("pageflow.llm.port"));
        AtomicBoolean limited = new AtomicBoolean(true);
        try (OpenAiTestServer llm = OpenAiTestServer.start(port)) {
            llm.otherwise(Reply.choosing(request -> {
                int page = pageOf(request);
                if (page == FAULTY_PAGE && limited.get()) {
                    return Reply.rateLimited(1);
                }
                return Reply.json(Json.createObjectBuilder().add("topics", Json.createArrayBuilder().add(
                        Json.createObjectBuilder().add("topic", topicOf(page))
                                .add("subtopics", Json.createArrayBuilder().add(subtopicOf(page))))).build().toString());
            }));

            JobView started = api.analysis.startAnalysis(document, new NewAnalysis().profile(profile));
            assertEquals("analysis", started.getKind().getValue());
            assertEquals(profile, started.getProfile());
            assertEquals(PAGES, started.getPagesTotal());
            long job = started.getId();

            Monotonic watched = new Monotonic();
            JobView stopped = api.awaitEnd(job, TIMEOUT, watched);
            assertEquals("failed", stopped.getStatus(), stopped.toString());
            assertEquals("LLM_RATE_LIMIT", stopped.getErrorCode(), stopped.toString());
            assertTrue(stopped.getErrorMessage().startsWith("Page " + FAULTY_PAGE + ":"), stopped.getErrorMessage());
            assertEquals(FAULTY_PAGE - 1, stopped.getPagesDone());
            assertEquals(1, stopped.getPagesFailed());
            assertTrue(watched.samples > 3, "the job was watched while it ran: " + watched.samples + " samples");
            assertTrue(watched.sawRunning, "seen processing with a current page");

            List<AnalysisPage> before = api.analysisPages(job);
            AnalysisPage failed = before.get(FAULTY_PAGE - 1);
            assertEquals("failed", failed.getStatus());
            assertEquals("LLM_RATE_LIMIT", failed.getErrorCode());
            assertEquals(Boolean.TRUE, failed.getRetryable());
            assertEquals("Page 20: failed — LLM_RATE_LIMIT (retryable)", failed.getSummary());
            assertTrue(before.subList(FAULTY_PAGE, PAGES).stream().allMatch(p -> p.getStatus().equals("pending")),
                    "the job stopped at page 20: later pages never ran");
            assertEquals("Page 1: completed — topic: \"fractions\", subtopic: \"adding-like-fractions\"",
                    before.get(0).getSummary());
            Map<Integer, Integer> askedBefore = requestsPerPage(llm);
            assertTrue(askedBefore.get(FAULTY_PAGE) >= 2, "the engine retried the rate-limited call: " + askedBefore);

            limited.set(false);
            JobView resumed = api.jobs.resumeJob(job);
            assertEquals("processing", resumed.getStatus());
            JobView done = api.awaitEnd(job, TIMEOUT, watched);
            assertEquals("completed", done.getStatus(), done.toString());
            assertEquals(PAGES, done.getPagesDone());
            assertEquals(0, done.getPagesFailed());
            assertEquals(100, done.getProgress());
            assertNotNull(done.getElapsedSeconds());

            List<AnalysisPage> after = api.analysisPages(job);
            Map<Integer, Integer> asked = requestsPerPage(llm);
            for (int n = 1; n < FAULTY_PAGE; n++) {
                AnalysisPage page = after.get(n - 1);
                assertEquals(1, page.getAttempts(), "page " + n + " ran once");
                assertEquals(before.get(n - 1).getCompletedAt(), page.getCompletedAt(), "page " + n + " was not redone");
                assertEquals(1, asked.get(n), "the LLM was asked once for page " + n);
            }
            assertEquals(2, after.get(FAULTY_PAGE - 1).getAttempts(), "page 20: the failed attempt and the resumed one");
            assertEquals("completed", after.get(FAULTY_PAGE - 1).getStatus());
            for (int n = FAULTY_PAGE + 1; n <= PAGES; n++) {
                assertEquals(1, asked.get(n), "page " + n + " asked once");
            }
            // 40 subtopics, 18 once case, separators and plurals are set aside (see SUBTOPICS)
            assertEquals(18, done.getItemsFound(), "repeated subtopics are counted once");

            // consolidation: the items of all pages merged, each with its pages
            JobView consolidation = api.analysis.consolidateAnalysis(job);
            assertEquals("consolidation", consolidation.getKind().getValue());
            assertEquals(job, consolidation.getAnalysisJobId());
            Monotonic merging = new Monotonic();
            JobView merged = api.awaitEnd(consolidation.getId(), TIMEOUT, merging);
            assertEquals("completed", merged.getStatus(), merged.toString());
            JsonObject result = Json.createReader(new StringReader(api.result(merged.getId(), "json"))).readObject();
            Map<String, List<Integer>> pagesOf = new HashMap<>();
            for (JsonValue value : result.getJsonArray("items")) {
                JsonObject item = value.asJsonObject();
                List<Integer> pages = item.getJsonArray("pages").getValuesAs(n -> ((jakarta.json.JsonNumber) n).intValue());
                pagesOf.put(item.getString("name"), pages);
            }
            assertEquals(merged.getItemsFound(), pagesOf.size(), result.toString());
            // spelt alike once normalised (pages 1-3), or near in meaning by their embeddings (page 4): one item
            assertEquals(List.of(1, 2, 3, 4), pagesOf.get("adding-like-fractions"), result.toString());
            assertEquals(List.of(28, 29, 30), pagesOf.get("like-terms"), result.toString());
            assertEquals(List.of(33, 34, 35), pagesOf.get("bar-charts"), result.toString());
            assertTrue(pagesOf.size() <= 17, "near-duplicates merged: " + pagesOf.keySet());
            Set<Integer> covered = new TreeSet<>();
            pagesOf.values().forEach(covered::addAll);
            assertEquals(PAGES, covered.size(), "every page's item is in the result");
            assertTrue(pagesOf.values().stream().filter(p -> p.size() > 1).count() >= 14,
                    "items found on several pages: " + pagesOf);

            // a consolidation of something that is not a finished analysis is refused
            api.refused(409, "NOT_AN_ANALYSIS", () -> api.analysis.consolidateAnalysis(ingestion.getId()));
        }
    }

    @Test
    void theShippedProfileFindsTopicsWithoutANetwork() throws Exception {
        JobView ingestion = api.submitAccepted(List.of(new PageflowClient.FilePart("science.pdf", "application/pdf",
                TestDocuments.bornDigitalPdf(List.of(
                        List.of("Photosynthesis", "Plants use sunlight, water and carbon dioxide to make glucose.",
                                "Photosynthesis happens in the chloroplasts of leaf cells.",
                                "Chlorophyll absorbs sunlight for photosynthesis."),
                        List.of("The water cycle", "Water evaporates from oceans and lakes.",
                                "Water vapour condenses into clouds, then falls as rain.",
                                "Evaporation and condensation drive the water cycle."))))), Map.of());
        assertEquals("completed", api.awaitEnd(ingestion.getId(), TIMEOUT).getStatus());
        api.refused(404, "NOT_FOUND", () -> api.analysis.startAnalysis(ingestion.getDocumentId(),
                new NewAnalysis().profile("no_such_profile")));

        JobView job = api.analysis.startAnalysis(ingestion.getDocumentId(), new NewAnalysis().profile("topics"));
        JobView done = api.awaitEnd(job.getId(), TIMEOUT);
        assertEquals("completed", done.getStatus(), done.toString());
        List<AnalysisPage> pages = api.analysisPages(job.getId());
        assertEquals("local", pages.get(0).getEngine());
        assertTrue(pages.get(0).getSummary().startsWith("Page 1: completed — topic: \""), pages.get(0).getSummary());
        assertTrue(pages.get(0).getResult().toString().contains("photosynthesis"), pages.get(0).getResult().toString());
        assertTrue(pages.get(1).getResult().toString().contains("water"), pages.get(1).getResult().toString());
        assertTrue(done.getItemsFound() >= 2, done.toString());
    }

    /** Fails the test if progress or items found ever go back. */
    static final class Monotonic implements java.util.function.Consumer<JobView> {
        int progress;
        int items;
        int samples;
        boolean sawRunning;

        @Override
        public void accept(JobView job) {
            assertTrue(job.getProgress() >= progress, "progress went back from " + progress + " to " + job);
            assertTrue(job.getItemsFound() >= items, "items found went back from " + items + " to " + job);
            progress = job.getProgress();
            items = job.getItemsFound();
            samples++;
            if (job.getStatus().equals("processing") && job.getCurrentPage() != null) {
                sawRunning = true;
            }
        }
    }

    static int pageOf(JsonObject request) {
        Matcher m = PAGE.matcher(request.toString());
        assertTrue(m.find(), "the prompt names its page: " + request);
        return Integer.parseInt(m.group(1));
    }

    static Map<Integer, Integer> requestsPerPage(OpenAiTestServer llm) {
        Map<Integer, Integer> counts = new HashMap<>();
        llm.received().forEach(r -> counts.merge(pageOf(r.body()), 1, Integer::sum));
        return counts;
    }
}
