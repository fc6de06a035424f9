package io.pageflow.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The corpus benchmark's report: for each piece of work and tool, pages per second and CPU seconds (median of the
 * runs, each run in brackets), the character error rate against the reference, and Pageflow's speed as a multiple
 * of each peer's. Written as Markdown with the date, the machine and the command.
 */
final class BenchReport {

    static final String COMMAND = "bench/fetch-corpus.sh && mvn -B verify -pl wildfly-config,ear -am -Pbenchmark "
            + "-Dit.test=CorpusBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false";

    /** The command with the options this run was given beside the defaults, so that the report says how it was made. */
    static String command() {
        StringBuilder command = new StringBuilder(COMMAND);
        for (String option : List.of("pageflow.bench.runs", "pageflow.bench.scans", "pageflow.bench.warmups",
                "pageflow.bench.copies")) {
            String value = System.getProperty(option);
            if (value != null) {
                command.append(" -D").append(option).append('=').append(value);
            }
        }
        return command.toString();
    }

    private final List<String> bornDigitalTruth = new ArrayList<>();
    private final List<String> scannedTruth;
    private final String corpusLine;
    private final String scansLine;
    private final String loadAtStart = Machine.loadAverage();
    /** work → tool → runs, in the order they were added. */
    private final Map<String, Map<String, List<CorpusBenchmark.Run>>> runs = new LinkedHashMap<>();

    BenchReport(BenchCorpus corpus, ScannedPages scans) {
        // each measured run reads the corpus COPIES times over, in the same order
        for (int copy = 0; copy < CorpusBenchmark.COPIES; copy++) {
            for (BenchCorpus.Document document : corpus.documents()) {
                for (int page = 1; page <= document.pages(); page++) {
                    bornDigitalTruth.add(corpus.truth(document.name(), page));
                }
            }
        }
        scannedTruth = scans.scans.stream().map(ScannedPages.Scan::truth).toList();
        corpusLine = corpus.documents().stream().map(d -> d.name() + ".pdf (" + d.pages() + ")")
                .collect(Collectors.joining(", ")) + ": " + corpus.pages() + " pages"
                + (CorpusBenchmark.COPIES > 1
                        ? ", sent " + CorpusBenchmark.COPIES + " times over in each measured run" : "");
        scansLine = scans.scans.stream().map(s -> s.source() + " p" + s.page() + " " + s.dpi() + " DPI " + s.kind())
                .collect(Collectors.joining("; "));
    }

    void add(String work, String tool, CorpusBenchmark.Run run) {
        runs.computeIfAbsent(work, w -> new LinkedHashMap<>()).computeIfAbsent(tool, t -> new ArrayList<>()).add(run);
    }

    Path write(Path dir) throws IOException {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        StringBuilder out = new StringBuilder();
        out.append("# Corpus benchmark, ").append(LocalDate.now(ZoneOffset.UTC)).append("\n\n");
        out.append("- Finished: ").append(now.withNano(0)).append("\n");
        out.append("- Machine: ").append(Machine.describe()).append("\n");
        out.append("- Load average at start / end: ").append(loadAtStart).append(" / ").append(Machine.loadAverage())
                .append("\n");
        out.append("- Command: `").append(command()).append("`\n");
        out.append("- Born-digital corpus: ").append(corpusLine).append("\n");
        out.append("- Scanned pages (made from corpus pages): ").append(scansLine).append("\n");
        out.append("- Warm-up: before the measured runs, Pageflow and Tika server each read the whole born-digital corpus "
                + CorpusBenchmark.WARM_UPS + " times, then the scanned pages once, unmeasured (both are JVMs, whose "
                + "compilers are still at work on the first passes).\n");
        out.append("- Scorer: character error rate = edit distance / reference length, summed over all pages, texts in "
                + "NFKC with whitespace runs as one space; reference = pdftotext's text of the born-digital page. "
                + "Pageflow's text stage runs from the first job's start to the last page's text; its whole pipeline "
                + "from the first upload to the last job's end (index and export included); its CPU is the server "
                + "JVM's over the whole pipeline (the database's is not counted).\n\n");
        for (Map.Entry<String, Map<String, List<CorpusBenchmark.Run>>> work : runs.entrySet()) {
            List<String> truth = work.getKey().equals("scanned") ? scannedTruth : bornDigitalTruth;
            out.append("## ").append(work.getKey()).append(", ").append(truth.size()).append(" pages\n\n");
            out.append("| tool | pages/s, median (runs) | CPU-s, median | character error rate | Pageflow text stage ÷ tool |\n");
            out.append("|---|---|---|---|---|\n");
            double pageflow = median(pagesPerSecond(work.getValue().values().iterator().next(), truth.size()));
            for (Map.Entry<String, List<CorpusBenchmark.Run>> tool : work.getValue().entrySet()) {
                List<Double> speeds = pagesPerSecond(tool.getValue(), truth.size());
                List<Double> cpu = tool.getValue().stream().map(CorpusBenchmark.Run::cpuSeconds).toList();
                List<String> texts = tool.getValue().get(tool.getValue().size() - 1).texts();
                out.append(String.format("| %s | %.2f (%s) | %.1f | %s | %s |%n", tool.getKey(), median(speeds),
                        speeds.stream().map(s -> String.format("%.2f", s)).collect(Collectors.joining(", ")),
                        median(cpu), errorRate(truth, texts), String.format("%.2f", pageflow / median(speeds))));
            }
            out.append("\n");
        }
        Files.createDirectories(dir);
        Path file = dir.resolve("corpus-" + LocalDate.now(ZoneOffset.UTC) + ".md");
        Files.writeString(file, out);
        return file;
    }

    private static String errorRate(List<String> truth, List<String> texts) {
        if (texts.size() != truth.size()) {
            return "n/a (" + texts.size() + " pages for " + truth.size() + ")";
        }
        long errors = 0;
        long length = 0;
        for (int i = 0; i < truth.size(); i++) {
            String expected = BenchCorpus.comparable(truth.get(i));
            errors += TextMetrics.editDistance(expected, BenchCorpus.comparable(texts.get(i)));
            length += expected.length();
        }
        return String.format("%.2f %%", 100.0 * errors / length);
    }

    private static List<Double> pagesPerSecond(List<CorpusBenchmark.Run> runs, int pages) {
        return runs.stream().map(run -> pages / run.seconds()).toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
