package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.model.JobView;
import io.pageflow.client.model.PageExtraction;
import io.pageflow.understanding.Classification;
import io.pageflow.understanding.ExtractionJson;
import io.pageflow.understanding.FieldValue;
import io.pageflow.understanding.TokenUsage;
import io.pageflow.understanding.TypeScore;
import io.pageflow.understanding.samples.Evaluation;
import io.pageflow.understanding.samples.Sample;
import io.pageflow.understanding.samples.SampleSet;
import io.pageflow.understanding.samples.ScannedPages;

/**
 * The labelled test set through the whole pipeline: GST invoices, e-way bills and look-alikes (purchase orders,
 * delivery challans, statements, papers, letters…) made by {@link SampleSet}, once as born-digital PDF pages and
 * once as scanned images read by OCR. Prints classification accuracy, the confusion and the field-level exact
 * matches, and holds them to floors measured on this set. {@code -Dunderstanding.scale=N} runs N times as many
 * pages (the figures in docs/understanding.md come from a larger run).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnderstandingAccuracyIT {

    static final TestApi api = new TestApi();
    static final int SCALE = Integer.getInteger("understanding.scale", 1);

    @Test
    void bornDigitalPages() {
        List<Sample> samples = SampleSet.generate(20261130L, 8 * SCALE, 6 * SCALE, 10 * SCALE);
        Evaluation evaluation = run(samples, List.of(new PageflowClient.FilePart("labelled.pdf", "application/pdf",
                onePdf(samples))));
        System.out.println(evaluation.report("born-digital, " + samples.size() + " pages through the pipeline"));
        evaluation.misses().stream().limit(20).forEach(miss -> System.out.println("  miss: " + miss));
        assertEquals(0, evaluation.lookAlikesTaken(), "no look-alike passes as a bill or an e-way bill");
        assertTrue(evaluation.accuracy() >= 0.95, "classification accuracy " + evaluation.accuracy());
        assertTrue(evaluation.fieldExactMatch() >= 0.9, "field exact match " + evaluation.fieldExactMatch());
    }

    @Test
    void scannedPages() {
        List<Sample> samples = SampleSet.generate(20261201L, 4 * SCALE, 3 * SCALE, 4 * SCALE);
        List<PageflowClient.FilePart> scans = new ArrayList<>();
        for (Sample sample : samples) {
            scans.add(new PageflowClient.FilePart(sample.id() + ".png", "image/png",
                    ScannedPages.png(sample.scan(300))));
        }
        Evaluation evaluation = run(samples, scans);
        System.out.println(evaluation.report("scanned at 300 DPI with noise and skew, " + samples.size()
                + " pages through OCR and the pipeline"));
        evaluation.misses().stream().limit(20).forEach(miss -> System.out.println("  miss: " + miss));
        assertEquals(0, evaluation.lookAlikesTaken(), "no look-alike passes as a bill or an e-way bill");
        assertTrue(evaluation.accuracy() >= 0.8, "classification accuracy " + evaluation.accuracy());
        assertTrue(evaluation.fieldExactMatch() >= 0.6, "field exact match " + evaluation.fieldExactMatch());
    }

    /** Submits the pages as one document and reads each page's type and fields back through the API. */
    private static Evaluation run(List<Sample> samples, List<PageflowClient.FilePart> files) {
        JobView job = api.submitAccepted(files, Map.of());
        assertEquals("completed", api.awaitEnd(job.getId(), Duration.ofMinutes(10)).getStatus());
        Evaluation evaluation = new Evaluation();
        for (int i = 0; i < samples.size(); i++) {
            int number = i + 1;
            PageExtraction page = TestApi.call(() -> api.extraction.getPageExtraction(job.getDocumentId(), number));
            List<TypeScore> top = page.getScores().stream().map(s -> new TypeScore(s.getDocType(), s.getScore())).toList();
            Classification classification = new Classification(page.getDocType(), page.getTypeVersion(),
                    page.getConfidence(), top, page.getEngine(), TokenUsage.NONE);
            evaluation.add(samples.get(i), classification, fields(page.getFields()));
        }
        return evaluation;
    }

    private static Map<String, FieldValue> fields(Object generated) {
        if (generated == null) {
            return Map.of();
        }
        try {
            String text = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(generated);
            JsonObject wrapped = Json.createObjectBuilder()
                    .add("fields", Json.createReader(new StringReader(text)).readObject()).build();
            return new LinkedHashMap<>(ExtractionJson.fields(wrapped));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] onePdf(List<Sample> samples) {
        try (PDDocument all = new PDDocument()) {
            List<PDDocument> parts = new ArrayList<>();
            for (Sample sample : samples) {
                PDDocument one = Loader.loadPDF(sample.pdf());
                parts.add(one);
                all.importPage(one.getPage(0));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            all.save(out);
            for (PDDocument part : parts) {
                part.close();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
