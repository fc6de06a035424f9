package io.pageflow.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.pageflow.config.PageflowSettings;

class OutcomeTest {

    @Test
    void successDeliversServerErrorsAndTooManyRequestsRetryOtherAnswersFailAtOnce() {
        assertTrue(Outcome.ofStatus(200).delivered());
        assertTrue(Outcome.ofStatus(204).delivered());
        for (int status : new int[] {500, 502, 503, 504, 429, 408}) {
            Outcome o = Outcome.ofStatus(status);
            assertFalse(o.delivered());
            assertTrue(o.retryable(), "HTTP " + status + " is tried again");
        }
        for (int status : new int[] {301, 302, 400, 401, 403, 404, 410, 422}) {
            assertFalse(Outcome.ofStatus(status).retryable(), "HTTP " + status + " fails at once");
        }
        assertTrue(Outcome.noAnswer("TIMEOUT").retryable());
        assertEquals(-1, Outcome.noAnswer("TIMEOUT").code());
    }

    @Test
    void theDelayDoublesFromTheFirstAndStopsAtAnHour() {
        WebhookSettings settings = new WebhookSettings();
        settings.settings = PageflowSettings.read(name -> Optional.ofNullable(
                name.equals("pageflow.webhook.retry-delay-ms") ? "30000" : null));
        assertEquals(30_000, settings.retryDelayMillis(2));
        assertEquals(60_000, settings.retryDelayMillis(3));
        assertEquals(480_000, settings.retryDelayMillis(6));
        assertEquals(3_600_000, settings.retryDelayMillis(40));
    }
}
