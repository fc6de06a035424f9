package io.pageflow.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.pageflow.error.ErrorCode;
import io.pageflow.error.PipelineException;
import io.pageflow.ingest.FileType;

/**
 * One LibreOffice conversion in a process of its own: {@code soffice --headless --convert-to pdf} with a
 * fresh user profile (no lock or recovery state is ever left for the next run), its output captured to a
 * file, and a deadline. A run over the deadline is killed with every process it started, so nothing of it
 * outlives the call.
 */
final class LibreOfficeRun {

    /** How long killed processes get to disappear before the kill is called failed. */
    private static final Duration REAP = Duration.ofSeconds(10);
    private static final int LOG_TAIL = 600;

    private final String command;
    private final Duration timeout;

    /**
     * The import filter for a type, or null to let LibreOffice choose. Text is read as UTF-8 (as the upload
     * checked), not in the server's locale; HTML goes into Writer rather than Writer/Web, whose PDF export drops
     * headings and adds a blank page (LibreOffice 7.4).
     */
    static String importFilter(FileType type) {
        return switch (type) {
            case TEXT -> "Text (encoded):UTF8,LF,,,";
            case HTML -> "HTML (StarWriter)";
            default -> null;
        };
    }

    LibreOfficeRun(String command, Duration timeout) {
        this.command = command;
        this.timeout = timeout;
    }

    /**
     * Converts {@code input} into a PDF under {@code workDir} and returns its path.
     *
     * @param inputFilter LibreOffice's import filter, or null to let it choose by content and extension
     * @throws PipelineException {@code CONVERSION_FAILED}, {@code CONVERSION_TIMEOUT} or, when the program
     *                           cannot be started, {@code CONVERTER_UNAVAILABLE}
     */
    Path convert(Path input, String inputFilter, Path workDir) throws InterruptedException {
        Path out = createDirectory(workDir.resolve("out"));
        Path log = workDir.resolve("soffice.log");
        List<String> arguments = new ArrayList<>(List.of(command, "--headless", "--norestore",
                "-env:UserInstallation=" + workDir.resolve("profile").toUri()));
        if (inputFilter != null) {
            arguments.add("--infilter=" + inputFilter);
        }
        arguments.addAll(List.of("--convert-to", "pdf", "--outdir", out.toString(), input.toString()));
        Process process;
        try {
            process = new ProcessBuilder(arguments).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
        } catch (IOException e) {
            throw new PipelineException(ErrorCode.CONVERTER_UNAVAILABLE, "LibreOffice cannot be started ('" + command
                    + "', PAGEFLOW_OFFICE_COMMAND): " + e.getMessage(), e);
        }
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            if (process.isAlive()) {
                ProcessTree.kill(process.toHandle(), REAP);
            }
        }
        if (!finished) {
            throw new PipelineException(ErrorCode.CONVERSION_TIMEOUT, "LibreOffice did not convert the document within "
                    + timeout.toSeconds() + " s (PAGEFLOW_OFFICE_TIMEOUT_SECONDS) and was stopped");
        }
        // Whatever LibreOffice left running after it answered (it should leave nothing) goes too.
        ProcessTree.kill(process.toHandle(), REAP);
        Path pdf = out.resolve(baseName(input) + ".pdf");
        if (process.exitValue() != 0 || !Files.isRegularFile(pdf) || size(pdf) == 0) {
            throw new PipelineException(ErrorCode.CONVERSION_FAILED, "LibreOffice could not convert the document "
                    + "(exit " + process.exitValue() + "): " + tail(log));
        }
        return pdf;
    }

    private static String baseName(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The end of LibreOffice's output, which says why it failed ("source file could not be loaded"). */
    private static String tail(Path log) {
        try {
            String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                return "no output";
            }
            return text.length() <= LOG_TAIL ? text : "…" + text.substring(text.length() - LOG_TAIL);
        } catch (IOException e) {
            return "no output";
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File("/dev/null");
    }

    private static Path createDirectory(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new PipelineException(ErrorCode.CONVERTER_UNAVAILABLE, "Cannot create " + directory, e);
        }
    }
}
