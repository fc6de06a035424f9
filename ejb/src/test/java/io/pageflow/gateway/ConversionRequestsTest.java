package io.pageflow.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.pageflow.config.PageflowSettings;
import io.pageflow.error.InvalidRequestException;
import io.pageflow.job.JobOptions;

class ConversionRequestsTest {

    private static ConversionRequests with(Map<String, String> config) {
        ConversionRequests requests = new ConversionRequests();
        requests.settings = PageflowSettings.read(name -> Optional.ofNullable(config.get(name)));
        return requests;
    }

    private static final ConversionRequests MULTIPART = with(Map.of("pageflow.gateway.url", "http://gw:8080"));

    private static String refused(ConversionRequests requests, String convert, String mapping, int files) {
        return assertThrows(InvalidRequestException.class,
                () -> requests.check(JobOptions.DEFAULTS, convert, mapping, files)).code();
    }

    @Test
    void aJobWithoutConversionIsLeftAlone() {
        assertSame(JobOptions.DEFAULTS, MULTIPART.check(JobOptions.DEFAULTS, null, null, 3));
        assertEquals("BAD_OPTION", refused(MULTIPART, null, "{}", 1));
    }

    @Test
    void convertGatewayNeedsAConfiguredGatewayOneFileAndAJsonMapping() {
        JobOptions options = MULTIPART.check(JobOptions.DEFAULTS, "gateway", "{\"a\": [1]}", 1);
        assertEquals("gateway", options.conversion());
        assertEquals("{\"a\": [1]}", options.gatewayMapping());
        assertEquals("GATEWAY_NOT_CONFIGURED", refused(with(Map.of()), "gateway", "{}", 1));
        assertEquals("BAD_OPTION", refused(MULTIPART, "tika", "{}", 1));
        assertEquals("GATEWAY_NEEDS_ONE_FILE", refused(MULTIPART, "gateway", "{}", 2));
        assertEquals("MAPPING_REQUIRED", refused(MULTIPART, "gateway", null, 1));
        assertEquals("INVALID_MAPPING", refused(MULTIPART, "gateway", "fields: a", 1));
        assertEquals("INVALID_MAPPING", refused(MULTIPART, "gateway", "\"" + "x".repeat(ConversionRequests.MAX_MAPPING_BYTES) + "\"", 1));
    }

    @Test
    void aPutGatewayTakesNoMapping() {
        ConversionRequests put = with(Map.of("pageflow.gateway.url", "http://tika:9998", "pageflow.gateway.flavour", "put"));
        JobOptions options = put.check(JobOptions.DEFAULTS, "gateway", null, 1);
        assertEquals("gateway", options.conversion());
        assertNull(options.gatewayMapping());
    }
}
