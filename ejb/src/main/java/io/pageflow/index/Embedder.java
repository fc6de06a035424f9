package io.pageflow.index;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

import io.pageflow.config.PageflowSettings;

/**
 * Sentence embeddings computed in process with all-MiniLM-L6-v2 (ONNX Runtime, {@link SentenceEncoder}): 384
 * dimensions, no network, no GPU. Vectors are unit length, so a dot product is their cosine similarity. Which
 * build of the model (quantized by default, or full), how many threads a run uses and how many texts go in one
 * run are settings ({@code PAGEFLOW_EMBEDDING_*}).
 */
@ApplicationScoped
public class Embedder implements io.pageflow.understanding.TextEmbedder {

    private static final Logger LOG = Logger.getLogger(Embedder.class.getName());

    public static final int DIMENSIONS = SentenceEncoder.DIMENSIONS;

    @Inject
    PageflowSettings settings;

    private volatile SentenceEncoder encoder;

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
        return encoder().encode(texts);
    }

    /** The name stored with each vector: which model made it. */
    public String modelName() {
        return model().modelName();
    }

    private EmbeddingModelFile model() {
        return EmbeddingModelFile.of(settings.embedding().model());
    }

    private SentenceEncoder encoder() {
        // Loading the model takes seconds; do it on first use, once.
        SentenceEncoder e = encoder;
        if (e == null) {
            synchronized (this) {
                if (encoder == null) {
                    PageflowSettings.Embedding embedding = settings.embedding();
                    encoder = new SentenceEncoder(model(), embedding.threadsOrCores(), embedding.batch());
                    LOG.info(() -> "Embedding model " + modelName() + ": " + embedding.threadsOrCores()
                            + " threads, " + embedding.batch() + " texts per run");
                }
                e = encoder;
            }
        }
        return e;
    }

    @PreDestroy
    void close() {
        if (encoder != null) {
            encoder.close();
        }
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
