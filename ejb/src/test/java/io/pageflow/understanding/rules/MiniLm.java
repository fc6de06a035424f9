package io.pageflow.understanding.rules;

import java.util.List;

import io.pageflow.config.Settings;
import io.pageflow.index.EmbeddingModelFile;
import io.pageflow.index.SentenceEncoder;
import io.pageflow.understanding.TextEmbedder;

/**
 * The server's sentence model (all-MiniLM-L6-v2 in process, the build the server uses by default) for tests
 * outside the server: one per JVM, as the model takes seconds to load.
 */
final class MiniLm implements TextEmbedder {

    private static MiniLm instance;

    private final SentenceEncoder encoder = new SentenceEncoder(
            EmbeddingModelFile.of(Settings.EMBEDDING_MODEL.defaultValue()), 2,
            Integer.parseInt(Settings.EMBEDDING_BATCH.defaultValue()));

    static synchronized MiniLm get() {
        if (instance == null) {
            instance = new MiniLm();
        }
        return instance;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return encoder.encode(texts);
    }
}
