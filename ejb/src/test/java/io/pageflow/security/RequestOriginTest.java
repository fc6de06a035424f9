package io.pageflow.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestOriginTest {

    @Test
    void theServersOwnPagesAreNotForeign() {
        assertFalse(RequestOrigin.isForeign("same-origin", "http://127.0.0.1:8180", "127.0.0.1:8180"));
        assertFalse(RequestOrigin.isForeign(null, "https://pageflow.example", "pageflow.example"));
        assertFalse(RequestOrigin.isForeign(null, "https://pageflow.example:443", "pageflow.example"));
        assertFalse(RequestOrigin.isForeign(null, "https://PageFlow.example", "pageflow.example:443"));
    }

    @Test
    void scriptsWithoutOriginAreNotForeign() {
        assertFalse(RequestOrigin.isForeign(null, null, "localhost:8080"));
    }

    @Test
    void anotherSitesPagesAre() {
        assertTrue(RequestOrigin.isForeign(null, "https://attacker.example", "127.0.0.1:8180"));
        assertTrue(RequestOrigin.isForeign(null, "http://127.0.0.1:9999", "127.0.0.1:8180"));
        assertTrue(RequestOrigin.isForeign(null, "null", "127.0.0.1:8180"), "an opaque origin (sandboxed frame, file:)");
        assertTrue(RequestOrigin.isForeign("cross-site", null, "127.0.0.1:8180"));
        assertTrue(RequestOrigin.isForeign(null, "http://pageflow.example.attacker.example", "pageflow.example"));
    }
}
