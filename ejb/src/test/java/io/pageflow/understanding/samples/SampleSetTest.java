package io.pageflow.understanding.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.pageflow.understanding.rules.Gstin;

/** The generator: deterministic, consistent values, and pages that render as PDF and as a scan. */
class SampleSetTest {

    final List<Sample> samples = SampleSet.standard();

    @Test
    void theSameSeedGivesTheSamePages() {
        List<Sample> again = SampleSet.standard();
        assertEquals(samples.stream().map(Sample::text).toList(), again.stream().map(Sample::text).toList());
        assertEquals(samples.stream().map(Sample::truth).toList(), again.stream().map(Sample::truth).toList());
        assertTrue(!samples.get(0).text().equals(SampleSet.generate(1, 1, 0, 0).get(0).text()), "another seed, another page");
    }

    @Test
    void theSetHasEveryLayoutAndEnoughLookAlikes() {
        Map<String, Long> byLayout = samples.stream().collect(Collectors.groupingBy(Sample::layout, Collectors.counting()));
        assertTrue(byLayout.keySet().stream().filter(l -> l.startsWith("bill/")).count() >= 4, byLayout.toString());
        assertTrue(byLayout.keySet().stream().filter(l -> l.startsWith("eway_bill/")).count() >= 3, byLayout.toString());
        assertTrue(byLayout.keySet().stream().filter(l -> l.startsWith("unknown/")).count() >= 6, byLayout.toString());
        assertTrue(samples.stream().filter(Sample::isLookAlike).count() >= 20);
        assertTrue(samples.size() >= 60);
    }

    @Test
    void valuesAreValidAndInvoicesAddUp() {
        for (Sample s : samples) {
            for (String gstin : List.of("supplierGstin", "recipientGstin", "transporterId")) {
                JsonValue v = s.truth().get(gstin);
                if (v != null) {
                    assertTrue(Gstin.isValid(((JsonString) v).getString()), s + " " + gstin + " " + v);
                }
            }
            if (s.docType().equals(SampleSet.BILL)) {
                BigDecimal taxes = amount(s, "cgst").add(amount(s, "sgst")).add(amount(s, "igst"));
                BigDecimal items = s.truth().get("lineItems").asJsonArray().stream()
                        .map(i -> i.asJsonObject().getJsonNumber("amount").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal difference = amount(s, "totalAmount").subtract(items.add(taxes)).abs();
                assertTrue(difference.compareTo(new BigDecimal("0.50")) <= 0, s + " total differs by " + difference);
            }
        }
    }

    @Test
    void everyPageRendersAsAPdfWhoseTextLayerSaysTheSameAndAsAScan() throws IOException {
        Map<String, Sample> oneEach = samples.stream().collect(Collectors.toMap(Sample::layout, s -> s, (a, b) -> a));
        for (Sample s : samples) {
            s.page().runs().forEach(r -> assertTrue(r.y() < PageDrawing.HEIGHT - 20, s + " runs off the page: " + r));
            try (PDDocument pdf = Loader.loadPDF(s.pdf())) {
                assertEquals(1, pdf.getNumberOfPages());
                String layer = new PDFTextStripper().getText(pdf);
                // the same lines, but for the rupee sign the standard fonts lack and the width of gaps
                List<String> expected = s.lines().stream().map(PdfPages::printable).map(SampleSetTest::spaced).toList();
                List<String> actual = layer.lines().map(SampleSetTest::spaced).filter(l -> !l.isEmpty()).toList();
                for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                    assertEquals(i < expected.size() ? expected.get(i) : null, i < actual.size() ? actual.get(i) : null,
                            s + " line " + i);
                }
            }
        }
        for (Sample s : oneEach.values()) {
            BufferedImage scan = s.scan(100);
            assertEquals(BufferedImage.TYPE_BYTE_GRAY, scan.getType());
            assertEquals(Math.round(PageDrawing.WIDTH * 100 / 72f), scan.getWidth());
            assertArrayEquals(ScannedPages.png(scan), ScannedPages.png(s.scan(100)), "the noise comes from the seed");
        }
    }

    private static String spaced(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }

    private static BigDecimal amount(Sample s, String field) {
        JsonValue v = s.truth().get(field);
        return v == null ? BigDecimal.ZERO : ((JsonNumber) v).bigDecimalValue();
    }
}
