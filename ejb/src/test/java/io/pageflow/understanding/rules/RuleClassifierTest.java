package io.pageflow.understanding.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.pageflow.understanding.Classification;
import io.pageflow.understanding.PageInput;
import io.pageflow.understanding.TextEmbedder;
import io.pageflow.understanding.TokenUsage;
import io.pageflow.understanding.TypeDefinition;
import io.pageflow.understanding.TypeScore;
import io.pageflow.understanding.samples.DefaultTypes;
import io.pageflow.understanding.samples.Evaluation;
import io.pageflow.understanding.samples.Sample;
import io.pageflow.understanding.samples.SampleSet;

/** The rule classifier with the real sentence model on the generated text set, and its contract on odd input. */
class RuleClassifierTest {

    /** The confidence below which a page is unknown in these tests (and the suggested default). */
    static final double THRESHOLD = 0.5;

    final List<TypeDefinition> types = DefaultTypes.all();

    @Test
    void theTextSetIsClassifiedAsLabelledAndNoLookAlikePasses() {
        List<Sample> samples = SampleSet.standard();
        RuleClassifier classifier = new RuleClassifier(MiniLm.get());
        classifier.classify(page("warm-up"), types, THRESHOLD);
        Evaluation evaluation = new Evaluation();
        List<String> errors = new ArrayList<>();
        long started = System.nanoTime();
        for (Sample s : samples) {
            Classification c = classifier.classify(page(s.text()), types, THRESHOLD);
            evaluation.add(s, c, Map.of());
            if (!c.docType().equals(s.docType())) {
                errors.add(s + " classified " + c.docType() + " " + c.top());
            }
        }
        double msPerPage = (System.nanoTime() - started) / 1e6 / samples.size();
        System.out.println(evaluation.report("text set, " + samples.size() + " pages, rules + MiniLM")
                .replaceAll("field exact match[\\s\\S]*", ""));
        System.out.printf("classification cost %.1f ms per page (embedding included)%n", msPerPage);
        errors.forEach(e -> System.out.println("  " + e));

        assertTrue(samples.size() >= 60 && evaluation.lookAlikes() >= 20, "the set is big enough");
        assertEquals(0, evaluation.lookAlikesTaken(), "look-alikes taken for a bill or an e-way bill: " + errors);
        assertTrue(evaluation.accuracy() >= 0.98, "classification accuracy " + evaluation.accuracy() + " " + errors);
        assertTrue(errors.stream().noneMatch(e -> e.contains("bill/") && e.contains("classified eway_bill")
                || e.contains("eway_bill/") && e.contains("classified bill ")), "invoices and e-way bills confused");
    }

    @Test
    void anInvoiceThatCarriesItsEwayBillNumberIsStillABill() {
        RuleClassifier classifier = new RuleClassifier(MiniLm.get());
        List<Sample> eInvoices = SampleSet.standard().stream().filter(s -> s.layout().equals("bill/e-invoice")).toList();
        assertFalse(eInvoices.isEmpty());
        for (Sample s : eInvoices) {
            assertTrue(s.text().contains("E-Way Bill No"), "the layout prints an e-way bill number");
            Classification c = classifier.classify(page(s.text()), types, THRESHOLD);
            assertEquals("bill", c.docType(), s + " " + c.top());
            assertTrue(score(c, "eway_bill") < 0.3, s + " " + c.top());
        }
    }

    @Test
    void theBestThreeScoresAreGivenAndUnknownHasWhatTheBestLeaves() {
        Sample invoice = SampleSet.standard().get(0);
        Classification c = new RuleClassifier(MiniLm.get()).classify(page(invoice.text()), types, THRESHOLD);
        assertEquals("bill", c.docType());
        assertEquals(1, c.typeVersion());
        assertEquals(RuleClassifier.ENGINE, c.engine());
        assertEquals(TokenUsage.NONE, c.tokens());
        assertEquals(3, c.top().size());
        assertEquals(c.confidence(), c.top().get(0).score());
        assertTrue(c.top().get(0).score() >= c.top().get(1).score() && c.top().get(1).score() >= c.top().get(2).score());
        assertEquals(1 - c.confidence(), score(c, "unknown"), 1e-4);
        assertTrue(c.confidence() > 0 && c.confidence() <= 1);
    }

    @Test
    void belowTheThresholdAPageIsUnknownAtTheUnknownTypesVersion() {
        List<TypeDefinition> withUnknownV3 = List.of(DefaultTypes.type("bill"), DefaultTypes.type("eway_bill"),
                new TypeDefinition("unknown", 3, DefaultTypes.definition("unknown")));
        Sample invoice = SampleSet.standard().get(0);
        Classification c = new RuleClassifier(MiniLm.get()).classify(page(invoice.text()), withUnknownV3, 1.01);
        assertTrue(c.isUnknown());
        assertEquals(3, c.typeVersion());
        assertEquals("bill", c.top().stream().filter(t -> !t.docType().equals("unknown")).findFirst().orElseThrow().docType(),
                "the scores still say what it was closest to");
    }

    @Test
    void emptyAndGarbagePagesAreUnknownWithoutAnError() {
        RuleClassifier classifier = new RuleClassifier(MiniLm.get());
        for (String text : new String[] {"", "   \n\n  ", "\u0000\u0001\u0002 \uFFFD\uFFFD", "lorem ipsum dolor sit amet"}) {
            Classification c = classifier.classify(page(text), types, THRESHOLD);
            assertTrue(c.isUnknown(), text);
            assertEquals(3, c.top().size());
        }
        assertTrue(classifier.classify(new PageInput(1, 1, null, "eng"), types, THRESHOLD).isUnknown());
    }

    @Test
    void withoutAnEmbedderTheRulesAloneDecide() {
        RuleClassifier classifier = new RuleClassifier(null);
        Evaluation evaluation = new Evaluation();
        for (Sample s : SampleSet.standard()) {
            evaluation.add(s, classifier.classify(page(s.text()), types, THRESHOLD), Map.of());
        }
        assertEquals(0, evaluation.lookAlikesTaken());
        assertTrue(evaluation.accuracy() >= 0.98, "rules alone: " + evaluation.accuracy());
    }

    @Test
    void aTypesDescriptionAndExamplesAreEmbeddedOncePerVersion() {
        AtomicInteger texts = new AtomicInteger();
        TextEmbedder counting = counting(texts);
        List<Sample> samples = SampleSet.standard();
        String bill = samples.stream().filter(s -> s.docType().equals("bill")).findFirst().orElseThrow().text();
        String ewayBill = samples.stream().filter(s -> s.docType().equals("eway_bill")).findFirst().orElseThrow().text();
        RuleClassifier classifier = new RuleClassifier(counting);
        classifier.classify(page(bill), types, THRESHOLD);
        int first = texts.get();
        assertTrue(first > 3, "the page and the types' references: " + first);
        classifier.classify(page(ewayBill), types, THRESHOLD);
        classifier.classify(page(bill), types, THRESHOLD);
        assertEquals(first + 2, texts.get(), "later pages embed only themselves");
        TypeDefinition billV2 = new TypeDefinition("bill", 2, DefaultTypes.definition("bill"));
        classifier.classify(page(bill), List.of(billV2, DefaultTypes.type("unknown")), THRESHOLD);
        assertTrue(texts.get() > first + 3, "a new version is embedded afresh");
    }

    @Test
    void aPageNoTypeCouldReachIsNotEmbeddedAndStaysUnknown() {
        AtomicInteger texts = new AtomicInteger();
        TextEmbedder counting = counting(texts);
        RuleClassifier classifier = new RuleClassifier(counting);
        String manual = "3 Data structures\nA vector is the simplest structure; a list may hold vectors of any mode.\n"
                + "Attributes such as names and dimensions are kept with the object.";
        Classification c = classifier.classify(page(manual), types, THRESHOLD);
        assertEquals(0, texts.get(), "no type could reach the threshold, whatever the page's embedding");
        assertTrue(c.isUnknown());
        assertEquals(1.0, c.confidence(), "the rules found nothing of any type");
        assertEquals(3, c.top().size());

    }

    @Test
    void brokenRulesAreReportedAndSkippedNotThrown() {
        JsonObject definition = Json.createObjectBuilder().add("description", "broken")
                .add("classification", Json.createObjectBuilder()
                        .add("keywords", Json.createArrayBuilder().add("ok phrase").add(Json.createObjectBuilder().add("weight", 1)))
                        .add("patterns", Json.createArrayBuilder().add("([unclosed"))
                        .add("saturation", "high"))
                .build();
        TypeDefinition broken = new TypeDefinition("broken", 1, definition);
        List<String> problems = RuleClassifier.problems(broken);
        assertEquals(2, problems.size(), problems.toString());
        Classification c = new RuleClassifier(null).classify(page("ok phrase"), List.of(broken), 0.05);
        assertEquals("broken", c.docType(), "the rules that compile still count");
    }

    /** MiniLM, counting the texts it embeds. */
    private static TextEmbedder counting(AtomicInteger texts) {
        return batch -> {
            texts.addAndGet(batch.size());
            return MiniLm.get().embedAll(batch);
        };
    }

    static PageInput page(String text) {
        return new PageInput(1, 1, text, "eng");
    }

    static double score(Classification c, String type) {
        return c.top().stream().filter(t -> t.docType().equals(type)).mapToDouble(TypeScore::score).findFirst().orElse(0);
    }
}
