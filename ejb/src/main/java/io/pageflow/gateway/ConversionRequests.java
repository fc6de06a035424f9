package io.pageflow.gateway;

import java.io.StringReader;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;

import io.pageflow.config.PageflowSettings;
import io.pageflow.error.InvalidRequestException;
import io.pageflow.job.JobOptions;

/**
 * Checks what an upload asks of the conversion gateway ({@code convert=gateway} and its {@code mapping}) before
 * anything is stored, so that a job that cannot be converted is refused with a 400 problem instead of failing
 * later.
 */
@ApplicationScoped
public class ConversionRequests {

    /** A mapping is a description, not a document. */
    public static final int MAX_MAPPING_BYTES = 1024 * 1024;

    @Inject
    PageflowSettings settings;

    /**
     * @param convert the {@code convert} field, or null
     * @param mapping the {@code mapping} part as text (at most one byte over {@link #MAX_MAPPING_BYTES}), or null
     * @param files   how many files the upload holds
     * @return the options with the conversion asked for
     * @throws InvalidRequestException when the request cannot be honoured, with the code that says why
     */
    public JobOptions check(JobOptions options, String convert, String mapping, int files) {
        if (convert == null) {
            if (mapping != null) {
                throw new InvalidRequestException("BAD_OPTION",
                        "mapping is sent to the conversion gateway: it goes with convert=gateway");
            }
            return options;
        }
        if (!convert.equals(JobOptions.CONVERT_GATEWAY)) {
            throw new InvalidRequestException("BAD_OPTION", "convert must be gateway");
        }
        if (!settings.gateway().isConfigured()) {
            throw new InvalidRequestException("GATEWAY_NOT_CONFIGURED",
                    "convert=gateway needs a conversion gateway, and this server has none (PAGEFLOW_GATEWAY_URL)");
        }
        if (files != 1) {
            throw new InvalidRequestException("GATEWAY_NEEDS_ONE_FILE",
                    "convert=gateway sends one file to the gateway; this upload has " + files);
        }
        if (mapping == null || mapping.isBlank()) {
            if (settings.gateway().flavour() == GatewaySettings.Flavour.PUT) {
                return options.withConversion(JobOptions.CONVERT_GATEWAY, null); // the raw body carries no mapping
            }
            throw new InvalidRequestException("MAPPING_REQUIRED",
                    "convert=gateway needs a mapping part holding the mapping JSON");
        }
        if (mapping.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_MAPPING_BYTES) {
            throw new InvalidRequestException("INVALID_MAPPING", "the mapping is larger than " + MAX_MAPPING_BYTES + " bytes");
        }
        String problem = notJson(mapping);
        if (problem != null) {
            throw new InvalidRequestException("INVALID_MAPPING", "the mapping is not JSON: " + problem);
        }
        return options.withConversion(JobOptions.CONVERT_GATEWAY, mapping);
    }

    /** Null when the text is one JSON value, else what is wrong. */
    static String notJson(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            reader.readValue();
            return null;
        } catch (JsonException | IllegalStateException e) {
            return e.getMessage();
        }
    }
}
