package io.pageflow.analysis.stage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import io.pageflow.analysis.ConsolidatedItem;
import io.pageflow.analysis.engine.ItemName;
import io.pageflow.understanding.llm.LlmEngine;

/**
 * Asks the LLM engine, in one call, for one name for each item that was seen under several names. Names it
 * gives for items it was not asked about are ignored; an item it leaves out keeps its name.
 */
@ApplicationScoped
public class NameRefinement {

    private static final int MAX_ITEMS = 200;
    private static final JsonObject SCHEMA = Json.createObjectBuilder()
            .add("type", "object")
            .add("properties", Json.createObjectBuilder().add("names", Json.createObjectBuilder()
                    .add("type", "array")
                    .add("items", Json.createObjectBuilder().add("type", "object")
                            .add("properties", Json.createObjectBuilder()
                                    .add("key", Json.createObjectBuilder().add("type", "string"))
                                    .add("name", Json.createObjectBuilder().add("type", "string").add("minLength", 1)))
                            .add("required", Json.createArrayBuilder().add("key").add("name")))))
            .add("required", Json.createArrayBuilder().add("names"))
            .build();

    @Inject
    LlmEngine llm;

    /** @return how many items got another name */
    public int refine(List<ConsolidatedItem> items) {
        Map<String, ConsolidatedItem> asked = new HashMap<>();
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (ConsolidatedItem item : items) {
            if (item.getVariants().length > 1 && asked.size() < MAX_ITEMS) {
                asked.put(item.getItemKey(), item);
                list.add(Json.createObjectBuilder().add("key", item.getItemKey())
                        .add("names", Json.createArrayBuilder(List.of(item.getVariants()))));
            }
        }
        if (asked.isEmpty()) {
            return 0;
        }
        JsonObject answer = llm.answer("item_names", """
                Each item below was found under several names that mean the same. For each, give the one name a \
                reader would expect: short, lower case, words joined by hyphens. Answer {"names": [{"key": ..., \
                "name": ...}]}.""", Json.createObjectBuilder().add("items", list).build().toString(), SCHEMA).answer();
        int renamed = 0;
        for (JsonValue value : answer.getJsonArray("names")) {
            JsonObject entry = value.asJsonObject();
            ConsolidatedItem item = asked.get(entry.getString("key"));
            String name = ItemName.display(entry.getString("name"));
            if (item != null && !name.isEmpty() && !name.equals(item.getName())) {
                item.rename(name);
                renamed++;
            }
        }
        return renamed;
    }
}
