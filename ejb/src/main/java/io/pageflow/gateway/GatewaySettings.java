package io.pageflow.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the conversion gateway is and how it is called ({@code PAGEFLOW_GATEWAY_*}, see docs/configuration.md).
 *
 * @param url      the gateway's root URL; empty: the gateway is off and {@code convert=gateway} is refused
 * @param flavour  how the document is sent
 * @param path     appended to the root URL: {@code /process} or {@code /tika} unless configured
 * @param timeout  one attempt, answer included
 * @param maxBytes larger files fail with {@code TOO_LARGE} before anything is sent
 */
public record GatewaySettings(Optional<URI> url, Flavour flavour, String path, Duration timeout, long maxBytes) {

    /** How the document goes to the gateway. */
    public enum Flavour {
        /** The gateway's own contract: {@code POST} multipart with {@code file}, {@code mapping} and {@code pretty=1}. */
        MULTIPART("/process"),
        /** The raw body with {@code PUT}, as Apache Tika server's {@code /tika} takes it; the mapping is not sent. */
        PUT("/tika");

        private final String defaultPath;

        Flavour(String defaultPath) {
            this.defaultPath = defaultPath;
        }

        public String defaultPath() {
            return defaultPath;
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean isConfigured() {
        return url.isPresent();
    }

    /** The URL every call goes to: the root without its trailing slash, then the path. */
    public URI endpoint() {
        String root = url.orElseThrow(() -> new IllegalStateException("no conversion gateway is configured"))
                .toString();
        return URI.create((root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path);
    }
}
