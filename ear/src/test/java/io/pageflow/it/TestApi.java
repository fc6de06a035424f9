package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.Predicate;

import io.pageflow.client.ApiClient;
import io.pageflow.client.ApiException;
import io.pageflow.client.ApiResponse;
import io.pageflow.client.api.AnalysisApi;
import io.pageflow.client.api.BatchesApi;
import io.pageflow.client.api.DocumentTypesApi;
import io.pageflow.client.api.DocumentsApi;
import io.pageflow.client.api.ExportMappingsApi;
import io.pageflow.client.api.ExtractionApi;
import io.pageflow.client.api.JobsApi;
import io.pageflow.client.api.OperationsApi;
import io.pageflow.client.api.SearchApi;
import io.pageflow.client.api.WebhooksApi;
import io.pageflow.client.model.EventView;
import io.pageflow.client.model.JobView;
import io.pageflow.client.model.PageView;
import io.pageflow.client.model.Problem;
import io.pageflow.client.model.SearchHit;

/**
 * The API under test, called through the client generated from its OpenAPI document (the {@code client} module),
 * with the few things every test needs on top: uploads from bytes, waits for a job to end, whole lists read page
 * by page, and problems read from refusals. Every request goes through a generated operation.
 */
final class TestApi {

    final ApiClient client;
    final JobsApi jobs;
    final DocumentsApi documents;
    final SearchApi search;
    final BatchesApi batches;
    final OperationsApi operations;
    final DocumentTypesApi documentTypes;
    final ExtractionApi extraction;
    final ExportMappingsApi exportMappings;
    final WebhooksApi webhooks;
    final AnalysisApi analysis;

    TestApi() {
        this(PageflowClient.BASE);
    }

    TestApi(String base) {
        this(base, PageflowClient.basic(PageflowClient.ADMIN, PageflowClient.ADMIN_PASSWORD));
    }

    /** As another user, by HTTP Basic. */
    static TestApi as(String user, String password) {
        return new TestApi(PageflowClient.BASE, PageflowClient.basic(user, password));
    }

    /** With an API token. */
    static TestApi withToken(String token) {
        return new TestApi(PageflowClient.BASE, "Bearer " + token);
    }

    /** Without credentials: what anyone on the network gets. */
    static TestApi anonymous() {
        return new TestApi(PageflowClient.BASE, null);
    }

    /** @param authorization the Authorization header of every request, or {@code null} for none */
    TestApi(String base, String authorization) {
        client = new ApiClient();
        if (authorization != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        }
        client.updateBaseUri(base);
        client.setConnectTimeout(Duration.ofSeconds(10));
        client.setReadTimeout(Duration.ofSeconds(60));
        jobs = new JobsApi(client);
        documents = new DocumentsApi(client);
        search = new SearchApi(client);
        batches = new BatchesApi(client);
        operations = new OperationsApi(client);
        documentTypes = new DocumentTypesApi(client);
        extraction = new ExtractionApi(client);
        exportMappings = new ExportMappingsApi(client);
        webhooks = new WebhooksApi(client);
        analysis = new AnalysisApi(client);
    }

    /** The generated client sends files by path, under their own name: a folder per file keeps the name. */
    static File file(PageflowClient.FilePart part) {
        try {
            Path dir = Files.createTempDirectory("pageflow-upload");
            Path path = dir.resolve(part.fileName());
            Files.write(path, part.content());
            path.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return path.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<File> files(List<PageflowClient.FilePart> parts) {
        return parts.stream().map(TestApi::file).toList();
    }

    /**
     * Submits with the form fields a test names (title, language, onPageError, priority, onDuplicate, password,
     * callbackUrl, convert, mapping).
     * Tests upload the same generated files run after run against the same database: unless a test says
     * otherwise, they ask to store duplicates again instead of getting 409.
     */
    ApiResponse<JobView> submit(List<PageflowClient.FilePart> files, Map<String, String> fields, String idempotencyKey) throws ApiException {
        String priority = fields.get("priority");
        return jobs.submitJobWithHttpInfo(files(files), idempotencyKey, fields.get("title"), fields.get("language"),
                fields.get("onPageError"), priority == null ? null : Integer.valueOf(priority),
                fields.getOrDefault("onDuplicate", "store"), fields.get("password"), fields.get("callbackUrl"),
                fields.get("convert"), fields.get("mapping"), fields.get("ocrModel"), fields.get("ocrSteps"),
                fields.containsKey("ocrImages") ? Boolean.valueOf(fields.get("ocrImages")) : null);
    }

    ApiResponse<JobView> submit(List<PageflowClient.FilePart> files, Map<String, String> fields) throws ApiException {
        return submit(files, fields, null);
    }

    /** Submits and checks the answer is 202 with the job's URL in Location; returns the job. */
    JobView submitAccepted(List<PageflowClient.FilePart> files, Map<String, String> fields) {
        ApiResponse<JobView> response = call(() -> submit(files, fields));
        assertEquals(202, response.getStatusCode());
        JobView job = response.getData();
        assertEquals(client.getBaseUri() + "/api/jobs/" + job.getId(), location(response));
        return job;
    }

    static String location(ApiResponse<?> response) {
        return response.getHeaders().getOrDefault("Location", List.of()).stream().findFirst().orElse(null);
    }

    JobView job(long id) {
        return call(() -> jobs.getJob(id));
    }

    /** Polls the job until it ends, giving every observed state to {@code observer}; fails when time runs out. */
    JobView awaitEnd(long jobId, Duration timeout, Consumer<JobView> observer) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JobView job = job(jobId);
            observer.accept(job);
            String status = job.getStatus();
            if (status.equals("completed") || status.equals("failed") || status.equals("cancelled")) {
                return job;
            }
            pause(150);
        }
        return fail("job " + jobId + " did not end within " + timeout + ": " + job(jobId));
    }

    JobView awaitEnd(long jobId, Duration timeout) {
        return awaitEnd(jobId, timeout, job -> { });
    }

    /** Every page of the job's document, read a page of the list at a time. */
    List<PageView> pages(long jobId) {
        return all((limit, offset) -> jobs.listPagesWithHttpInfo(jobId, limit, offset));
    }

    /** The job's whole audit trail, oldest first. */
    List<EventView> events(long jobId) {
        return all((limit, offset) -> jobs.listEventsWithHttpInfo(jobId, limit, offset));
    }

    /** How many events of this type the job's trail holds for one page (or for the job when page is 0). */
    long countEvents(long jobId, String type, int page) {
        return events(jobId).stream()
                .filter(e -> e.getType().equals(type))
                .filter(e -> page == 0 || (e.getPageNumber() != null && e.getPageNumber() == page))
                .count();
    }

    PageView page(long jobId, int number) {
        return call(() -> jobs.getPage(jobId, number));
    }

    /** A completed page's text. */
    String text(long documentId, int number) {
        return read(call(() -> documents.getPageText(documentId, number)));
    }

    List<SearchHit> search(String query, int k, Long documentId) {
        return search(query, k, documentId, null);
    }

    /** @param mode hybrid, vector or text; null for the default (hybrid) */
    List<SearchHit> search(String query, int k, Long documentId, String mode) {
        return call(() -> search.search(query, null, documentId, k, mode));
    }

    /** Every per-page row of an analysis or consolidation, in page order. */
    List<io.pageflow.client.model.AnalysisPage> analysisPages(long jobId) {
        return all((limit, offset) -> analysis.listAnalysisPagesWithHttpInfo(jobId, limit, offset));
    }

    /** The whole review queue, or the pages in it for one reason. */
    List<io.pageflow.client.model.ReviewItem> reviewQueue(String reason) {
        return all((limit, offset) -> extraction.listReviewQueueWithHttpInfo(null, limit, offset, reason));
    }

    /** The export of a completed job, as text. */
    String result(long jobId, String format) {
        return read(call(() -> jobs.getResult(jobId, format, null)));
    }

    /** A completed job's document as the XML an export mapping describes. */
    String mappedResult(long jobId, String mapping) {
        return read(call(() -> jobs.getResult(jobId, "xml", mapping)));
    }

    /** Runs a call the API must refuse; checks the status and the problem's code, and returns the problem. */
    Problem refused(int status, String code, Call<?> call) {
        ApiException e = assertThrows(ApiException.class, call::run, () -> "the API accepted what it should refuse with " + code);
        assertEquals(status, e.getCode(), e::getResponseBody);
        assertEquals("application/problem+json", e.getResponseHeaders().firstValue("Content-Type").orElse(""));
        Problem problem = problem(e);
        assertEquals(status, problem.getStatus());
        assertEquals(code, problem.getCode(), e::getResponseBody);
        assertFalse(problem.getDetail() == null || problem.getDetail().isBlank(), "the problem explains itself");
        return problem;
    }

    Problem problem(ApiException e) {
        try {
            return client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        } catch (IOException parse) {
            throw new AssertionError("not a problem body: " + e.getResponseBody(), parse);
        }
    }

    /** A call through the generated client; a refusal fails the test with the server's problem. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws ApiException;
    }

    static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (ApiException e) {
            throw new AssertionError("HTTP " + e.getCode() + ": " + e.getResponseBody(), e);
        }
    }

    /** A binary answer the client saved to a file: its bytes, and the file removed. */
    static byte[] bytes(File file) {
        try {
            return Files.readAllBytes(file.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file.delete();
        }
    }

    static String read(File file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface PageCall<T> {
        ApiResponse<List<T>> fetch(int limit, int offset) throws ApiException;
    }

    private static <T> List<T> all(PageCall<T> page) {
        List<T> items = new ArrayList<>();
        while (true) {
            int offset = items.size();
            ApiResponse<List<T>> response = call(() -> page.fetch(1000, offset));
            items.addAll(response.getData());
            long total = Long.parseLong(response.getHeaders().get("X-Total-Count").get(0));
            if (items.size() >= total || response.getData().isEmpty()) {
                return items;
            }
        }
    }

    /**
     * Reads {@code read} every {@code everyMillis} until its value satisfies {@code done}, and returns that value;
     * fails, naming {@code what} and the last value, when {@code timeout} runs out.
     */
    static <T> T await(Duration timeout, long everyMillis, String what, Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = read.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                return fail("waited " + timeout + " for " + what + "; last seen: " + value);
            }
            pause(everyMillis);
            value = read.get();
        }
        return value;
    }

    /** Time between two polls of a job; never an assertion. */
    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
