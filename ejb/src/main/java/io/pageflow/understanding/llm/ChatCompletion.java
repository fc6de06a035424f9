package io.pageflow.understanding.llm;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import io.pageflow.understanding.TokenUsage;

/** Reads the parts of an OpenAI chat completion that the engine uses. */
final class ChatCompletion {

    private ChatCompletion() {
    }

    /** {@code choices[0].message} and {@code usage}; an answer without a first choice is not a completion. */
    static LlmReply reply(JsonObject completion) {
        JsonArray choices = completion.getJsonArray("choices");
        if (choices == null || choices.isEmpty() || choices.get(0).getValueType() != JsonValue.ValueType.OBJECT) {
            throw LlmCallFailure.Rejected.notACompletion("no choices in " + LlmClient.shorten(completion.toString()));
        }
        JsonObject choice = choices.getJsonObject(0);
        JsonObject message = choice.getJsonObject("message");
        String content = message == null ? null : text(message, "content");
        String refusal = message == null ? null : text(message, "refusal");
        return new LlmReply(content, refusal, text(choice, "finish_reason"), usage(completion));
    }

    private static TokenUsage usage(JsonObject completion) {
        JsonValue usage = completion.get("usage");
        if (usage == null || usage.getValueType() != JsonValue.ValueType.OBJECT) {
            return TokenUsage.NONE;
        }
        return new TokenUsage(count(usage.asJsonObject(), "prompt_tokens"),
                count(usage.asJsonObject(), "completion_tokens"));
    }

    private static int count(JsonObject usage, String name) {
        JsonValue value = usage.get(name);
        return value instanceof JsonNumber number ? number.intValue() : 0;
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING
                ? ((jakarta.json.JsonString) value).getString()
                : null;
    }
}
