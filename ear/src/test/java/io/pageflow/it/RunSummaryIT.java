package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.plugin.tools.server.ServerManager;
import org.wildfly.plugin.tools.server.StandaloneManager;

import io.pageflow.client.ApiException;
import io.pageflow.client.model.BatchSummary;
import io.pageflow.client.model.FileOutcome;
import io.pageflow.client.model.JobView;
import io.pageflow.client.model.RunSummary;

/**
 * A ZIP of 20 mixed files (invoices with different numbers and totals, research pages, two broken PDFs, a file
 * of no supported type) gets one run summary when its last job ends: its counts match the jobs, per outcome and per document
 * type; the invoices' totals add up; every file is listed with its outcome and error. The server is restarted
 * (reloaded: every service and the application start again) and the summary read again is the same. A job
 * resumed afterwards that ends again makes version 2; version 1 stays as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RunSummaryIT {

    static final TestApi api = new TestApi();

    static final int INVOICES = 12;
    static final int PAPERS = 5;

    @Test
    void aZipOfTwentyMixedFilesGetsASummaryThatMatchesItsJobsAfterARestartToo() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Map<String, BigDecimal> invoiceTotals = new HashMap<>();
        for (int k = 1; k <= INVOICES; k++) {
            String number = "INV-" + run + "-" + k;
            BigDecimal total = BigDecimal.valueOf(14_750L * k).setScale(2);
            invoiceTotals.put("invoices/" + number + ".pdf", total);
            entries.put("invoices/" + number + ".pdf", TestDocuments.bornDigitalPdf(invoice(number, k)));
        }
        for (int k = 1; k <= PAPERS; k++) {
            entries.put("papers/paper-" + k + ".pdf", TestDocuments.bornDigitalPdf(List.of(paper(k))));
        }
        byte[] good = TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(9101, 10), TestDocuments.lines(9102, 10)));
        entries.put("broken/cut-1.pdf", Arrays.copyOf(good, good.length / 3));
        entries.put("broken/cut-2.pdf", Arrays.copyOf(good, good.length / 4));
        entries.put("tune.mid", new byte[] {'M', 'T', 'h', 'd', 0, 0, 0, 6, 0, 1, 0, 1, 0, 96}); // no document
        assertEquals(20, entries.size());

        byte[] archive = ZipBatchIT.zip(entries);
        long started = System.nanoTime();
        BatchSummary batch = TestApi.call(() -> api.batches.createBatch(
                TestApi.file(new PageflowClient.FilePart("mixed.zip", "application/zip", archive)), null));
        assertEquals(20, batch.getFileCount(), batch::toString);
        long id = batch.getId();
        try {
            RunSummary early = api.batches.getBatchSummary(id, null);
            assertEquals("ended", api.batches.getBatch(id).getStatus(), "a summary exists only once the batch ended: " + early);
        } catch (ApiException e) {
            assertEquals(409, e.getCode(), e.getResponseBody());
            assertEquals("BATCH_RUNNING", api.problem(e).getCode());
        }

        BatchSummary ended = awaitBatchEnd(id, Duration.ofMinutes(5));
        System.out.printf("Batch of 20 ended in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        assertEquals(1, ended.getSummaryVersion());
        RunSummary summary = api.batches.getBatchSummary(id, null);
        assertEquals(1, summary.getVersion());
        assertEquals(id, summary.getBatchId());
        assertEquals("mixed.zip", summary.getFileName());
        assertEquals(20, summary.getFileCount());
        assertEquals(20, summary.getFiles().size(), "every file is listed");

        // What the jobs and documents say, file by file, through their own API.
        Map<String, Integer> byStatus = new TreeMap<>(Map.of("completed", 0, "failed", 0, "cancelled", 0, "refused", 0));
        Map<String, Integer> byDocType = new TreeMap<>();
        BigDecimal billTotal = BigDecimal.ZERO;
        int bills = 0;
        OffsetDateTime lastEnd = null;
        for (var entry : ended.getEntries()) {
            FileOutcome file = summary.getFiles().get(entry.getPosition() - 1);
            assertEquals(entry.getName(), file.getName(), "files in the archive's order");
            assertEquals(entry.getJobId(), file.getJobId());
            if (entry.getJobId() == null) {
                byStatus.merge("refused", 1, Integer::sum);
                assertEquals("refused", file.getStatus());
                assertEquals(entry.getErrorCode(), file.getErrorCode());
                continue;
            }
            JobView job = api.job(entry.getJobId());
            byStatus.merge(job.getStatus(), 1, Integer::sum);
            assertEquals(job.getStatus(), file.getStatus(), file.getName());
            assertEquals(job.getErrorCode(), file.getErrorCode(), file.getName());
            assertEquals(job.getErrorMessage(), file.getErrorMessage(), file.getName());
            assertEquals(job.getDocumentId(), file.getDocumentId());
            OffsetDateTime end = job.getCompletedAt() != null ? job.getCompletedAt() : job.getFailedAt();
            lastEnd = lastEnd == null || end.isAfter(lastEnd) ? end : lastEnd;
            String docType = api.documents.getDocument(job.getDocumentId()).getDocType();
            assertEquals(docType, file.getDocType(), file.getName());
            if (docType != null) {
                byDocType.merge(docType, 1, Integer::sum);
            }
            if ("bill".equals(docType) && job.getStatus().equals("completed")) {
                BigDecimal total = totalAmount(job.getDocumentId());
                assertEquals(0, total.compareTo(file.getAmount()), file.getName());
                billTotal = billTotal.add(total);
                bills++;
            }
        }
        assertEquals(byStatus, new TreeMap<>(summary.getByStatus()), "counts by outcome match the jobs");
        assertEquals(byDocType, new TreeMap<>(summary.getByDocType()), "counts by type match the documents");
        assertEquals(Map.of("completed", INVOICES + PAPERS, "failed", 2, "cancelled", 0, "refused", 1),
                summary.getByStatus());
        assertEquals(Map.of("bill", INVOICES, "unknown", PAPERS), summary.getByDocType(),
                "invoices are bills, papers unknown, broken files have no type");

        var bill = summary.getAmounts().stream().filter(a -> a.getDocType().equals("bill")).findFirst().orElseThrow();
        assertEquals("totalAmount", bill.getField());
        assertEquals(bills, bill.getDocuments());
        assertEquals(0, bill.getMissing());
        assertEquals(0, billTotal.compareTo(bill.getTotal()), "the total is the sum of the invoices' totals");
        BigDecimal written = invoiceTotals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, written.compareTo(bill.getTotal()), "and the sum of what the invoices say: " + written);

        for (FileOutcome file : summary.getFiles()) {
            if (file.getName().startsWith("broken/")) {
                assertEquals("failed", file.getStatus());
                assertTrue(file.getErrorCode().startsWith("PDF_"), file.toString());
                assertFalse(file.getErrorMessage().isBlank());
                assertNull(file.getDocType());
            } else if (file.getName().startsWith("invoices/")) {
                assertEquals(0, invoiceTotals.get(file.getName()).compareTo(file.getAmount()), file.toString());
            }
        }
        assertEquals("UNSUPPORTED_TYPE", summary.getFiles().get(19).getErrorCode());
        assertTrue(batch.getCreatedAt().isEqual(summary.getStartedAt()), "the span starts with the upload");
        assertTrue(lastEnd.isEqual(summary.getEndedAt()), "the span ends when the last job ended: " + lastEnd);
        assertEquals(Duration.between(summary.getStartedAt(), summary.getEndedAt()).toMillis(), summary.getDurationMs());

        reloadServer();
        RunSummary afterRestart = TestApi.call(() -> api.batches.getBatchSummary(id, null));
        assertEquals(summary, afterRestart, "the same summary after a restart");
        assertEquals(1, api.batches.getBatch(id).getSummaryVersion(), "nothing wrote it again");

        // A broken file resumed fails again: the batch ends again, and that end is version 2.
        long broken = summary.getFiles().stream().filter(f -> f.getName().equals("broken/cut-1.pdf")).findFirst()
                .orElseThrow().getJobId();
        assertEquals(202, TestApi.call(() -> api.jobs.resumeJobWithHttpInfo(broken)).getStatusCode());
        assertEquals("failed", api.awaitEnd(broken, Duration.ofMinutes(2)).getStatus());
        assertEquals(2, awaitBatchEnd(id, Duration.ofMinutes(1)).getSummaryVersion());
        RunSummary second = api.batches.getBatchSummary(id, null);
        assertEquals(2, second.getVersion());
        assertEquals(summary.getByStatus(), second.getByStatus());
        assertTrue(second.getEndedAt().isAfter(summary.getEndedAt()), "the second end is later");
        assertEquals(summary, api.batches.getBatchSummary(id, 1), "version 1 is kept as it was");
        api.refused(404, "NOT_FOUND", () -> api.batches.getBatchSummary(id, 3));
        api.refused(404, "NOT_FOUND", () -> api.batches.getBatchSummary(Long.MAX_VALUE, null));
    }

    /** A GST invoice like UnderstandingIT's, its amounts k times 12,500 taxable + 18 % IGST; totals on page 2. */
    static List<List<String>> invoice(String number, int k) {
        long taxable = 12_500L * k;
        return List.of(List.of(
                        "TAX INVOICE",
                        "Sharma Traders Pvt Ltd",
                        "14, MG Road, Pune, Maharashtra 411001",
                        "GSTIN: " + UnderstandingIT.SUPPLIER,
                        "Invoice No: " + number,
                        "Invoice Date: 14/03/2026",
                        "Place of Supply: 29-Karnataka",
                        "Bill To: Tata Components Ltd, Bengaluru",
                        "GSTIN: " + UnderstandingIT.RECIPIENT,
                        "Sl  Description            HSN/SAC   Qty   Rate       Amount",
                        "1   Steel brackets          7326      " + 25 * k + "   250.00     " + indian(taxable / 2),
                        "2   Fastener kits           7318      " + 25 * k + "   250.00     " + indian(taxable / 2),
                        "continued on next page"),
                List.of(
                        "Invoice No: " + number + " (page 2 of 2)",
                        "Taxable Value: Rs. " + indian(taxable),
                        "IGST @ 18%: Rs. " + indian(taxable * 18 / 100),
                        "Total Invoice Value: Rs. " + indian(taxable * 118 / 100),
                        "For Sharma Traders Pvt Ltd",
                        "Authorised Signatory"));
    }

    /** Rupees the Indian way: 1,18,000.00. */
    static String indian(long rupees) {
        String digits = Long.toString(rupees);
        if (digits.length() > 3) {
            StringBuilder head = new StringBuilder(digits.substring(0, digits.length() - 3));
            for (int i = head.length() - 2; i > 0; i -= 2) {
                head.insert(i, ',');
            }
            digits = head + "," + digits.substring(digits.length() - 3);
        }
        return digits + ".00";
    }

    static List<String> paper(int k) {
        List<String> lines = new ArrayList<>(UnderstandingIT.researchPage());
        lines.add("Appendix " + k + ": the same analysis repeated on a further " + (k + 2) + " data sets.");
        return lines;
    }

    private static BigDecimal totalAmount(long documentId) {
        var fields = (Map<?, ?>) TestApi.call(() -> api.extraction.getDocumentExtraction(documentId)).getFields();
        Object total = ((Map<?, ?>) fields.get("totalAmount")).get("value");
        assertNotNull(total, "document " + documentId + " has a total");
        return new BigDecimal(total.toString());
    }

    /** Polls the batch until it has ended and its summary is stored. */
    static BatchSummary awaitBatchEnd(long id, Duration timeout) {
        return TestApi.await(timeout, 500, "batch " + id + " to end", () -> TestApi.call(() -> api.batches.getBatch(id)),
                batch -> batch.getStatus().equals("ended"));
    }

    /**
     * Restarts the test server in place (the management operation {@code reload}: every service stops and starts
     * again, the application is deployed again, nothing in memory survives) and waits until the API answers.
     */
    static void reloadServer() throws IOException, InterruptedException {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http",
                InetAddress.getByName("127.0.0.1"), Integer.getInteger("it.management.port"))) {
            StandaloneManager server = ServerManager.builder().client(client).standalone();
            server.executeReload();
            long down = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (server.isRunning() && System.nanoTime() < down) {
                TestApi.pause(50);
            }
            assertTrue(server.waitFor(4, TimeUnit.MINUTES), "the server came back from its reload");
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                api.jobs.listJobs(1, 0, null);
                return;
            } catch (ApiException e) {
                TestApi.pause(500); // the application is still being deployed
            }
        }
        fail("the application did not answer within 3 minutes of the reload");
    }
}
