package io.pageflow.gateway;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineException;

/**
 * How one call to the conversion gateway failed. A {@link Transient} failure (5xx, no connection, no answer in
 * time) is worth another attempt and counts against the gateway's circuit breaker; any other failure (a 4xx: the
 * request itself is wrong; an answer the contract does not describe) is final and says nothing about the
 * gateway's health.
 */
public class GatewayException extends PipelineException {

    GatewayException(ErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }

    /** Another attempt may succeed. */
    public static class Transient extends GatewayException {
        Transient(ErrorCode code, String message, Throwable cause) {
            super(code, message, cause);
        }
    }
}
