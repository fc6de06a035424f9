package io.pageflow.index;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * Sentence embeddings computed in process with all-MiniLM-L6-v2 (ONNX Runtime): 384 dimensions, no
 * network, no GPU. Vectors are unit length, so a dot product is their cosine similarity.
 */
@ApplicationScoped
public class Embedder implements io.pageflow.understanding.TextEmbedder {

    public static final String MODEL = "all-MiniLM-L6-v2";
    public static final int DIMENSIONS = 384;

    private volatile EmbeddingModel model;

    public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    /**
     * Embeds a batch at once, which is several times faster than one by one. Two more tries half a second
     * apart cover a transient failure (memory pressure); a breaker stops calling a model that keeps failing.
     */
    @Override
    @Retry(maxRetries = 2, delay = 500, jitter = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 30_000)
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model().embedAll(segments).content().stream().map(Embedding::vector).map(Embedder::unit).toList();
    }

    private EmbeddingModel model() {
        // Loading the model takes seconds; do it on first use, once.
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2EmbeddingModel();
                }
                m = model;
            }
        }
        return m;
    }

    static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm == 0) {
            return vector;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        float[] result = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            result[i] = vector[i] * scale;
        }
        return result;
    }

    /** PostgreSQL array literal, e.g. {@code {0.1,-0.2}}, for binding a vector as text. */
    public static String toSqlArray(float[] vector) {
        StringBuilder sb = new StringBuilder(vector.length * 12).append('{');
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(vector[i]);
        }
        return sb.append('}').toString();
    }
}
