package io.pageflow.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PresentedTokenTest {

    @Test
    void aTokenSplitsIntoTheRealmsPrincipalAndTheSecret() {
        PresentedToken token = PresentedToken.parse("pf_42.abcdefghijklmnopqrstuvwxyz_-0123").orElseThrow();
        assertEquals(42, token.id());
        assertEquals("pf_42", token.principal());
        assertEquals("abcdefghijklmnopqrstuvwxyz_-0123", token.secret());
    }

    @Test
    void anythingElseIsNoToken() {
        assertTrue(PresentedToken.parse("pf_1.short").isEmpty(), "a secret under 20 characters");
        assertTrue(PresentedToken.parse("pf_x.abcdefghijklmnopqrstuvwxyz").isEmpty(), "an id that is not a number");
        assertTrue(PresentedToken.parse("eyJhbGciOiJSUzI1NiJ9.e30.sig").isEmpty(), "a JWT");
        assertTrue(PresentedToken.parse("pf_1.abcdefghijklmnopqrstuvwxyz!").isEmpty(), "a character outside base64url");
    }
}
