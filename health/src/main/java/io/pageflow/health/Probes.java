package io.pageflow.health;

import java.util.function.Supplier;

import org.eclipse.microprofile.health.HealthCheckResponse;

/** Turns a probe's answer (null, or the problem) into a health response; a probe that throws is DOWN. */
final class Probes {

    private Probes() {
    }

    static HealthCheckResponse response(String name, Supplier<String> probe) {
        try {
            String problem = probe.get();
            return problem == null ? HealthCheckResponse.up(name)
                    : HealthCheckResponse.named(name).down().withData("problem", problem).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(name).down().withData("problem", String.valueOf(e.getMessage())).build();
        }
    }
}
