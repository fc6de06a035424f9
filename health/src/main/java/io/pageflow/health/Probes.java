package io.pageflow.health;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** Turns a probe's answer into a health response; a probe that throws is DOWN, with its message as the problem. */
final class Probes {

    private Probes() {
    }

    /** UP when the probe answers null, DOWN with the problem it names otherwise. */
    static HealthCheckResponse response(String name, Supplier<String> probe) {
        try {
            String problem = probe.get();
            return problem == null ? HealthCheckResponse.up(name)
                    : HealthCheckResponse.named(name).down().withData("problem", problem).build();
        } catch (RuntimeException e) {
            return down(name, e);
        }
    }

    /**
     * UP whatever the probe finds, with the data it adds: for a state an operator or an alert reads but that must
     * not take the node out of a load balancer.
     */
    static HealthCheckResponse informative(String name, Consumer<HealthCheckResponseBuilder> probe) {
        try {
            HealthCheckResponseBuilder response = HealthCheckResponse.named(name).up();
            probe.accept(response);
            return response.build();
        } catch (RuntimeException e) {
            return down(name, e);
        }
    }

    private static HealthCheckResponse down(String name, RuntimeException e) {
        return HealthCheckResponse.named(name).down().withData("problem", String.valueOf(e.getMessage())).build();
    }
}
