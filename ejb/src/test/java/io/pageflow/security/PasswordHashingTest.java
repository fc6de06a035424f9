package io.pageflow.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void aHashIsBcryptAndNeverThePassword() {
        String hash = PasswordHashing.hash("correct horse battery");
        assertTrue(hash.startsWith("$2"), hash);
        assertFalse(hash.contains("correct horse"), hash);
        assertNotEquals(hash, PasswordHashing.hash("correct horse battery"), "every hash has its own salt");
    }

    @Test
    void onlyThePasswordMatches() {
        String hash = PasswordHashing.hash("correct horse battery");
        assertTrue(PasswordHashing.matches(hash, "correct horse battery"));
        assertFalse(PasswordHashing.matches(hash, "correct horse batterY"));
        assertFalse(PasswordHashing.matches("not a hash", "correct horse battery"));
    }

    @Test
    void slowDownDoublesUpToAMinute() {
        org.junit.jupiter.api.Assertions.assertEquals(1, Logins.slowdownSeconds(3, 3));
        org.junit.jupiter.api.Assertions.assertEquals(4, Logins.slowdownSeconds(5, 3));
        org.junit.jupiter.api.Assertions.assertEquals(60, Logins.slowdownSeconds(40, 3));
    }

    @Test
    void rolesIncludeTheOnesBefore() {
        assertTrue(Role.ADMIN.includes(Role.OPERATOR));
        assertTrue(Role.REVIEWER.seesAll());
        assertFalse(Role.SUBMITTER.seesAll());
        assertFalse(Role.REVIEWER.includes(Role.OPERATOR));
    }
}
