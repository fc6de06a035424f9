package io.pageflow.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every JAX-RS resource of the web module says who may call it: {@code @RolesAllowed} (or, for signing in,
 * {@code @PermitAll}) on the class, and any role named on a class or method is one of the four. A resource added
 * without it would be open to every signed-in user; this catches that at build time. Read from the sources,
 * as ConfigurationDocTest reads them, because the web module's classes are not on this module's path.
 */
class RolesOnEveryResourceTest {

    private static final Path WEB = Path.of("..", "web", "src", "main", "java");
    private static final Pattern ROLE = Pattern.compile("@RolesAllowed\\(Role\\.([A-Z])\\)");

    @Test
    void everyResourceClassNamesItsRoles() throws IOException {
        List<String> open = new ArrayList<>();
        int resources = 0;
        try (Stream<Path> files = Files.walk(WEB)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith("Resource.java"))::iterator) {
                String source = Files.readString(file);
                int type = source.indexOf("public class");
                String head = source.substring(0, Math.max(type, 0));
                if (!head.contains("@Path(")) {
                    continue;
                }
                resources++;
                if (!head.contains("@RolesAllowed(") && !head.contains("@PermitAll")) {
                    open.add(file.getFileName().toString());
                }
                Matcher role = ROLE.matcher(source);
                while (role.find()) {
                    assertTrue(List.of("S", "R", "O", "A").contains(role.group(1)), file + ": " + role.group());
                }
            }
        }
        assertTrue(resources > 20, "found the resources: " + resources);
        assertEquals(List.of(), open, "resources that do not say who may call them");
    }
}
