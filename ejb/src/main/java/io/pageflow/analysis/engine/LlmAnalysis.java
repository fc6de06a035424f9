package io.pageflow.analysis.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pageflow.analysis.profile.ProfileDefinition;
import io.pageflow.understanding.llm.LlmEngine;
import io.pageflow.understanding.llm.LlmJson;

/**
 * The profile's prompt sent to the LLM engine of the understanding stages (same endpoint, fault-tolerance policy
 * and error codes), the answer asked for and checked against the profile's schema.
 */
@ApplicationScoped
public class LlmAnalysis implements AnalysisEngine {

    public static final String ENGINE = "llm";

    private static final String INSTRUCTIONS = """
            You analyse one page of a document as the user's instructions say and answer with a JSON object \
            matching the schema you are given. Use only what the page says; never invent.""";

    @Inject
    LlmEngine llm;

    @Override
    public PageAnalysis analyse(ProfileDefinition profile, int pageNumber, String text) {
        LlmJson reply = llm.answer("page_analysis", INSTRUCTIONS + "\n\n" + profile.description(),
                profile.prompt(pageNumber, text == null ? "" : text), profile.schema());
        return new PageAnalysis(reply.answer(), ENGINE, reply.tokens());
    }
}
