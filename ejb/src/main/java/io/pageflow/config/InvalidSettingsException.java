package io.pageflow.config;

import java.util.List;

/** Settings that break their rules: every problem found, each naming its environment variable and the rule. */
public class InvalidSettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidSettingsException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        String heading = problems.size() == 1 ? "Invalid configuration, Pageflow does not start: "
                : "Invalid configuration (" + problems.size() + " problems), Pageflow does not start:\n  - ";
        return heading + String.join("\n  - ", problems) + (problems.size() == 1 ? "" : "\n")
                + " (see docs/configuration.md)";
    }
}
