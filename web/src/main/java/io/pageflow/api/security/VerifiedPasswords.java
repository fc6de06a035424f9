package io.pageflow.api.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.pageflow.security.Secrets;

/**
 * Passwords Elytron verified in the last minute, by the SHA-256 of name and password: a script that polls with
 * HTTP Basic pays bcrypt once a minute, not on every call (bcrypt is the point of the hash, and Elytron's
 * {@code caching-realm} would keep only the hash, not spare the bcrypt). Removing a user forgets them at once; a
 * wrong password never enters.
 */
final class VerifiedPasswords {

    private static final long TTL_NANOS = Duration.ofSeconds(60).toNanos();
    private static final int MAX = 10_000;

    private record Entry(Caller caller, long until) {
    }

    private static final Map<String, Entry> VERIFIED = new ConcurrentHashMap<>();

    private VerifiedPasswords() {
    }

    static Caller find(String name, String password) {
        Entry entry = VERIFIED.get(key(name, password));
        return entry != null && entry.until - System.nanoTime() > 0 ? entry.caller : null;
    }

    static void remember(String name, String password, Caller caller) {
        if (VERIFIED.size() >= MAX) {
            VERIFIED.clear();
        }
        VERIFIED.put(key(name, password), new Entry(caller, System.nanoTime() + TTL_NANOS));
    }

    static void forget(String name) {
        VERIFIED.values().removeIf(entry -> entry.caller.name().equals(name));
    }

    private static String key(String name, String password) {
        return Secrets.sha256(name + '\u0000' + password);
    }
}
