package io.pageflow.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.pageflow.page.OcrLanguages;

/** Ready only when Tesseract's data for the default OCR language is installed. */
@Readiness
@ApplicationScoped
public class OcrReadiness implements HealthCheck {

    @Inject
    OcrLanguages languages;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("tesseract").status(languages.isInstalled(languages.defaultLanguage()))
                    .withData("tessdata", languages.tessdata().toString())
                    .withData("language", languages.defaultLanguage())
                    .build();
        } catch (IllegalStateException e) {
            return HealthCheckResponse.named("tesseract").down().withData("error", e.getMessage()).build();
        }
    }
}
