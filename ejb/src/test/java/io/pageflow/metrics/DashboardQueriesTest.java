package io.pageflow.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The Grafana dashboard in docs/ asks only for series the application exposes: every metric name and every
 * label in its queries is checked against a real Prometheus scrape of the meters {@link PipelineMetrics}
 * registers, named as the server's Prometheus registry names them.
 */
class DashboardQueriesTest {

    static final Path DASHBOARD = Path.of("..", "docs", "grafana", "pageflow-dashboard.json");
    /** Labels that Prometheus adds to every series it scrapes. */
    static final Set<String> TARGET_LABELS = Set.of("instance", "job");
    static final Pattern METRIC = Pattern.compile("\\bpageflow_[a-z_]+");
    static final Pattern SELECTOR = Pattern.compile("(pageflow_[a-z_]+)\\{([^}]*)}");
    static final Pattern MATCHER = Pattern.compile("(\\w+)\\s*(?:=~|!~|!=|=)");
    static final Pattern GROUPING = Pattern.compile("\\b(?:by|without)\\s*\\(([^)]*)\\)");

    /** Exposed series name → its label names. */
    static final Map<String, Set<String>> exposed = new HashMap<>();

    @BeforeAll
    static void scrape() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        PipelineMetrics metrics = new PipelineMetrics();
        metrics.register(registry, status -> 1, queue -> 0, () -> 0);
        metrics.stageTook("page", 1_000_000);
        metrics.pageCompleted("ocr", 91f);
        metrics.uploaded(10);
        for (String line : registry.scrape().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int brace = line.indexOf('{');
            String name = brace < 0 ? line.substring(0, line.indexOf(' ')) : line.substring(0, brace);
            Set<String> labels = exposed.computeIfAbsent(name, n -> new HashSet<>());
            if (brace >= 0) {
                Matcher label = Pattern.compile("(\\w+)=\"").matcher(line.substring(brace, line.lastIndexOf('}')));
                while (label.find()) {
                    labels.add(label.group(1));
                }
            }
        }
    }

    @Test
    void theIssuesNamesAreExposed() {
        for (String name : List.of("pageflow_pages_processed_total", "pageflow_page_errors_total",
                "pageflow_stage_seconds_bucket", "pageflow_stage_seconds_count", "pageflow_jobs",
                "pageflow_queue_messages", "pageflow_dead_letters", "pageflow_ocr_confidence_bucket",
                "pageflow_upload_bytes_total")) {
            assertTrue(exposed.containsKey(name), () -> name + " is not exposed; exposed: " + exposed.keySet());
        }
        assertTrue(exposed.get("pageflow_pages_processed_total").containsAll(Set.of("outcome", "source")));
        assertTrue(exposed.get("pageflow_page_errors_total").contains("code"));
        assertTrue(exposed.get("pageflow_stage_seconds_bucket").containsAll(Set.of("stage", "le")));
        assertTrue(exposed.get("pageflow_jobs").contains("status"));
        assertTrue(exposed.get("pageflow_queue_messages").contains("queue"));
    }

    @Test
    void everyDashboardQueryAsksForExposedSeriesAndLabels() throws IOException {
        List<String> queries = queries();
        assertFalse(queries.isEmpty(), "the dashboard has queries");
        for (String query : queries) {
            Matcher metric = METRIC.matcher(query);
            Set<String> used = new HashSet<>();
            while (metric.find()) {
                String name = metric.group();
                used.add(name);
                assertTrue(exposed.containsKey(name), () -> "the dashboard asks for " + name + ", which the application"
                        + " does not expose; exposed: " + exposed.keySet() + "\nquery: " + query);
            }
            Matcher selector = SELECTOR.matcher(query);
            while (selector.find()) {
                Set<String> labels = exposed.get(selector.group(1));
                Matcher label = MATCHER.matcher(selector.group(2));
                while (label.find()) {
                    String name = label.group(1);
                    assertTrue(labels.contains(name) || TARGET_LABELS.contains(name),
                            () -> selector.group(1) + " has no label " + name + "\nquery: " + query);
                }
            }
            Matcher grouping = GROUPING.matcher(query);
            while (grouping.find()) {
                for (String name : grouping.group(1).split(",")) {
                    String label = name.trim();
                    assertTrue(TARGET_LABELS.contains(label)
                            || used.stream().anyMatch(m -> exposed.get(m).contains(label)),
                            () -> "grouping by " + label + ", which none of " + used + " has\nquery: " + query);
                }
            }
        }
    }

    /** Every panel target's expression, and the templating queries. */
    static List<String> queries() throws IOException {
        JsonObject dashboard = Json.createReader(new StringReader(Files.readString(DASHBOARD))).readObject();
        List<String> queries = new ArrayList<>();
        for (JsonValue panel : dashboard.getJsonArray("panels")) {
            for (JsonValue target : panel.asJsonObject().getJsonArray("targets")) {
                queries.add(target.asJsonObject().getString("expr"));
            }
        }
        for (JsonValue variable : dashboard.getJsonObject("templating").getJsonArray("list")) {
            JsonValue query = variable.asJsonObject().get("query");
            if (query != null && query.getValueType() == JsonValue.ValueType.OBJECT) {
                queries.add(query.asJsonObject().getString("query"));
            }
        }
        return queries;
    }
}
