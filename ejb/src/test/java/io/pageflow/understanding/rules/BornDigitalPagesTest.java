package io.pageflow.understanding.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.pageflow.understanding.Classification;
import io.pageflow.understanding.FieldValue;
import io.pageflow.understanding.PageInput;
import io.pageflow.understanding.TypeDefinition;
import io.pageflow.understanding.samples.DefaultTypes;
import io.pageflow.understanding.samples.Evaluation;
import io.pageflow.understanding.samples.Sample;
import io.pageflow.understanding.samples.SampleSet;

/**
 * The generated pages as born-digital PDFs, read through PDFBox's text layer as the server reads them
 * (standard-14 fonts, so "Rs." where the page says ₹), then classified and extracted.
 */
class BornDigitalPagesTest {

    @Test
    void pdfPagesReadThroughTheirTextLayerAreClassifiedAndExtracted() throws IOException {
        List<TypeDefinition> types = DefaultTypes.all();
        RuleClassifier classifier = new RuleClassifier(MiniLm.get());
        RuleExtractor extractor = new RuleExtractor();
        Evaluation evaluation = new Evaluation();
        List<Sample> samples = SampleSet.standard();
        for (Sample s : samples) {
            String text;
            try (PDDocument pdf = Loader.loadPDF(s.pdf())) {
                text = new PDFTextStripper().getText(pdf);
            }
            PageInput page = new PageInput(1, 1, text, "eng");
            Classification c = classifier.classify(page, types, RuleClassifierTest.THRESHOLD);
            Map<String, FieldValue> fields = s.isLookAlike() ? Map.of() : extractor.extract(page, DefaultTypes.type(s.docType()));
            evaluation.add(s, c, fields);
        }
        System.out.println(evaluation.report("born-digital PDFs, " + samples.size() + " pages, PDFBox text layer"));
        evaluation.misses().forEach(m -> System.out.println("  miss: " + m));
        assertEquals(0, evaluation.lookAlikesTaken());
        assertTrue(evaluation.accuracy() >= 0.98, "accuracy " + evaluation.accuracy());
        assertTrue(evaluation.fieldExactMatch() >= 0.99, "field exact match " + evaluation.fieldExactMatch());
    }
}
