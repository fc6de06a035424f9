package io.pageflow.understanding.llm;

import io.pageflow.understanding.TokenUsage;

/**
 * What a chat completion answered: {@code choices[0].message}'s content (or refusal), why the model stopped,
 * and the tokens the call used ({@code usage.prompt_tokens}, {@code usage.completion_tokens}).
 */
record LlmReply(String content, String refusal, String finishReason, TokenUsage tokens) {

    boolean wasCutOff() {
        return "length".equals(finishReason);
    }
}
