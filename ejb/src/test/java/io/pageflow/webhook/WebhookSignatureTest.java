package io.pageflow.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    static final String SECRET = "whsec-0123456789abcdef";
    static final String BODY = "{\"id\":\"d1\",\"type\":\"job.completed\",\"data\":{\"jobId\":7}}";

    @Test
    void theHeaderIsTheTimeAndTheHmacOfTimeDotBody() {
        // RFC 4231 test case 2: HMAC-SHA256 with key "Jefe" of "what do ya want for nothing?"
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSignature.hmac("Jefe", "what do ya want for nothing?"));
        assertEquals("t=1700000000,v1=" + WebhookSignature.hmac(SECRET, "1700000000." + BODY),
                WebhookSignature.header(SECRET, 1700000000L, BODY));
    }

    @Test
    void aSignatureVerifiesWithItsSecretOnly() {
        String header = WebhookSignature.header(SECRET, 1700000000L, BODY);
        assertTrue(WebhookSignature.verify(SECRET, header, BODY));
        assertFalse(WebhookSignature.verify("whsec-another-secret-000", header, BODY), "a wrong secret");
        assertFalse(WebhookSignature.verify(SECRET, header, BODY.replace("7", "8")), "a changed body");
        assertFalse(WebhookSignature.verify(SECRET, header.replace("t=1700000000", "t=1700000001"), BODY),
                "a changed time");
        assertFalse(WebhookSignature.verify(SECRET, "v1=abc", BODY), "no time");
    }
}
