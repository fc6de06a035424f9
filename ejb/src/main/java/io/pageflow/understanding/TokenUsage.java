package io.pageflow.understanding;

/** Tokens an LLM call used; {@link #NONE} for the engines that run on the machine. */
public record TokenUsage(int input, int output) {

    public static final TokenUsage NONE = new TokenUsage(0, 0);

    public TokenUsage plus(TokenUsage other) {
        return new TokenUsage(input + other.input, output + other.output);
    }
}
