package io.pageflow.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pageflow.config.PageflowSettings;

/** The analysis part of the settings checked at boot ({@link PageflowSettings}). */
@ApplicationScoped
public class AnalysisSettings {

    @Inject
    PageflowSettings settings;

    /** Items whose names' embeddings are at least this similar are one item. */
    public double similarity() {
        return settings.analysis().consolidateSimilarity();
    }

    public int consolidateSlicePages() {
        return settings.analysis().consolidateSlicePages();
    }

    public boolean refinesNames() {
        return settings.analysis().consolidateRefineNames();
    }
}
