package io.pageflow.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Says whether the API authenticates its callers. UP either way (a closed network may want it off), but with
 * authentication off it says so in words, for whoever reads readiness or alerts on it (docs/security.md).
 */
@Readiness
@ApplicationScoped
public class AuthenticationReadiness implements HealthCheck {

    @EJB(lookup = PipelineProbes.JNDI)
    PipelineProbes probes;

    @Override
    public HealthCheckResponse call() {
        return Probes.informative("authentication", response -> {
            boolean on = probes.authenticationOn();
            response.withData("enabled", on);
            if (!on) {
                response.withData("warning", "PAGEFLOW_AUTH=off: anyone who reaches this server can read, change and "
                        + "delete every document");
            }
        });
    }
}
