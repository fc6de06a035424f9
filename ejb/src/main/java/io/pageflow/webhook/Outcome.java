package io.pageflow.webhook;

/**
 * What one attempt came to, and whether another one is worth it: 2xx delivers; 5xx, 429, 408 and no answer at all
 * (timeout, connection refused, a name that does not resolve now) are worth another attempt; any other answer
 * (redirects are not followed, 4xx) and a refused target fail the delivery at once.
 *
 * @param code the HTTP status, -1 when there was no answer
 * @param error why it was not delivered, null when it was
 */
public record Outcome(boolean delivered, int code, String error, boolean retryable) {

    public static Outcome ofStatus(int status) {
        if (status >= 200 && status < 300) {
            return new Outcome(true, status, null, false);
        }
        boolean retryable = status >= 500 || status == 429 || status == 408;
        return new Outcome(false, status, "HTTP " + status, retryable);
    }

    /** No answer: worth another attempt. */
    public static Outcome noAnswer(String error) {
        return new Outcome(false, -1, error, true);
    }

    /** Never worth another attempt (a refused target, no secret to sign with). */
    public static Outcome refused(String error) {
        return new Outcome(false, -1, error, false);
    }
}
