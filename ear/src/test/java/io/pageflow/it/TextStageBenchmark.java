package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.model.JobView;
import io.pageflow.client.model.PageView;

/**
 * The text stage on born-digital pages (job start to the last page's text) and a document of blank pages end to
 * end. Run with {@code mvn -B verify -Pbenchmark -Dit.test=TextStageBenchmark} ({@code -Dit.bench.pages=},
 * {@code -Dit.blank.pages=} with {@code -Dit.pdf.max-pages=} above it); asserts only that the work completed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TextStageBenchmark {

    static final TestApi api = new TestApi();

    @Test
    void measure() throws IOException {
        api.awaitEnd(submit(TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(1, 5)))), Duration.ofMinutes(2));
        int pages = Integer.getInteger("it.bench.pages", 300);
        StringBuilder report = new StringBuilder();
        for (int run = 1; run <= 3; run++) {
            long seed = 5000L * run;
            List<List<String>> content = IntStream.range(0, pages).mapToObj(n -> TestDocuments.lines(seed + n, 30))
                    .toList();
            JobView done = api.awaitEnd(submit(TestDocuments.bornDigitalPdf(content)), Duration.ofMinutes(20));
            assertEquals("completed", done.getStatus(), done::toString);
            OffsetDateTime lastText = api.pages(done.getId()).stream().map(PageView::getCompletedAt)
                    .max(OffsetDateTime::compareTo).orElseThrow();
            report.append(String.format("born-digital run %d, %d pages: text stage %.1f pages/s (job start to last page's"
                    + " text), whole job %.1f pages/s%n", run, pages, pages / seconds(done.getStartedAt(), lastText),
                    pages / seconds(done.getStartedAt(), done.getCompletedAt())));
        }
        int blank = Integer.getInteger("it.blank.pages", 300);
        JobView done = api.awaitEnd(submit(blankPdf(blank)), Duration.ofMinutes(20));
        report.append(String.format("blank PDF, %d pages: %s, %d done, %d failed, %.1f s from start to completed%n", blank,
                done.getStatus(), done.getPagesDone(), done.getPagesFailed(), seconds(done.getStartedAt(),
                        done.getCompletedAt() != null ? done.getCompletedAt() : OffsetDateTime.now())));
        System.out.printf("%n== TextStageBenchmark (%d cores) ==%n%s%n", Runtime.getRuntime().availableProcessors(), report);
    }

    private static byte[] blankPdf(int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static long submit(byte[] pdf) {
        return api.submitAccepted(List.of(new PageflowClient.FilePart("bench.pdf", "application/pdf", pdf)), Map.of())
                .getId();
    }

    private static double seconds(OffsetDateTime from, OffsetDateTime to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }
}
