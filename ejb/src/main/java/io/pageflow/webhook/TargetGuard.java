package io.pageflow.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps webhooks from reaching into the server's own network (SSRF): a target must be an http(s) URL without
 * credentials whose host resolves only to public addresses: no loopback, link-local (cloud metadata at
 * 169.254.169.254), private (RFC 1918, RFC 4193), shared (100.64/10), multicast, unspecified or reserved ones.
 * One switch allows private targets, for receivers on the same machine or network. Checked when a webhook is
 * registered and again before every delivery, since DNS may answer differently later.
 */
public final class TargetGuard {

    public static final String INVALID_URL = "INVALID_WEBHOOK_URL";
    public static final String REFUSED = "WEBHOOK_TARGET_REFUSED";
    public static final String UNRESOLVED = "WEBHOOK_TARGET_UNRESOLVED";

    private static final Set<String> SCHEMES = Set.of("http", "https");
    private static final int MAX_LENGTH = 2000;

    /** Name resolution, replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    public TargetGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    public TargetGuard(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    /** The URL if its form is acceptable: absolute http or https, a host, no user info. */
    public static URI parse(String url) throws Refused {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            throw new Refused(INVALID_URL, "A webhook URL is an http or https URL of at most " + MAX_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new Refused(INVALID_URL, "Not a URL: " + e.getMessage());
        }
        if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
            throw new Refused(INVALID_URL, "A webhook URL must use http or https.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused(INVALID_URL, "A webhook URL must not carry credentials; the signature authenticates Pageflow.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new Refused(INVALID_URL, "A webhook URL needs a host name or address.");
        }
        return uri;
    }

    /** Parses the URL and checks where its host resolves to. */
    public URI check(String url) throws Refused {
        URI uri = parse(url);
        check(uri);
        return uri;
    }

    /** Checks where the URL's host resolves to; every address must be public unless private ones are allowed. */
    public void check(URI uri) throws Refused {
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            throw new Refused(UNRESOLVED, "The host " + uri.getHost() + " does not resolve.");
        }
        for (InetAddress address : addresses) {
            if (isNonPublic(address)) {
                throw new Refused(REFUSED, "The host " + uri.getHost() + " resolves to " + address.getHostAddress()
                        + ", a loopback, link-local, private or reserved address; webhooks go to public addresses only"
                        + " (PAGEFLOW_WEBHOOK_ALLOW_PRIVATE=true allows others).");
            }
        }
    }

    /** Whether an address is one a webhook must not reach. */
    static boolean isNonPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress() || address.isAnyLocalAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0                                  // "this network"
                    || (first == 100 && (second & 0xc0) == 64)  // shared address space 100.64/10 (carrier NAT)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || first >= 240;                           // reserved and broadcast
        }
        if (address instanceof Inet6Address v6) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7 (RFC 4193)
            }
            if (v6.isIPv4CompatibleAddress()) {
                try {
                    return isNonPublic(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A target refused, with the problem code that says why. */
    public static final class Refused extends Exception {

        private final String code;

        public Refused(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
