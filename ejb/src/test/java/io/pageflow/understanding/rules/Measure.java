package io.pageflow.understanding.rules;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.pageflow.understanding.Classification;
import io.pageflow.understanding.FieldValue;
import io.pageflow.understanding.PageInput;
import io.pageflow.understanding.TypeDefinition;
import io.pageflow.understanding.samples.DefaultTypes;
import io.pageflow.understanding.samples.Evaluation;
import io.pageflow.understanding.samples.Sample;

/** Runs the rule engine over samples, each page's text got one way or another, and gathers the figures. */
final class Measure {

    private Measure() {
    }

    /** Classifies every page, and reads the fields of the labelled ones with their true type. */
    static Evaluation run(List<Sample> samples, Function<Sample, String> text, RuleClassifier classifier) {
        List<TypeDefinition> types = DefaultTypes.all();
        RuleExtractor extractor = new RuleExtractor();
        Evaluation evaluation = new Evaluation();
        for (Sample s : samples) {
            PageInput page = new PageInput(1, 1, text.apply(s), "eng");
            Classification c = classifier.classify(page, types, RuleClassifierTest.THRESHOLD);
            Map<String, FieldValue> fields = s.isLookAlike() ? Map.of() : extractor.extract(page, DefaultTypes.type(s.docType()));
            evaluation.add(s, c, fields);
        }
        return evaluation;
    }

    static void print(Evaluation evaluation, String title) {
        System.out.println(evaluation.report(title));
        evaluation.misses().forEach(m -> System.out.println("  miss: " + m));
    }
}
