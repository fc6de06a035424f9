package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.pageflow.client.model.JobView;
import io.pageflow.client.model.SearchHit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hybrid search on a real document (the 17-page Shared MIME-info specification shipped in docs/samples): lines
 * copied from its pages, long and short, must find their page; each mode answers as documented.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HybridSearchIT {

    static final Path SPEC = Path.of(System.getProperty("basedir", "."))
            .resolve("../docs/samples/shared-mime-info-spec.pdf");

    static final TestApi api = new TestApi();
    static long document;
    /** Per page (index 0 = page 1), its lines as PDFBox reads them. */
    static List<List<String>> pageLines;
    /** The specification, and for measuring only more PDFs named by {@code -Dit.search.corpus=a.pdf,b.pdf}. */
    static final List<Corpus> corpus = new ArrayList<>();

    /** A document indexed by Pageflow and the lines of its pages. */
    record Corpus(String name, long document, List<List<String>> pageLines) {
    }

    @BeforeAll
    static void indexTheSpecification() throws IOException {
        List<Path> pdfs = new ArrayList<>(List.of(SPEC));
        for (String more : System.getProperty("it.search.corpus", "").split(",")) {
            if (!more.isBlank()) {
                pdfs.add(Path.of(more.strip()));
            }
        }
        for (Path path : pdfs) {
            byte[] pdf = Files.readAllBytes(path);
            JobView queued = api.submitAccepted(List.of(new PageflowClient.FilePart(path.getFileName().toString(),
                    "application/pdf", pdf)), Map.of());
            JobView done = api.awaitEnd(queued.getId(), Duration.ofMinutes(4));
            assertEquals("completed", done.getStatus(), () -> "job ended " + done);
            corpus.add(new Corpus(path.getFileName().toString(), done.getDocumentId(), lines(pdf)));
        }
        document = corpus.get(0).document();
        pageLines = corpus.get(0).pageLines();
    }

    @Test
    void anExactLineFindsItsPageFirst() {
        List<String> misses = new ArrayList<>();
        for (Query query : queries(true, 1)) {
            List<SearchHit> hits = api.search(query.text(), 5, document);
            assertFalse(hits.isEmpty(), query.text());
            if (!covers(hits.get(0), query.page())) {
                misses.add(query + " → first hit pages " + hits.get(0).getPageStart() + "-" + hits.get(0).getPageEnd());
            }
        }
        assertEquals(List.of(), misses, "lines whose page was not the first hit in hybrid mode");
    }

    @Test
    void textModeMatchesWordsAndHighlightsThem() {
        List<SearchHit> hits = api.search("alias elements", 5, document, "text");
        assertFalse(hits.isEmpty());
        hits.forEach(hit -> assertEquals(List.of("text"), hit.getMatchedBy()));
        assertTrue(covers(hits.get(0), pageOf("alias elements indicate")), "first hit " + hits.get(0));
        String snippet = hits.get(0).getSnippet();
        assertTrue(snippet.contains("<mark>alias</mark>") && snippet.contains("<mark>elements</mark>"), snippet);
        assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").matches(".*[<>].*"), "escaped: " + snippet);

        assertEquals(List.of(), api.search("xylophone", 5, document, "text"), "no chunk has the word");
    }

    @Test
    void vectorModeRanksByCosineSimilarityAlone() {
        List<SearchHit> hits = api.search("how to find the type of a file from its contents", 5, document, "vector");
        assertEquals(5, hits.size());
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            assertEquals(List.of("vector"), hit.getMatchedBy());
            assertTrue(hit.getScore() > -1 && hit.getScore() <= 1.0001, "cosine " + hit.getScore());
            assertTrue(i == 0 || hits.get(i - 1).getScore() >= hit.getScore(), "best first");
            assertFalse(hit.getSnippet().isBlank());
        }
    }

    @Test
    void hybridHitsSayWhatMatchedAndCarryASnippet() {
        List<SearchHit> hits = api.search("magic-deleteall element", 5, document);
        SearchHit first = hits.get(0);
        assertEquals(List.of("text", "vector"), first.getMatchedBy(), "first hit " + first);
        // PostgreSQL's parser reads the hyphenated word as the whole and its parts; the parts are marked
        assertTrue(first.getSnippet().contains("<mark>deleteall</mark>"), first.getSnippet());
        assertTrue(hits.stream().allMatch(h -> !h.getMatchedBy().isEmpty()));
    }

    @Test
    void anUnknownModeIsRefused() {
        api.refused(400, "INVALID_PARAMETER", () -> api.search.search("magic", null, document, 5, "fuzzy"));
    }

    /**
     * Recall@5 of lines copied from the pages, per mode, for long lines and for lines of five words or fewer.
     * The floors (on the specification) fail when a ranking is broken; the measured figures are printed and kept
     * in docs/pipeline.md.
     */
    @Test
    void linesCopiedFromPagesFindTheirPage() {
        Map<String, Double> floors = Map.of("hybrid long", 0.95, "hybrid short", 0.9);
        for (Corpus doc : corpus) {
            Map<String, Double> recall = new LinkedHashMap<>();
            for (boolean longLines : List.of(true, false)) {
                List<Query> queries = queries(doc.pageLines(), longLines, 3);
                for (String mode : List.of("hybrid", "text", "vector")) {
                    long found = queries.stream().filter(q -> api.search(q.text(), 5, doc.document(), mode).stream()
                            .anyMatch(h -> covers(h, q.page()))).count();
                    recall.put(mode + (longLines ? " long" : " short"), (double) found / queries.size());
                }
                recall.put((longLines ? "long" : "short") + " queries", (double) queries.size());
            }
            System.out.println("HybridSearchIT recall@5 " + doc.name() + " " + recall);
            if (doc.document() == document) {
                floors.forEach((name, floor) -> assertTrue(recall.get(name) >= floor, name + " = " + recall.get(name)));
            }
        }
    }

    record Query(String text, int page) {
    }

    /**
     * Lines found on one page only: long ones (six words or more) or short ones (two to five words, one of them
     * at least four letters), at most {@code perPage} per page, spread over the page.
     */
    static List<Query> queries(boolean longLines, int perPage) {
        return queries(pageLines, longLines, perPage);
    }

    static List<Query> queries(List<List<String>> pageLines, boolean longLines, int perPage) {
        List<Query> queries = new ArrayList<>();
        for (int p = 0; p < pageLines.size(); p++) {
            List<String> candidates = new ArrayList<>();
            for (String line : pageLines.get(p)) {
                int words = line.split("\\s+").length;
                boolean fits = longLines ? words >= 6 : words >= 2 && words <= 5 && line.matches(".*\\p{L}{4}.*");
                if (fits && onOnePage(pageLines, line) && !candidates.contains(line)) {
                    candidates.add(line);
                }
            }
            for (int i = 0; i < Math.min(perPage, candidates.size()); i++) {
                queries.add(new Query(candidates.get(i * candidates.size() / Math.min(perPage, candidates.size())), p + 1));
            }
        }
        return queries;
    }

    /** Compared by words only: a line of the table of contents holds a heading's words with other punctuation. */
    static boolean onOnePage(List<List<String>> pageLines, String line) {
        String needle = words(line);
        return !needle.isBlank() && pageLines.stream().filter(page -> words(String.join(" ", page)).contains(needle))
                .count() == 1;
    }

    static String words(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    }

    static int pageOf(String start) {
        for (int p = 0; p < pageLines.size(); p++) {
            if (pageLines.get(p).stream().anyMatch(l -> l.contains(start))) {
                return p + 1;
            }
        }
        throw new AssertionError("no page has a line with " + start);
    }

    static boolean covers(SearchHit hit, int page) {
        return hit.getPageStart() <= page && page <= hit.getPageEnd();
    }

    static List<List<String>> lines(byte[] pdf) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
            }
        }
        return pages;
    }
}
