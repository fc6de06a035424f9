package io.pageflow.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md cannot fall behind the settings: every setting has a table row naming its variable and
 * property with its default, every {@code pageflow.*} property the page names exists, and no code reads a
 * {@code pageflow.*} property through MicroProfile Config that {@link Settings} does not define (and so does not
 * check at boot).
 */
class ConfigurationDocTest {

    static final Path DOC = Path.of("..", "docs", "configuration.md");
    static final Pattern PROPERTY = Pattern.compile("`(pageflow\\.[a-z0-9.-]+)`");
    static final Pattern VARIABLE = Pattern.compile("`(PAGEFLOW_[A-Z0-9_]+)`");
    /** A string literal that names a setting, in the application's sources. */
    static final Pattern PROPERTY_LITERAL = Pattern.compile("\"(pageflow\\.[a-z0-9-]+\\.[a-z0-9.-]+)\"");

    record Row(String variable, String defaultCell) {
    }

    /** property → its row, from the tables whose second column is the property. */
    static Map<String, Row> documentedRows() throws IOException {
        Map<String, Row> rows = new HashMap<>();
        for (String line : Files.readAllLines(DOC)) {
            String[] cells = line.split("\\|");
            if (cells.length < 5 || !line.startsWith("|")) {
                continue;
            }
            List<String> variables = all(VARIABLE, cells[1]);
            List<String> properties = all(PROPERTY, cells[2]);
            for (int i = 0; i < properties.size(); i++) {
                String variable = i < variables.size() ? variables.get(i) : "(none)";
                rows.put(properties.get(i), new Row(variable, cells[3].strip()));
            }
        }
        return rows;
    }

    @Test
    void everySettingIsDocumentedWithItsVariableAndDefault() throws IOException {
        Map<String, Row> rows = documentedRows();
        List<String> wrong = new ArrayList<>();
        for (Setting setting : Settings.ALL) {
            Row row = rows.get(setting.property());
            if (row == null) {
                wrong.add(setting.property() + ": no row in the tables");
                continue;
            }
            if (!row.variable().equals(setting.variable())) {
                wrong.add(setting.property() + ": the row names " + row.variable() + ", not " + setting.variable());
            }
            String expected = setting.defaultIfUnset().map(d -> "`" + d + "`").orElse("unset");
            boolean documented = setting.defaultIfUnset().isPresent() ? row.defaultCell().startsWith(expected)
                    : row.defaultCell().startsWith("unset");
            if (!documented) {
                wrong.add(setting.property() + ": default documented as \"" + row.defaultCell() + "\", expected it to start with " + expected);
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    @Test
    void everyDocumentedPropertyExists() throws IOException {
        Set<String> defined = Settings.ALL.stream().map(Setting::property).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>(all(PROPERTY, Files.readString(DOC)));
        unknown.removeAll(defined);
        assertEquals(Set.of(), unknown, "properties named in docs/configuration.md that Pageflow does not have");
    }

    @Test
    void theApplicationReadsNoSettingThatIsNotChecked() throws IOException {
        Set<String> defined = Settings.ALL.stream().map(Setting::property).collect(Collectors.toSet());
        Set<String> unchecked = new TreeSet<>();
        for (Path sources : List.of(Path.of("src", "main"), Path.of("..", "web", "src", "main"))) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                    String source = Files.readString(file);
                    if (!source.contains("org.eclipse.microprofile.config")) {
                        continue;  // names like pageflow.pages.processed are meters, not settings
                    }
                    for (String property : all(PROPERTY_LITERAL, source)) {
                        if (!defined.contains(property)) {
                            unchecked.add(property + " (" + file + ")");
                        }
                    }
                }
            }
        }
        if (!unchecked.isEmpty()) {
            fail("read but not defined in io.pageflow.config.Settings, so not checked at boot: " + unchecked);
        }
    }

    @Test
    void variablesAreThePropertiesInUpperCase() {
        assertEquals("PAGEFLOW_S3_PATH_STYLE", Settings.S3_PATH_STYLE.variable());
        assertEquals("PAGEFLOW_LLM_BASE_URL", Settings.LLM_BASE_URL.variable());
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
