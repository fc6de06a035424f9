package io.pageflow.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when Tesseract's data for the default OCR language is installed. */
@Readiness
@ApplicationScoped
public class OcrReadiness implements HealthCheck {

    @EJB(lookup = PipelineProbes.JNDI)
    PipelineProbes probes;

    @Override
    public HealthCheckResponse call() {
        return Probes.response("tesseract", probes::ocrProblem);
    }
}
