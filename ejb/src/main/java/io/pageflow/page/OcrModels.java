package io.pageflow.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where each {@link OcrModel}'s trained data is: the fast model in Tesseract's own folder ({@link OcrLanguages}),
 * the best one in {@code pageflow.ocr.best-tessdata}, where {@code tools/fetch-best-int} puts it. A job that asks
 * for a model that is not there is refused at upload, and a page whose model went missing since fails with
 * {@code OCR_MODEL_MISSING}: reading it with another model than asked would hide the problem.
 */
@ApplicationScoped
public class OcrModels {

    static final String OSD = "osd";

    @Inject
    OcrLanguages languages;

    @Inject
    @ConfigProperty(name = "pageflow.ocr.best-tessdata")
    Optional<String> bestTessdata;

    /** The folder to start Tesseract in for {@code model} and {@code language}; throws when it lacks the language. */
    public Path tessdata(OcrModel model, String language) {
        if (model == OcrModel.FAST) {
            return languages.tessdata();
        }
        Optional<Path> folder = best();
        if (folder.isEmpty() || !hasAll(folder.get(), language)) {
            throw new OcrModelMissingException(missing(language));
        }
        return folder.get();
    }

    /** Whether {@code model} can read {@code language} here. */
    public boolean isInstalled(OcrModel model, String language) {
        if (model == OcrModel.FAST) {
            return true; // the upload's language check covers Tesseract's own folder
        }
        return best().filter(folder -> hasAll(folder, language)).isPresent();
    }

    /** Whether orientation detection can run: Debian's {@code tesseract-ocr-osd} installed. */
    public boolean hasOrientationData() {
        return Files.isRegularFile(languages.tessdata().resolve(OSD + ".traineddata"));
    }

    public String missing(String language) {
        return "The best OCR model for '" + language + "' is not installed"
                + best().map(folder -> " in " + folder).orElse(" (PAGEFLOW_OCR_BEST_TESSDATA is not set)")
                + "; tools/fetch-best-int installs the English one";
    }

    private Optional<Path> best() {
        return bestTessdata.filter(s -> !s.isBlank()).map(Path::of);
    }

    private static boolean hasAll(Path folder, String language) {
        for (String part : language.split("\\+")) {
            if (!Files.isRegularFile(folder.resolve(part + ".traineddata"))) {
                return false;
            }
        }
        return true;
    }
}
