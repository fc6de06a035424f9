package io.pageflow.understanding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pageflow.config.PageflowSettings;

/**
 * How sure the classifier must be before a page gets a type, how sure the engines must be before a page
 * skips the review queue, how many pages one classify or extract message handles, and which engine
 * classifies: the understanding part of the settings checked at boot ({@link PageflowSettings}).
 */
@ApplicationScoped
public class UnderstandingSettings {

    @Inject
    PageflowSettings settings;

    public double classifyThreshold() {
        return settings.understanding().classifyThreshold();
    }

    public double reviewConfidence() {
        return settings.understanding().reviewConfidence();
    }

    public int slicePages() {
        return settings.understanding().slicePages();
    }

    public boolean classifiesWithLlm() {
        return "llm".equals(settings.understanding().classifyEngine());
    }
}
