package io.pageflow.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when object storage can be written: uploads would fail otherwise. */
@Readiness
@ApplicationScoped
public class StorageReadiness implements HealthCheck {

    @EJB(lookup = PipelineProbes.JNDI)
    PipelineProbes probes;

    @Override
    public HealthCheckResponse call() {
        return Probes.response("storage", probes::storageProblem);
    }
}
