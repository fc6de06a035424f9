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
        if (problems.size() == 1) {
            return "Invalid configuration, Pageflow does not start: " + problems.get(0) + " (see docs/configuration.md)";
        }
        return "Invalid configuration (" + problems.size() + " problems), Pageflow does not start "
                + "(see docs/configuration.md):\n  - " + String.join("\n  - ", problems);
    }
}
