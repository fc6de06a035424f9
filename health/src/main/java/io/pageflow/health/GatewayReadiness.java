package io.pageflow.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows the conversion gateway's circuit breaker: {@code closed}, {@code open} or {@code half-open}, or that no
 * gateway is configured. It stays UP when the breaker is open: only jobs submitted with {@code convert=gateway}
 * need the gateway, and a node that cannot reach it still takes uploads and runs every other stage, so it must
 * not be taken out of a load balancer for that. The state is what an operator or an alert reads.
 */
@Readiness
@ApplicationScoped
public class GatewayReadiness implements HealthCheck {

    @EJB(lookup = PipelineProbes.JNDI)
    PipelineProbes probes;

    @Override
    public HealthCheckResponse call() {
        return Probes.informative("conversion-gateway", response -> {
            String breaker = probes.gatewayBreaker();
            response.withData("configured", breaker != null).withData("circuitBreaker", breaker == null ? "none" : breaker);
        });
    }
}
