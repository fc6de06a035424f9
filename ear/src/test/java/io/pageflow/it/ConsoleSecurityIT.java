package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The console signs users in through its own form, names them in the top bar with a sign-out, and shows the
 * buttons their role may use: a reviewer has no delete button, an operator has requeue and delete.
 */
class ConsoleSecurityIT extends ConsoleTest {

    @Test
    void buttonsFollowTheRoleOfWhoIsSignedIn() {
        long id = api.submitAccepted(List.of(new PageflowClient.FilePart("roles.pdf", "application/pdf",
                TestDocuments.bornDigitalPdf(List.of(TestDocuments.lines(12, 3))))), Map.of()).getId();
        api.awaitEnd(id, JOB_TIMEOUT);
        String reviewer = Users.add("console-reviewer", "reviewer");
        String operator = Users.add("console-operator", "operator");

        browser.signIn(reviewer, Users.PASSWORD);
        assertEquals("reviewer", browser.text("#user-role"));
        browser.open("jobs/" + id);
        browser.await(Duration.ofSeconds(20), "the job view", d -> browser.text("#job-progress-text").contains("pages"));
        assertTrue(browser.findAll("#delete-button").isEmpty(), "a reviewer has no delete button");
        assertTrue(browser.findAll("#requeue-button").isEmpty(), "nor requeue");
        browser.screenshot("reviewer-job");

        browser.signIn(operator, Users.PASSWORD);
        browser.open("jobs/" + id);
        browser.await(Duration.ofSeconds(20), "the operator's requeue button", d -> !browser.findAll("#requeue-button").isEmpty());
        assertFalse(browser.findAll("#delete-button").isEmpty(), "an operator has the delete button");
        browser.find("#requeue-button").click();
        browser.await(Duration.ofSeconds(20), "the requeue is accepted (the CSRF token went with it)",
                d -> browser.find("#requeue-button").isEnabled());
        assertFalse(browser.find("#action-notice").isDisplayed(), () -> "the requeue was refused: " + browser.text("#action-notice"));
        browser.screenshot("operator-job");

        browser.find("#sign-out").click();
        browser.await(Duration.ofSeconds(20), "the sign-in form after signing out", d -> !browser.findAll("#login-form").isEmpty());
        browser.find("#login-name").sendKeys(operator);
        browser.find("#login-password").sendKeys("not-the-password");
        browser.find("#login-button").click();
        browser.await(Duration.ofSeconds(20), "the refusal", d -> browser.find("#login-error").isDisplayed());
        assertTrue(browser.text("#login-error").contains("wrong"), browser.text("#login-error"));
        browser.consoleErrors(); // the browser logs the refused sign-in's 401 itself; it is what this step expects
        browser.signIn(PageflowClient.ADMIN, PageflowClient.ADMIN_PASSWORD);
    }
}
