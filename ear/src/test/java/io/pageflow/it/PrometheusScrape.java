package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One read of the management port's Prometheus endpoint, and the values of its series. */
final class PrometheusScrape {

    static final String MANAGEMENT = System.getProperty("pageflow.management.url", "http://127.0.0.1:10090");
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{.*})?\\s+(\\S+).*$");

    private record Sample(String name, String labels, double value) {
    }

    private final List<Sample> samples = new ArrayList<>();

    private PrometheusScrape(String body) {
        for (String line : body.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!line.startsWith("#") && sample.matches()) {
                samples.add(new Sample(sample.group(1), sample.group(2) == null ? "" : sample.group(2),
                        Double.parseDouble(sample.group(3))));
            }
        }
    }

    static PrometheusScrape now() {
        HttpResponse<String> response = new PageflowClient(MANAGEMENT).get("/metrics");
        assertEquals(200, response.statusCode(), response::body);
        return new PrometheusScrape(response.body());
    }

    /** The sum over the series of this name that carry all these labels; 0 when there is none. */
    double value(String name, Map<String, String> labels) {
        return samples.stream()
                .filter(s -> s.name().equals(name))
                .filter(s -> labels.entrySet().stream().allMatch(l -> s.labels().contains(l.getKey() + "=\"" + l.getValue() + "\"")))
                .mapToDouble(Sample::value)
                .sum();
    }

    double value(String name) {
        return value(name, Map.of());
    }

    /** The application's series, for failure messages. */
    String pageflowSeries() {
        StringBuilder out = new StringBuilder();
        samples.stream().filter(s -> s.name().startsWith("pageflow_"))
                .forEach(s -> out.append(s.name()).append(s.labels()).append(' ').append(s.value()).append('\n'));
        return out.toString();
    }

    boolean has(String name) {
        return samples.stream().anyMatch(s -> s.name().equals(name));
    }
}
