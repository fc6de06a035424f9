package io.pageflow.understanding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How sure the classifier must be before a page gets a type, how sure the engines must be before a page
 * skips the review queue, how many pages one classify or extract message handles, and which engine
 * classifies.
 */
@ApplicationScoped
public class UnderstandingSettings {

    @Inject
    @ConfigProperty(name = "pageflow.classify.threshold", defaultValue = "0.5")
    double classifyThreshold;

    @Inject
    @ConfigProperty(name = "pageflow.review.confidence", defaultValue = "0.8")
    double reviewConfidence;

    @Inject
    @ConfigProperty(name = "pageflow.understand.slice-pages", defaultValue = "25")
    int slicePages;

    @Inject
    @ConfigProperty(name = "pageflow.classify.engine", defaultValue = "rules")
    String classifyEngine;

    public double classifyThreshold() {
        return classifyThreshold;
    }

    public double reviewConfidence() {
        return reviewConfidence;
    }

    public int slicePages() {
        return Math.max(1, slicePages);
    }

    public boolean classifiesWithLlm() {
        return "llm".equalsIgnoreCase(classifyEngine);
    }
}
