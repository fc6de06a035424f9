package io.pageflow.understanding.stage;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineException;
import io.pageflow.index.Embedder;
import io.pageflow.understanding.ClassificationEngine;
import io.pageflow.understanding.FieldValue;
import io.pageflow.understanding.PageInput;
import io.pageflow.understanding.TokenUsage;
import io.pageflow.understanding.TypeDefinition;
import io.pageflow.understanding.UnderstandingSettings;
import io.pageflow.understanding.llm.LlmEngine;
import io.pageflow.understanding.llm.LlmExtraction;
import io.pageflow.understanding.rules.RuleClassifier;
import io.pageflow.understanding.rules.RuleExtractor;

/**
 * Which engine reads a page: the rules engine on the machine by default; the LLM engine for classification
 * when {@code PAGEFLOW_CLASSIFY_ENGINE=llm}, and for the fields of types whose definition says
 * {@code "engine": "llm"}.
 */
@ApplicationScoped
public class Engines {

    /** Fields found on a page, and the tokens it cost. */
    public record Extracted(Map<String, FieldValue> fields, TokenUsage tokens) {
    }

    @Inject
    Embedder embedder;

    @Inject
    UnderstandingSettings settings;

    @Inject
    LlmEngine llm;

    private volatile RuleClassifier ruleClassifier;
    private final RuleExtractor ruleExtractor = new RuleExtractor();

    public ClassificationEngine classifier() {
        if (settings.classifiesWithLlm()) {
            requireLlm("PAGEFLOW_CLASSIFY_ENGINE=llm");
            return llm;
        }
        RuleClassifier rules = ruleClassifier;
        if (rules == null) {
            synchronized (this) {
                if (ruleClassifier == null) {
                    ruleClassifier = new RuleClassifier(embedder);
                }
                rules = ruleClassifier;
            }
        }
        return rules;
    }

    public Extracted extract(PageInput page, TypeDefinition type) {
        if ("llm".equals(type.engine())) {
            requireLlm("type " + type.name());
            LlmExtraction found = llm.extraction(page, type);
            return new Extracted(found.fields(), found.tokens());
        }
        return new Extracted(ruleExtractor.extract(page, type), TokenUsage.NONE);
    }

    /** The rule engine's reading of a page, whatever engine the type asks for (cheap, on the machine). */
    public Map<String, FieldValue> ruleFields(PageInput page, TypeDefinition type) {
        return ruleExtractor.extract(page, type);
    }

    private void requireLlm(String who) {
        if (!llm.isConfigured()) {
            throw new PipelineException(ErrorCode.LLM_ERROR, who + " asks for the LLM engine, which is not configured"
                    + " (PAGEFLOW_LLM_BASE_URL)");
        }
    }
}
