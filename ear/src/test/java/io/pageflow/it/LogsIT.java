package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pageflow.client.model.JobView;

/**
 * The server's JSON log ({@code log/pageflow.json}) while a job runs: every line written meanwhile is JSON, every
 * line about the job carries its id in the logging context, and each stage tells its start and end; each page
 * read with the split has a line of its own, carrying the page's number.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LogsIT {

    static final TestApi api = new TestApi();
    static final Path LOG = Path.of(System.getProperty("it.base.dir"), "log", "pageflow.json");

    @Test
    void everyLineIsJsonAndEveryLineAboutTheJobCarriesItsId() throws IOException {
        MessageQueues.awaitDrained(Duration.ofMinutes(2));
        long offset = Files.size(LOG);
        byte[] pdf = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(71, 8), TestDocuments.lines(72, 8),
                TestDocuments.lines(73, 8)));
        long id = api.submitAccepted(List.of(new PageflowClient.FilePart("logs.pdf", "application/pdf", pdf)), Map.of())
                .getId();
        JobView ended = api.awaitEnd(id, Duration.ofMinutes(2));
        assertEquals("completed", ended.getStatus(), ended::toString);
        MessageQueues.awaitDrained(Duration.ofMinutes(1));

        List<JsonObject> lines = linesSince(offset);
        String job = Long.toString(id);
        Pattern mentionsJob = Pattern.compile("\\bjob " + id + "\\b", Pattern.CASE_INSENSITIVE);
        List<JsonObject> aboutJob = new ArrayList<>();
        for (JsonObject line : lines) {
            boolean mentions = mentionsJob.matcher(line.getString("message", "")).find();
            if (mentions || job.equals(mdc(line, "jobId"))) {
                assertEquals(job, mdc(line, "jobId"), () -> "a line about job " + id + " without its id: " + line);
                assertFalse(mdc(line, "node").isEmpty(), () -> "a line without its node: " + line);
                aboutJob.add(line);
            }
        }

        assertEquals(1, count(aboutJob, "Job " + id + " queued", null, 0), "the upload's line, written in the request");
        for (int page = 1; page <= 3; page++) {
            // text-layer pages are read with the split: one line each, in the split's context with the page's number
            assertEquals(1, count(aboutJob, "Job " + id + " page " + page + " read with the split: text-layer", "split",
                    page), "page " + page);
        }
        for (String stage : List.of("split", "classify", "extract", "index", "export")) {
            assertTrue(count(aboutJob, stage + " job " + id + " ended in ", stage, 0) >= 1, () -> stage + " ended: " + aboutJob);
        }
        assertTrue(aboutJob.stream().filter(l -> l.getString("message").contains(" ended in "))
                .allMatch(l -> !mdc(l, "durationMs").isEmpty()), "each end line carries its duration");
        assertTrue(lines.stream().allMatch(l -> "pageflow".equals(l.getString("service", null))), "the formatter's meta-data");
    }

    @Test
    void theConsoleIsTextUnlessPageflowLogFormatSaysJson() throws IOException {
        assertEquals("true", resolved("console-handler", "CONSOLE", "enabled"));
        assertEquals("false", resolved("console-handler", "CONSOLE-JSON", "enabled"));
        assertEquals("INFO", resolved("logger", "io.pageflow", "level"));
    }

    /** The lines appended to the JSON log since {@code offset}, each parsed: a line that is not JSON fails. */
    private static List<JsonObject> linesSince(long offset) throws IOException {
        byte[] appended;
        try (RandomAccessFile file = new RandomAccessFile(LOG.toFile(), "r")) {
            file.seek(offset);
            appended = new byte[(int) (file.length() - offset)];
            file.readFully(appended);
        }
        List<JsonObject> lines = new ArrayList<>();
        for (String line : new String(appended, StandardCharsets.UTF_8).split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            try {
                lines.add(Json.createReader(new StringReader(line)).readObject());
            } catch (JsonException e) {
                fail("not a JSON line: " + line, e);
            }
        }
        assertFalse(lines.isEmpty(), "the job wrote lines to " + LOG);
        return lines;
    }

    private static long count(List<JsonObject> lines, String text, String stage, int page) {
        return lines.stream()
                .filter(l -> l.getString("message").contains(text))
                .filter(l -> stage == null || stage.equals(mdc(l, "stage")))
                .filter(l -> page == 0 || Integer.toString(page).equals(mdc(l, "pageNumber")))
                .count();
    }

    private static String mdc(JsonObject line, String key) {
        JsonObject mdc = line.getJsonObject("mdc");
        return mdc == null ? "" : mdc.getString(key, "");
    }

    private static String resolved(String type, String name, String attribute) throws IOException {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http",
                InetAddress.getByName("127.0.0.1"), Integer.getInteger("it.management.port"))) {
            ModelNode operation = new ModelNode();
            operation.get("operation").set("read-attribute");
            operation.get("address").add("subsystem", "logging").add(type, name);
            operation.get("name").set(attribute);
            operation.get("resolve-expressions").set(true);
            ModelNode result = client.execute(operation);
            assertEquals("success", result.get("outcome").asString(), result::toString);
            return result.get("result").asString();
        }
    }
}
