package io.pageflow.index;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * A benchmark, not a test: embedding speed and vector-search recall, the former embedder (langchain4j's
 * all-MiniLM-L6-v2 class, as the index stage used it) against {@link SentenceEncoder} with each model file, on the
 * chunks of real PDFs cut as the index stage cuts them. Prints its figures; asserts nothing. Run with
 * <pre>mvn -B -o test -pl ejb -am -Dtest=EmbeddingBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.embedding=true [-Dbench.pdfs=a.pdf,b.pdf] [-Dbench.models=FULL,QUANTIZED] [-Dbench.batches=1,8,16,32]</pre>
 * Recall@5: a line copied from page N (found on that page only), searched among the chunks of its document,
 * has a chunk covering page N among the first five; long lines have six words or more, short ones two to five.
 */
@EnabledIfSystemProperty(named = "bench.embedding", matches = "true")
class EmbeddingBenchmark {

    record Doc(String name, List<List<String>> pageLines, List<ChunkDraft> chunks) {
    }

    record Query(int doc, String text, int page, boolean isLong) {
    }

    @Test
    void compare() throws IOException {
        List<Doc> docs = new ArrayList<>();
        for (String pdf : System.getProperty("bench.pdfs", "../docs/samples/shared-mime-info-spec.pdf").split(",")) {
            docs.add(read(Path.of(pdf.strip())));
        }
        List<String> texts = docs.stream().flatMap(d -> d.chunks().stream()).map(ChunkDraft::content).toList();
        List<Query> queries = queries(docs);
        System.out.printf(Locale.ROOT, "%d documents, %d chunks, %d long and %d short queries; %d cores%n", docs.size(),
                texts.size(), queries.stream().filter(Query::isLong).count(),
                queries.stream().filter(q -> !q.isLong()).count(), Runtime.getRuntime().availableProcessors());

        AllMiniLmL6V2EmbeddingModel former = new AllMiniLmL6V2EmbeddingModel();
        Function<List<String>, List<float[]>> formerEmbedder = batch -> former.embedAll(
                batch.stream().map(TextSegment::from).toList()).content().stream().map(Embedding::vector)
                .map(SentenceEncoder::unit).toList();
        int threads = Integer.getInteger("bench.threads", Runtime.getRuntime().availableProcessors());
        int[] batches = java.util.Arrays.stream(System.getProperty("bench.batches", "1,8,16,32").split(","))
                .mapToInt(Integer::parseInt).toArray();

        List<float[]> formerChunks = speed("former (langchain4j, full)", formerEmbedder, texts);
        List<float[]> formerQueries = formerEmbedder.apply(queries.stream().map(Query::text).toList());
        recall("former (langchain4j, full)", docs, queries, formerChunks, formerQueries);

        for (String name : System.getProperty("bench.models", "FULL,QUANTIZED").split(",")) {
            EmbeddingModelFile file = EmbeddingModelFile.valueOf(name);
            List<float[]> chunks = null;
            for (int batch : batches) {
                try (SentenceEncoder encoder = new SentenceEncoder(file, threads, batch)) {
                    chunks = speed(file + " batch " + batch + " threads " + threads, encoder::encode, texts);
                }
            }
            try (SentenceEncoder encoder = new SentenceEncoder(file, threads, 16)) {
                List<float[]> queryVectors = encoder.encode(queries.stream().map(Query::text).toList());
                recall(file.name(), docs, queries, chunks, queryVectors);
                recall(file.name() + " queries, former chunks", docs, queries, formerChunks, queryVectors);
                double least = 1;
                for (int i = 0; i < texts.size(); i++) {
                    least = Math.min(least, dot(chunks.get(i), formerChunks.get(i)));
                }
                System.out.printf(Locale.ROOT, "  %s vs former, same chunk: least cosine %.4f%n", file, least);
            }
        }
    }

    /** Embeds every text in groups of 32 (as the index stage's writer hands them over), after a warm-up. */
    static List<float[]> speed(String name, Function<List<String>, List<float[]>> embedder, List<String> texts) {
        embedder.apply(texts.subList(0, Math.min(8, texts.size())));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        List<float[]> vectors = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += 32) {
            vectors.addAll(embedder.apply(texts.subList(from, Math.min(texts.size(), from + 32))));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        System.out.printf(Locale.ROOT, "%-45s %6.1f chunks/s  %6.1f chunks per CPU-second  (%.1f s, load %.2f)%n",
                name, texts.size() / seconds, texts.size() / cpuSeconds, seconds, os.getSystemLoadAverage());
        return vectors;
    }

    static void recall(String name, List<Doc> docs, List<Query> queries, List<float[]> chunkVectors,
            List<float[]> queryVectors) {
        int[] found = new int[2];
        int[] total = new int[2];
        for (int q = 0; q < queries.size(); q++) {
            Query query = queries.get(q);
            int offset = 0;
            for (int d = 0; d < query.doc(); d++) {
                offset += docs.get(d).chunks().size();
            }
            List<ChunkDraft> chunks = docs.get(query.doc()).chunks();
            float[] vector = queryVectors.get(q);
            int base = offset;
            List<Integer> top = IntStream.range(0, chunks.size()).boxed()
                    .sorted(Comparator.comparingDouble((Integer c) -> -dot(vector, chunkVectors.get(base + c))))
                    .limit(5).toList();
            int kind = query.isLong() ? 0 : 1;
            total[kind]++;
            if (top.stream().anyMatch(c -> chunks.get(c).pageStart() <= query.page() && query.page() <= chunks.get(c).pageEnd())) {
                found[kind]++;
            }
        }
        System.out.printf(Locale.ROOT, "  recall@5 %-40s long %.3f (%d/%d)  short %.3f (%d/%d)%n", name,
                (double) found[0] / total[0], found[0], total[0], (double) found[1] / total[1], found[1], total[1]);
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static Doc read(Path pdf) throws IOException {
        List<List<String>> pageLines = new ArrayList<>();
        List<PageText> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc);
                pages.add(new PageText(p, text));
                pageLines.add(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
            }
        }
        List<ChunkDraft> chunks = new ArrayList<>();
        new Chunker(pages.iterator(), 1000, 150).forEachRemaining(chunks::add);
        return new Doc(pdf.getFileName().toString(), pageLines, chunks);
    }

    /** Up to three long and three short lines per page, each found on that page only, spread over the page. */
    static List<Query> queries(List<Doc> docs) {
        List<Query> queries = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            List<List<String>> pages = docs.get(d).pageLines();
            for (boolean isLong : List.of(true, false)) {
                for (int p = 0; p < pages.size(); p++) {
                    List<String> candidates = new ArrayList<>();
                    for (String line : pages.get(p)) {
                        int words = line.split("\\s+").length;
                        boolean fits = isLong ? words >= 6 : words >= 2 && words <= 5 && line.matches(".*\\p{L}{4}.*");
                        if (fits && onOnePage(pages, line) && !candidates.contains(line)) {
                            candidates.add(line);
                        }
                    }
                    int n = Math.min(3, candidates.size());
                    for (int i = 0; i < n; i++) {
                        queries.add(new Query(d, candidates.get(i * candidates.size() / n), p + 1, isLong));
                    }
                }
            }
        }
        return queries;
    }

    /** Compared by words only (as HybridSearchIT does): a table of contents repeats a heading's words. */
    static boolean onOnePage(List<List<String>> pages, String line) {
        String needle = words(line);
        return !needle.isBlank() && pages.stream().filter(page -> words(String.join(" ", page)).contains(needle))
                .count() == 1;
    }

    static String words(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    }
}
