package io.pageflow.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when LibreOffice, which converts office documents to PDFs, can be run. */
@Readiness
@ApplicationScoped
public class OfficeReadiness implements HealthCheck {

    @EJB(lookup = PipelineProbes.JNDI)
    PipelineProbes probes;

    @Override
    public HealthCheckResponse call() {
        return Probes.response("libreoffice", probes::officeProblem);
    }
}
