package io.pageflow.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The two builds of all-MiniLM-L6-v2 that Maven Central serves as jars (the ONNX model and its tokenizer at the
 * jar's root): the original in 32-bit floats, and the same network with its weights quantized to 8-bit integers,
 * a quarter of the size and about twice as fast on a CPU. Both give 384-dimension vectors of the same space, close
 * enough to search one's vectors with the other's (see docs/pipeline.md), though re-indexing gives the best
 * results after a switch. Only the files are used, read through the jar's class loader (the server module
 * {@code io.pageflow.natives}); the langchain4j classes are named only to find that loader and are not run.
 */
public enum EmbeddingModelFile {

    FULL("all-MiniLM-L6-v2", "all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json",
            AllMiniLmL6V2EmbeddingModel.class),
    QUANTIZED("all-MiniLM-L6-v2-q", "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json",
            AllMiniLmL6V2QuantizedEmbeddingModel.class);

    private final String modelName;
    private final String onnx;
    private final String tokenizer;
    private final Class<?> anchor;

    EmbeddingModelFile(String modelName, String onnx, String tokenizer, Class<?> anchor) {
        this.modelName = modelName;
        this.onnx = onnx;
        this.tokenizer = tokenizer;
        this.anchor = anchor;
    }

    /** As the {@code pageflow.embedding.model} setting spells it: {@code full} or {@code quantized}. */
    public static EmbeddingModelFile of(String setting) {
        return valueOf(setting.strip().toUpperCase(Locale.ROOT));
    }

    /** Stored with every vector ({@code chunk_embedding.model}), so that one can tell which model made it. */
    public String modelName() {
        return modelName;
    }

    byte[] onnxBytes() {
        try (InputStream in = open(onnx)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream tokenizerJson() {
        return open(tokenizer);
    }

    private InputStream open(String resource) {
        InputStream in = anchor.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The embedding model file " + resource + " is not on the class path: the "
                    + anchor.getSimpleName() + " jar must be (in the server, module io.pageflow.natives)");
        }
        return in;
    }
}
