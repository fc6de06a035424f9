package io.pageflow.page;

import java.util.Optional;

/** The OCR engine wired by hand as CDI wires it in the server, for tests outside it. */
final class Engines {

    private Engines() {
    }

    static OcrLanguages languages() {
        OcrLanguages languages = new OcrLanguages();
        languages.configuredTessdata = Optional.empty();
        languages.defaultLanguage = "eng";
        return languages;
    }

    static TesseractPool pool(OcrLanguages languages, int workers) {
        TesseractPool pool = new TesseractPool();
        pool.languages = languages;
        pool.workers = workers;
        pool.init();
        return pool;
    }

    /** @param bestTessdata the folder of the best model, or null */
    static OcrEngine engine(TesseractPool pool, OcrLanguages languages, String bestTessdata) {
        OcrModels models = new OcrModels();
        models.languages = languages;
        models.bestTessdata = Optional.ofNullable(bestTessdata);
        Orientation orientation = new Orientation();
        orientation.pool = pool;
        orientation.languages = languages;
        orientation.models = models;
        OcrEngine engine = new OcrEngine();
        engine.pool = pool;
        engine.models = models;
        engine.orientation = orientation;
        engine.timeoutSeconds = 60;
        return engine;
    }
}
