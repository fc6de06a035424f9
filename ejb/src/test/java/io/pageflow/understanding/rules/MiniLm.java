package io.pageflow.understanding.rules;

import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

import io.pageflow.understanding.TextEmbedder;

/**
 * The server's sentence model (all-MiniLM-L6-v2 in process) for tests outside the server: one per JVM, as the
 * model takes seconds to load, with vectors made unit length as the server's embedder makes them.
 */
final class MiniLm implements TextEmbedder {

    private static MiniLm instance;

    private final AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();

    static synchronized MiniLm get() {
        if (instance == null) {
            instance = new MiniLm();
        }
        return instance;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).map(MiniLm::unit).toList();
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 1 : (float) (1 / Math.sqrt(norm));
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = v[i] * scale;
        }
        return u;
    }
}
