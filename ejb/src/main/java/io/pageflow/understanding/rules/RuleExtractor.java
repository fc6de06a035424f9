package io.pageflow.understanding.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import io.pageflow.understanding.ExtractionEngine;
import io.pageflow.understanding.FieldValue;
import io.pageflow.understanding.PageInput;
import io.pageflow.understanding.TypeDefinition;

/**
 * Reads a page's fields by the rules of the type's {@code fields} member, then doubts those that break the
 * type's {@code checks} (docs/understanding-rules.md). The
 * rules are compiled once per type version and shared, so one instance serves every thread. It never throws on
 * what a page says: text is bounded ({@link PageText}), patterns run on a budget ({@link Bounded}), and a rule
 * that fails anyway loses its field, not the page.
 */
public class RuleExtractor implements ExtractionEngine {

    private static final Logger LOG = Logger.getLogger(RuleExtractor.class.getName());
    private static final int CACHE_LIMIT = 256;

    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

    @Override
    public Map<String, FieldValue> extract(PageInput page, TypeDefinition type) {
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        if (type == null || type.isUnknown()) {
            return fields;
        }
        PageText text = PageText.of(page == null ? null : page.text());
        if (text.isEmpty()) {
            return fields;
        }
        Compiled compiled = rules(type);
        for (Rule rule : compiled.rules()) {
            try {
                rule.find(text).ifPresent(v -> fields.put(rule.name(), v));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, e, () -> "field " + rule.name() + " of " + type.name() + " not read");
            }
        }
        compiled.checks().apply(fields);
        return fields;
    }

    /** The problems of a type's {@code fields} rules, for refusing a bad type before it is stored. */
    public static List<String> problems(TypeDefinition type) {
        List<String> problems = new ArrayList<>();
        compile(type, problems);
        return problems;
    }

    private Compiled rules(TypeDefinition type) {
        String key = type.name() + "#" + type.version() + "#" + type.definition().hashCode();
        if (compiled.size() > CACHE_LIMIT) {
            compiled.clear();
        }
        return compiled.computeIfAbsent(key, k -> compile(type, new ArrayList<>()));
    }

    private static Compiled compile(TypeDefinition type, List<String> problems) {
        List<Rule> rules = new ArrayList<>();
        for (Map.Entry<String, JsonValue> field : type.fields().entrySet()) {
            if (!(field.getValue() instanceof JsonObject rule)) {
                problems.add("fields." + field.getKey() + ": not an object");
                continue;
            }
            if (rule.get("table") instanceof JsonObject table) {
                LineItems items = new LineItems(field.getKey(), table);
                problems.addAll(items.problems);
                rules.add(new Rule(field.getKey(), items::find));
            } else {
                FieldRule fieldRule = new FieldRule(field.getKey(), rule);
                problems.addAll(fieldRule.problems);
                rules.add(new Rule(field.getKey(), fieldRule::find));
            }
        }
        Checks checks = new Checks(type.definition().get("checks"));
        problems.addAll(checks.problems);
        return new Compiled(List.copyOf(rules), checks);
    }

    /** A type version's field rules and checks, compiled once. */
    private record Compiled(List<Rule> rules, Checks checks) {
    }

    /** A compiled field rule of either kind. */
    private record Rule(String name, java.util.function.Function<PageText, Optional<FieldValue>> finder) {
        Optional<FieldValue> find(PageText text) {
            return finder.apply(text);
        }
    }
}
