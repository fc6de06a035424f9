package io.pageflow.webhook;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A registered webhook as the API shows it: never its secret, only the secret's last four characters.
 *
 * @param secretHint {@code …} and the secret's last four characters, to tell secrets apart
 */
public record Webhook(long id, String url, List<String> events, String secretHint, OffsetDateTime createdAt) {

    static String hint(String secret) {
        return "…" + secret.substring(Math.max(0, secret.length() - 4));
    }
}
