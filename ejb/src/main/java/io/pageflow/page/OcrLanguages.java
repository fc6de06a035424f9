package io.pageflow.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.pageflow.ingest.UploadRejectedException;

/** Knows where Tesseract's trained data lives and which languages are installed there. */
@ApplicationScoped
public class OcrLanguages {

    private static final List<Path> KNOWN_TESSDATA = List.of(
            Path.of("/usr/share/tesseract-ocr/5/tessdata"),
            Path.of("/usr/share/tesseract-ocr/4.00/tessdata"),
            Path.of("/usr/share/tessdata"),
            Path.of("/usr/local/share/tessdata"));
    private static final String SUFFIX = ".traineddata";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z_]{3,8}(\\+[a-z_]{3,8})*", Pattern.CASE_INSENSITIVE);

    @Inject
    @ConfigProperty(name = "pageflow.ocr.tessdata")
    Optional<String> configuredTessdata;

    @Inject
    @ConfigProperty(name = "pageflow.ocr.language", defaultValue = "eng")
    String defaultLanguage;

    /** The tessdata folder; Tesseract crashes the JVM instead of throwing when it has none, so it is always set. */
    public Path tessdata() {
        return configuredTessdata.filter(s -> !s.isBlank()).map(Path::of)
                .or(() -> KNOWN_TESSDATA.stream().filter(Files::isDirectory).findFirst())
                .orElseThrow(() -> new IllegalStateException(
                        "No Tesseract data folder found; install tesseract-ocr-eng or set PAGEFLOW_OCR_TESSDATA"));
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    /** The languages whose trained data is installed, sorted; {@code osd} (script detection) is not one. */
    public List<String> installed() {
        try (Stream<Path> files = Files.list(tessdata())) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                    .filter(name -> !name.equals("osd"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of(defaultLanguage);
        }
    }

    public boolean isInstalled(String language) {
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            return false;
        }
        for (String part : language.split("\\+")) {
            if (!Files.isRegularFile(tessdata().resolve(part + SUFFIX))) {
                return false;
            }
        }
        return true;
    }

    /** The language to use for an upload: the requested one if installed, else a 400 saying what is. */
    public String resolve(String requested) {
        String language = requested == null || requested.isBlank() ? defaultLanguage : requested.trim();
        if (!isInstalled(language)) {
            throw new UploadRejectedException(400, "UNKNOWN_LANGUAGE", "OCR language '" + language
                    + "' is not installed in " + tessdata() + " (install tesseract-ocr-<lang>).");
        }
        return language;
    }
}
