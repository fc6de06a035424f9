package io.pageflow.security;

import java.net.URI;
import java.util.Locale;

/**
 * Whether a request was made by another site's page. Browsers name the page a request comes from in
 * {@code Origin} (and say {@code Sec-Fetch-Site: cross-site}); a request whose Origin names another host than the
 * one it was sent to ({@code Host}) was made elsewhere. Without either header it is not a browser's cross-site
 * request (scripts, curl), and the other checks decide.
 */
public final class RequestOrigin {

    private RequestOrigin() {
    }

    public static boolean isForeign(String secFetchSite, String origin, String host) {
        if ("cross-site".equalsIgnoreCase(secFetchSite)) {
            return true;
        }
        if (origin == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getHost() == null || host == null) {
                return true;
            }
            String from = uri.getHost().toLowerCase(Locale.ROOT);
            String target = host.trim().toLowerCase(Locale.ROOT);
            String defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? ":443" : ":80";
            int port = uri.getPort();
            // "Host: example.org" and "Origin: https://example.org:443" are the same place
            return !(target.equals(port < 0 ? from : from + ":" + port)
                    || port < 0 && target.equals(from + defaultPort)
                    || (":" + port).equals(defaultPort) && target.equals(from));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
