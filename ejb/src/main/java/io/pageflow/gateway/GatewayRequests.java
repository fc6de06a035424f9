package io.pageflow.gateway;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The request of one attempt, in the configured flavour. The file is streamed from storage (opened again for
 * every attempt) and its length declared, so that neither side holds it in memory nor needs chunked encoding.
 */
final class GatewayRequests {

    static final String ACCEPT = "application/xml";
    /**
     * Tika server's {@code /tika} offers its XHTML as {@code text/xml} only; asking for {@code application/xml}
     * first keeps the contract's preference for gateways that have both.
     */
    static final String ACCEPT_PUT = "application/xml, text/xml;q=0.9";

    private GatewayRequests() {
    }

    static HttpRequest of(GatewaySettings settings, GatewayDocument document) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(settings.endpoint()).timeout(settings.timeout());
        if (settings.flavour() == GatewaySettings.Flavour.PUT) {
            return builder.header("Accept", ACCEPT_PUT)
                    .header("Content-Type", document.contentType())
                    .header("Content-Disposition", "attachment; filename=\"" + quoted(document.fileName()) + "\"")
                    .PUT(BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(document.content()), document.size()))
                    .build();
        }
        String boundary = "pageflow-" + UUID.randomUUID();
        return builder.header("Accept", ACCEPT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(multipart(boundary, document))
                .build();
    }

    /** {@code file}, then {@code mapping} (as {@code mapping.json}), then {@code pretty=1}. */
    private static BodyPublisher multipart(String boundary, GatewayDocument document) {
        byte[] head = ("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + quoted(document.fileName()) + "\"\r\n"
                + "Content-Type: " + document.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        // A job submitted while the gateway took the put flavour has no mapping: the part is left out.
        String mapping = document.mapping() == null ? "" : "\r\n--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"mapping\"; filename=\"mapping.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n"
                + document.mapping();
        byte[] tail = (mapping + "\r\n--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"pretty\"\r\n\r\n"
                + "1\r\n"
                + "--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        BodyPublisher parts = BodyPublishers.concat(BodyPublishers.ofByteArray(head),
                BodyPublishers.ofInputStream(document.content()), BodyPublishers.ofByteArray(tail));
        return BodyPublishers.fromPublisher(parts, head.length + document.size() + tail.length);
    }

    /** A file name inside a quoted header parameter: no quotes, backslashes or line breaks. */
    static String quoted(String fileName) {
        return fileName.replaceAll("[\"\\\\\\r\\n]", "_");
    }
}
