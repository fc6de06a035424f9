package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.JsonObject;

import io.pageflow.client.model.EventView;
import io.pageflow.client.model.JobView;
import io.pageflow.client.model.PageExtraction;
import io.pageflow.client.model.ReviewItem;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * What pages are, in the console: an invoice's type and fields beside its image, a field corrected and kept as
 * a person's, documents listed and searched by type, and the review queue walked with the keyboard to a
 * look-alike that is retyped and completed. Screenshots land in target/console-screenshots.
 */
class ConsoleUnderstandingIT extends ConsoleTest {

    static final Duration SHORT = Duration.ofSeconds(20);

    @Test
    void anInvoicePageShowsItsTypeAndFieldsAndACorrectedFieldIsKeptAsAPersons() throws Exception {
        String number = "INV-" + random();
        JobView job = submitOnly("Invoice " + number, UnderstandingIT.invoice(number));
        long document = job.getDocumentId();

        // opened while the job runs (once split into pages): no type yet, then the type without a reload
        browser.await(JOB_TIMEOUT, "the job is split into its pages", d -> api.job(job.getId()).getPagesTotal() == 2);
        browser.open("jobs/" + job.getId() + "/pages/1");
        browser.await(JOB_TIMEOUT, "the page's type and its invoice number", d -> !browser.findAll("#page-doc-type").isEmpty()
                && "bill".equals(browser.text("#page-doc-type"))
                && number.equals(browser.find("#field-invoiceNumber").getDomProperty("value"))
                && browser.find("#save-fields").isEnabled());
        assertEquals("completed", api.job(job.getId()).getStatus(), "corrections open once the job has ended");
        assertEquals("rules", source("invoiceNumber"));
        assertEquals("2026-03-14", browser.find("#field-invoiceDate").getDomProperty("value"), "a date input with the ISO date");
        assertEquals("date", browser.find("#field-invoiceDate").getDomProperty("type"));
        assertTrue(browser.text("#type-scores").startsWith("Best scores: bill"), browser.text("#type-scores"));
        assertTrue(browser.text("[data-field=invoiceNumber] .field-meta").contains("Invoice No: " + number),
                "the evidence: " + browser.text("[data-field=invoiceNumber] .field-meta"));
        assertEquals("Confirm as is", browser.text("#save-fields"));
        browser.screenshot("page-fields");

        String corrected = number + "-R";
        WebElement input = browser.find("#field-invoiceNumber");
        input.clear();
        input.sendKeys(corrected);
        assertEquals("Save corrections", browser.text("#save-fields"));
        browser.find("#save-fields").click();
        browser.await(SHORT, "the field is a person's now", d -> "human".equals(source("invoiceNumber"))
                && browser.text("#fields-status").startsWith("Saved"));
        assertTrue(browser.text("#fields-status").startsWith("Saved: invoiceNumber."), browser.text("#fields-status"));

        JsonObject fields = UnderstandingIT.json(api.extraction.getPageExtraction(document, 1).getFields());
        assertEquals(corrected, fields.getJsonObject("invoiceNumber").getString("value"), "stored as typed");
        assertEquals("human", fields.getJsonObject("invoiceNumber").getString("source"));
        assertEquals("rules", fields.getJsonObject("invoiceDate").getString("source"), "unchanged fields are not sent");
        List<EventView> corrections = api.events(job.getId()).stream()
                .filter(e -> e.getType().equals("page.fields-corrected")).toList();
        assertEquals(1, corrections.size());
        assertTrue(corrections.get(0).getMessage().endsWith("fields invoiceNumber"), corrections.get(0).getMessage());

        browser.driver.navigate().refresh();
        browser.await(SHORT, "the correction after a reload", d -> corrected.equals(
                browser.find("#field-invoiceNumber").getDomProperty("value")) && "human".equals(source("invoiceNumber")));
        browser.screenshot("page-corrected");
    }

    @Test
    void documentsAreListedWithTypeAndStatusAndSearchedByType() throws Exception {
        String number = "INV-" + random();
        JobView job = submit("Invoice " + number, UnderstandingIT.invoice(number));
        long document = job.getDocumentId();
        String row = "tr[data-document='" + document + "']";

        browser.open("jobs");
        browser.await(SHORT, "the jobs list", d -> !browser.findAll("tr[data-job='" + job.getId() + "']").isEmpty()
                && browser.findAll("#jobs-type-filter option").size() > 1);
        new Select(browser.find("#jobs-type-filter")).selectByValue("bill");
        browser.await(SHORT, "the documents of type bill", d -> d.getCurrentUrl().endsWith("#/documents?docType=bill")
                && !browser.findAll(row).isEmpty());
        assertEquals("bill", browser.text(row + " .doc-type"));
        assertTrue(browser.text(row).contains("ready"), browser.text(row));
        assertTrue(browser.text(row + " .key-fields").contains("Invoice number: " + number), browser.text(row));
        assertTrue(browser.findAll("tr[data-document] .doc-type").stream().allMatch(t -> t.getText().equals("bill")));
        browser.screenshot("documents");
        browser.find(row + " a").click();
        browser.await(SHORT, "the job says its document's status and type", d -> browser.findAll("[data-fact=document] dd").size() == 1
                && browser.text("[data-fact=document] dd").equals("✓ ready · bill"));
        browser.driver.navigate().back();
        browser.await(SHORT, "back to the documents", d -> d.getCurrentUrl().endsWith("#/documents?docType=bill")
                && !browser.findAll("#type-filter").isEmpty());

        new Select(browser.find("#type-filter")).selectByValue("eway_bill");
        browser.await(SHORT, "no bill among e-way bills", d -> d.getCurrentUrl().endsWith("docType=eway_bill")
                && browser.findAll("[aria-busy]").isEmpty() && browser.findAll(row).isEmpty()
                && (!browser.findAll("tr[data-document]").isEmpty() || browser.find(".empty").isDisplayed()));

        String hit = ".search-results a[href='#/jobs/" + job.getId() + "/pages/1']";
        browser.open("search?q=" + number + "+Steel+brackets+Fastener+kits&docType=bill");
        browser.await(Duration.ofSeconds(30), "the invoice among bills", d -> !browser.findAll(hit).isEmpty());
        new Select(browser.find("#search-type-filter")).selectByValue("eway_bill");
        browser.await(Duration.ofSeconds(30), "not among e-way bills", d -> d.getCurrentUrl().endsWith("docType=eway_bill")
                && browser.findAll(".search-results[aria-busy]").isEmpty() && browser.findAll(hit).isEmpty());
    }

    @Test
    void theReviewQueueIsWalkedWithTheKeyboardAndACompletedLookAlikeOpensTheNext() throws Exception {
        List<String> letter = List.of("Dear Ms Rao,",
                "Thank you for your letter of 2 March about the community garden on Lake Road.",
                "The committee agreed to extend the opening hours during the summer months.",
                "Yours sincerely,", "Anil Mehta, Secretary");
        JobView job = submit("Paper and letter " + random(), List.of(UnderstandingIT.researchPage(), letter));
        long document = job.getDocumentId();
        for (int page = 1; page <= 2; page++) {
            assertEquals("unknown", api.extraction.getPageExtraction(document, page).getDocType(), "page " + page + " is a look-alike");
        }

        browser.open("review");
        String mine = "#review-items tr[data-document='" + document + "'][data-page='1']";
        browser.await(SHORT, "the look-alike is in the queue", d -> !browser.findAll(mine).isEmpty());
        assertTrue(browser.text(mine).contains("unknown"), browser.text(mine));
        assertTrue(browser.text("#review-keys").contains("Enter"), "the keys are on the view");
        assertTrue(browser.text("#review-count").matches("\\d+"), "the count in the top bar");
        browser.screenshot("review-queue");
        new Select(browser.find("#reason-filter")).selectByValue("unknown");
        browser.await(SHORT, "unknown pages only", d -> d.getCurrentUrl().endsWith("#/review?reason=unknown")
                && !browser.findAll(mine).isEmpty()
                && browser.findAll("#review-items .reason").stream().allMatch(r -> r.getText().equals("unknown")));

        // j until the look-alike is chosen, then Enter
        int rows = browser.findAll("#review-items tr").size();
        for (int i = 0; i < rows && browser.findAll(mine + ".selected").isEmpty(); i++) {
            new Actions(browser.driver).sendKeys("j").perform();
        }
        assertFalse(browser.findAll(mine + ".selected").isEmpty(), "j reached the look-alike");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.await(SHORT, "Enter opens the page", d -> d.getCurrentUrl().contains("#/review/" + document + "/1?reason=unknown")
                && "unknown".equals(browser.text("#page-doc-type")) && browser.text("#queue-position").startsWith("Item "));
        browser.screenshot("review-item");
        // the item after this one, as the view read the queue when it opened
        List<ReviewItem> queue = api.reviewQueue("unknown");
        int at = indexOf(queue, document, 1);
        ReviewItem expected = at >= 0 && at + 1 < queue.size() ? queue.get(at + 1) : null;

        // A person says it is a bill and gives its number: still short of the required fields, it stays.
        new Select(browser.find("#doc-type-select")).selectByValue("bill");
        browser.await(SHORT, "the bill's fields", d -> !browser.findAll("#field-invoiceNumber").isEmpty());
        String number = "PAPER-" + random();
        browser.find("#field-invoiceNumber").sendKeys(number, Keys.ENTER);
        browser.await(SHORT, "saved, and invalid", d -> browser.text("#fields-status").startsWith("Saved as bill")
                && browser.find("#validation-errors").isDisplayed());
        assertTrue(browser.text("#fields-status").matches("Saved as bill: invoiceNumber\\. The fields still break \\d+ rules\\."),
                browser.text("#fields-status"));
        assertTrue(browser.findAll("[data-field=invoiceDate].invalid").size() == 1, "the missing date is marked");
        assertEquals("true", browser.find("#field-totalAmount").getDomAttribute("aria-invalid"));
        assertEquals("human", source("invoiceNumber"));
        assertTrue(browser.driver.getCurrentUrl().contains("#/review/" + document + "/1?"), "an invalid page stays open");
        browser.screenshot("review-invalid");

        browser.find("#field-invoiceDate").sendKeys("03142026");
        assertEquals("2026-03-14", browser.find("#field-invoiceDate").getDomProperty("value"));
        browser.find("#field-supplierGstin").sendKeys(UnderstandingIT.SUPPLIER);
        browser.find("#field-totalAmount").sendKeys("118000", Keys.ENTER);
        if (expected != null) {
            String next = "#/review/" + expected.getDocumentId() + "/" + expected.getPageNumber() + "?reason=unknown";
            browser.await(SHORT, "the next item opens", d -> d.getCurrentUrl().endsWith(next)
                    && browser.findAll("#page-doc-type").size() == 1);
        } else {
            browser.await(SHORT, "the queue view opens", d -> d.getCurrentUrl().endsWith("#/review?reason=unknown"));
        }

        PageExtraction page = api.extraction.getPageExtraction(document, 1);
        assertEquals("bill", page.getDocType());
        assertTrue(page.getValidation().getValid(), page.getValidation().toString());
        assertFalse(page.getNeedsReview());
        assertEquals(-1, indexOf(api.reviewQueue(null), document, 1), "out of the queue");
        assertEquals(118000.0, UnderstandingIT.json(page.getFields()).getJsonObject("totalAmount").getJsonNumber("value").doubleValue(),
                "an amount is sent as a number");
    }

    @Test
    void aPageOfAJobThatStoppedBeforeClassifyingSaysItHasNoType() {
        int seed = ThreadLocalRandom.current().nextInt();
        long id = api.submitAccepted(ReliabilityIT.pages(ReliabilityIT.goodPage(seed), ReliabilityIT.corruptPage(seed + 1)),
                Map.of("onPageError", "stop")).getId();
        assertEquals("failed", api.awaitEnd(id, JOB_TIMEOUT).getStatus());

        browser.open("jobs/" + id + "/pages/1");
        browser.await(SHORT, "page 1 says it has no type", d -> browser.text("#page-type")
                .equals("Not classified: the job ended before this page was given a type."));
        assertTrue(browser.findAll("#fields-form").stream().noneMatch(WebElement::isDisplayed), "no fields to correct");
    }

    private static JobView submit(String title, List<List<String>> pages) {
        JobView job = submitOnly(title, pages);
        assertEquals("completed", api.awaitEnd(job.getId(), JOB_TIMEOUT).getStatus());
        return job;
    }

    private static JobView submitOnly(String title, List<List<String>> pages) {
        return api.submitAccepted(List.of(new PageflowClient.FilePart("document.pdf", "application/pdf",
                TestDocuments.bornDigitalPdf(pages))), Map.of("title", title));
    }

    private static String source(String field) {
        List<WebElement> source = browser.findAll("[data-field=" + field + "] [data-source]");
        return source.isEmpty() ? null : source.get(0).getText();
    }

    private static int indexOf(List<ReviewItem> queue, long document, int page) {
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).getDocumentId() == document && queue.get(i).getPageNumber() == page) {
                return i;
            }
        }
        return -1;
    }

    private static int random() {
        return ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }
}
