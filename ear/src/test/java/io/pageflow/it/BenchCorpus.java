package io.pageflow.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;

/**
 * The public corpus that bench/fetch-corpus.sh lays out: born-digital PDFs in {@code pdf/} and, for each page, the
 * reference text in {@code truth/NAME-N.txt} (poppler's pdftotext, a reader independent of PDFBox).
 */
record BenchCorpus(Path dir, List<Document> documents) {

    record Document(String name, Path pdf, int pages) {
    }

    /** The corpus at {@code dir}, or only the named documents (comma-separated) when {@code only} is not blank. */
    static BenchCorpus load(Path dir, String only) {
        List<String> names = only.isBlank() ? List.of() : List.of(only.split(","));
        if (!Files.isDirectory(dir.resolve("pdf"))) {
            throw new IllegalStateException("No corpus at " + dir + ": run bench/fetch-corpus.sh first");
        }
        try (Stream<Path> pdfs = Files.list(dir.resolve("pdf"))) {
            List<Document> documents = pdfs.filter(p -> p.toString().endsWith(".pdf")).sorted()
                    .filter(p -> names.isEmpty() || names.contains(p.getFileName().toString().replaceFirst("\\.pdf$", ""))).map(pdf -> {
                String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
                int pages = 0;
                while (Files.exists(truthFile(dir, name, pages + 1))) {
                    pages++;
                }
                return new Document(name, pdf, pages);
            }).toList();
            return new BenchCorpus(dir, documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pages() {
        return documents.stream().mapToInt(Document::pages).sum();
    }

    String truth(String name, int page) {
        try {
            return Files.readString(truthFile(dir, name, page), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text as the scorer compares it: compatibility forms folded (the ligature "ﬁ" is "fi" to a reader, whichever
     * way a tool writes it), whitespace runs made one space.
     */
    static String comparable(String text) {
        return TextMetrics.normalize(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC));
    }

    private static Path truthFile(Path dir, String name, int page) {
        return dir.resolve("truth").resolve(name + "-" + page + ".txt");
    }
}
