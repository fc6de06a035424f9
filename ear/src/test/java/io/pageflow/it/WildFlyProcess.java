package io.pageflow.it;

import java.time.Duration;

/** The test server's process (the one Arquillian started on target/wildfly-base), for its CPU time. */
final class WildFlyProcess {

    private WildFlyProcess() {
    }

    static Duration cpu() {
        String baseDir = "-Djboss.server.base.dir=" + System.getProperty("it.base.dir");
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(baseDir) && line.contains("jboss-modules"))
                        .orElse(false))
                .findFirst()
                .flatMap(p -> p.info().totalCpuDuration())
                .orElseThrow(() -> new IllegalStateException("no running server with " + baseDir));
    }
}
