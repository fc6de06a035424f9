package io.pageflow.security;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API token as a request sends it, {@code pf_<id>.<secret>}, split into what Elytron's {@code pageflow-tokens}
 * realm checks: the principal {@code pf_<id>} and the secret, whose SHA-256 the realm compares with the stored one.
 */
public record PresentedToken(long id, String principal, String secret) {

    private static final Pattern TOKEN = Pattern.compile("pf_(\\d{1,18})\\.([A-Za-z0-9_-]{20,100})");

    /** The parts of a well-formed token; empty for anything else. */
    public static Optional<PresentedToken> parse(String token) {
        Matcher parts = TOKEN.matcher(token);
        if (!parts.matches()) {
            return Optional.empty();
        }
        return Optional.of(new PresentedToken(Long.parseLong(parts.group(1)), "pf_" + parts.group(1), parts.group(2)));
    }
}
