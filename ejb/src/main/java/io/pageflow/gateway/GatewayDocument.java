package io.pageflow.gateway;

import java.io.InputStream;
import java.util.function.Supplier;

/**
 * What is sent to the gateway for one job.
 *
 * @param fileName    the uploaded file's name, given to the gateway with the {@code file} part
 * @param contentType its media type, as sniffed at upload
 * @param size        its length in bytes (the request declares it)
 * @param content     opens the file again for each attempt
 * @param mapping     the mapping JSON given at upload
 */
public record GatewayDocument(String fileName, String contentType, long size, Supplier<InputStream> content,
        String mapping) {
}
