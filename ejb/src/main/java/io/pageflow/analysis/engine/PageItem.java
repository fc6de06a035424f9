package io.pageflow.analysis.engine;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * One thing an analysis found on a page: a subtopic under its topic, or a topic alone when it has none. The
 * items of a result are read from its {@code topics} array (the shape of the shipped profile; a profile of
 * another shape has no items, only its stored results).
 */
public record PageItem(String topic, String name) {

    /** The key items are counted and merged by. */
    public String key() {
        return ItemName.key(name);
    }

    public static List<PageItem> of(JsonObject result) {
        List<PageItem> items = new ArrayList<>();
        if (result == null || !(result.get("topics") instanceof JsonArray topics)) {
            return items;
        }
        for (JsonValue entry : topics) {
            if (!(entry instanceof JsonObject topic)) {
                continue;
            }
            String name = topic.containsKey("topic") ? topic.getString("topic", "") : topic.getString("name", "");
            if (ItemName.key(name).isEmpty()) {
                continue;
            }
            boolean any = false;
            if (topic.get("subtopics") instanceof JsonArray subtopics) {
                for (JsonValue sub : subtopics) {
                    if (sub instanceof JsonString text && !ItemName.key(text.getString()).isEmpty()) {
                        items.add(new PageItem(ItemName.display(name), ItemName.display(text.getString())));
                        any = true;
                    }
                }
            }
            if (!any) {
                items.add(new PageItem(ItemName.display(name), ItemName.display(name)));
            }
        }
        return items;
    }
}
