package io.pageflow.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.pageflow.page.OcrLanguages;
import io.pageflow.storage.ObjectStorage;

/** Readiness of what the pipeline needs: the database, object storage and Tesseract's data. */
@ApplicationScoped
public class PipelineReadiness {

    @Resource(lookup = "java:jboss/datasources/PageflowDS")
    DataSource dataSource;

    @Inject
    ObjectStorage storage;

    @Inject
    OcrLanguages languages;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            try (Connection connection = dataSource.getConnection()) {
                return HealthCheckResponse.named("database").status(connection.isValid(2)).build();
            } catch (SQLException e) {
                return HealthCheckResponse.named("database").down().withData("error", String.valueOf(e.getMessage())).build();
            }
        };
    }

    @Produces
    @Readiness
    HealthCheck storage() {
        return () -> HealthCheckResponse.named("storage").status(storage.isWritable()).build();
    }

    @Produces
    @Readiness
    HealthCheck ocr() {
        return () -> {
            try {
                return HealthCheckResponse.named("tesseract").status(languages.isInstalled("eng"))
                        .withData("tessdata", languages.tessdata().toString()).build();
            } catch (IllegalStateException e) {
                return HealthCheckResponse.named("tesseract").down().withData("error", e.getMessage()).build();
            }
        };
    }
}
