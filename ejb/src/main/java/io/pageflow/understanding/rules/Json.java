package io.pageflow.understanding.rules;

import java.math.BigDecimal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;

/** One JSON provider for the engine: looking it up on every value would cost a service-loader scan each. */
final class Json {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Json() {
    }

    static JsonString string(String value) {
        return PROVIDER.createValue(value);
    }

    static JsonNumber number(BigDecimal value) {
        return PROVIDER.createValue(value);
    }

    static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }
}
