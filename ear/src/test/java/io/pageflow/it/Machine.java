package io.pageflow.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What a benchmark report says of the machine it ran on. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return String.join(", ", List.of(
                firstValue("/proc/cpuinfo", "model name"),
                Runtime.getRuntime().availableProcessors() + " cores",
                String.format("%.0f GB", Long.parseLong(firstValue("/proc/meminfo", "MemTotal").replaceAll("\\D", "")) / 1024.0 / 1024),
                firstValue("/etc/os-release", "PRETTY_NAME").replace("\"", ""),
                "Java " + System.getProperty("java.version"),
                commandLine("tesseract", "--version")));
    }

    static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String firstValue(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith(key)).findFirst()
                    .map(line -> line.substring(line.indexOf(line.contains("=") && !line.contains(":") ? '=' : ':') + 1).strip())
                    .orElse("unknown " + key);
        } catch (IOException e) {
            return "unknown " + key;
        }
    }

    private static String commandLine(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String first = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst()
                    .orElse("");
            process.waitFor();
            return first.strip();
        } catch (IOException e) {
            return command[0] + " not found";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return command[0];
        }
    }
}
