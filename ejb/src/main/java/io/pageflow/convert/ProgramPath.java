package io.pageflow.convert;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds a program as the shell would: a path as given, a bare name in the folders of {@code PATH}. */
final class ProgramPath {

    private ProgramPath() {
    }

    static Optional<Path> resolve(String command) {
        if (command.contains("/")) {
            Path path = Path.of(command);
            return Files.isRegularFile(path) && Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String searchPath = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        return Stream.of(searchPath.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, command))
                .filter(path -> Files.isRegularFile(path) && Files.isExecutable(path)).findFirst();
    }
}
