package io.pageflow.analysis.engine;

import io.pageflow.analysis.profile.ProfileDefinition;

/** Runs a profile over one page's text. Failures are {@link io.pageflow.error.PipelineException}s with a code. */
public interface AnalysisEngine {

    PageAnalysis analyse(ProfileDefinition profile, int pageNumber, String text);
}
