package io.pageflow.understanding.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.pageflow.understanding.samples.Evaluation;
import io.pageflow.understanding.samples.Sample;
import io.pageflow.understanding.samples.SampleSet;

/**
 * The generated pages as born-digital PDFs, read through PDFBox's text layer as the server reads them
 * (standard-14 fonts, so "Rs." where the page says ₹), then classified and extracted.
 */
class BornDigitalPagesTest {

    @Test
    void pdfPagesReadThroughTheirTextLayerAreClassifiedAndExtracted() {
        List<Sample> samples = SampleSet.standard();
        Evaluation evaluation = Measure.run(samples, BornDigitalPagesTest::textLayer, new RuleClassifier(MiniLm.get()));
        Measure.print(evaluation, "born-digital PDFs, " + samples.size() + " pages, PDFBox text layer");
        assertEquals(0, evaluation.lookAlikesTaken());
        assertTrue(evaluation.accuracy() >= 0.98, "accuracy " + evaluation.accuracy());
        assertTrue(evaluation.fieldExactMatch() >= 0.99, "field exact match " + evaluation.fieldExactMatch());
    }

    private static String textLayer(Sample s) {
        try (PDDocument pdf = Loader.loadPDF(s.pdf())) {
            return new PDFTextStripper().getText(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
