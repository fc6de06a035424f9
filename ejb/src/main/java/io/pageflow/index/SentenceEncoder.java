package io.pageflow.index;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Sentence vectors from a BERT-style ONNX model (all-MiniLM-L6-v2): mean of the token vectors of the last layer
 * over the real tokens, made unit length — the sentence-transformers recipe, as langchain4j computes it.
 * <p>
 * Why not langchain4j's model class: it runs one text per call, several calls at once on a thread pool, each
 * with ONNX Runtime's default threads, so on two cores the calls fight over them. Here texts of similar length
 * go through the network together ({@code batch} at a time, padded to the longest, the padding masked out), and
 * one run uses {@code threads} intra-op threads. A text longer than the model's 512 positions is cut into
 * windows of 510 tokens whose vectors are averaged, weighted by their lengths (as langchain4j does).
 * Thread-safe: ONNX Runtime sessions and the Rust tokenizer may be used by several threads at once.
 */
public final class SentenceEncoder implements AutoCloseable {

    static final int DIMENSIONS = 384;
    /** Positions of the model, of which two are [CLS] and [SEP]. */
    static final int MAX_TOKENS = 512;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean tokenTypes;
    private final int batch;

    /**
     * @param threads intra-op threads of one run (the machine's cores is a good choice)
     * @param batch   texts per run
     */
    public SentenceEncoder(EmbeddingModelFile file, int threads, int batch) {
        if (threads < 1 || batch < 1) {
            throw new IllegalArgumentException("threads and batch must be at least 1, got " + threads + ", " + batch);
        }
        this.batch = batch;
        this.environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // Threads that wait spin by default, burning the cores OCR and the other stages share with them:
            // on a loaded 2-core machine, waiting idle made embedding 1.8 times as productive per CPU-second.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            this.session = environment.createSession(file.onnxBytes(), options);
            this.tokenTypes = session.getInputNames().contains("token_type_ids");
            try (var json = file.tokenizerJson()) {
                this.tokenizer = HuggingFaceTokenizer.newInstance(json, Map.of("padding", "false"));
            }
        } catch (OrtException | java.io.IOException e) {
            throw new IllegalStateException("The embedding model " + file.modelName() + " could not be loaded", e);
        }
    }

    /** One unit-length vector per text, in the order given. */
    public List<float[]> encode(List<String> texts) {
        List<Window> windows = new ArrayList<>();
        for (int t = 0; t < texts.size(); t++) {
            windows.addAll(windows(t, tokenizer.encode(texts.get(t), true, false).getIds()));
        }
        // Similar lengths together: little padding to compute for nothing.
        List<Window> byLength = new ArrayList<>(windows);
        byLength.sort(Comparator.comparingInt(w -> w.ids().length));
        for (int from = 0; from < byLength.size(); from += batch) {
            run(byLength.subList(from, Math.min(byLength.size(), from + batch)));
        }
        float[][] sums = new float[texts.size()][DIMENSIONS];
        for (Window window : windows) {
            float[] sum = sums[window.text()];
            for (int d = 0; d < DIMENSIONS; d++) {
                sum[d] += window.weight() * window.vector[d];
            }
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (float[] sum : sums) {
            vectors.add(unit(sum));
        }
        return vectors;
    }

    /** The text's tokens as one window, or as several of at most 510 tokens each between [CLS] and [SEP]. */
    static List<Window> windows(int text, long[] ids) {
        if (ids.length <= MAX_TOKENS) {
            return List.of(new Window(text, ids, 1));
        }
        List<Window> windows = new ArrayList<>();
        int inner = MAX_TOKENS - 2;
        for (int from = 1; from < ids.length - 1; from += inner) {
            int to = Math.min(ids.length - 1, from + inner);
            long[] part = new long[to - from + 2];
            part[0] = ids[0];
            System.arraycopy(ids, from, part, 1, to - from);
            part[part.length - 1] = ids[ids.length - 1];
            windows.add(new Window(text, part, to - from));
        }
        return windows;
    }

    private void run(List<Window> windows) {
        int rows = windows.size();
        int length = windows.stream().mapToInt(w -> w.ids().length).max().orElse(0);
        long[] ids = new long[rows * length];
        long[] mask = new long[rows * length];
        for (int r = 0; r < rows; r++) {
            long[] tokens = windows.get(r).ids();
            System.arraycopy(tokens, 0, ids, r * length, tokens.length);
            java.util.Arrays.fill(mask, r * length, r * length + tokens.length, 1L);
        }
        long[] shape = {rows, length};
        try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
                OnnxTensor typesTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[rows * length]), shape)) {
            Map<String, OnnxTensor> inputs = tokenTypes
                    ? Map.of("input_ids", idsTensor, "attention_mask", maskTensor, "token_type_ids", typesTensor)
                    : Map.of("input_ids", idsTensor, "attention_mask", maskTensor);
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                for (int r = 0; r < rows; r++) {
                    windows.get(r).vector = meanOfTokens(hidden, r, length, windows.get(r).ids().length);
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("The embedding model failed on a batch of " + rows + " texts", e);
        }
    }

    /** Mean of the first {@code tokens} token vectors of row {@code row} (the rest is padding). */
    private static float[] meanOfTokens(FloatBuffer hidden, int row, int length, int tokens) {
        float[] mean = new float[DIMENSIONS];
        int base = row * length * DIMENSIONS;
        for (int t = 0; t < tokens; t++) {
            int offset = base + t * DIMENSIONS;
            for (int d = 0; d < DIMENSIONS; d++) {
                mean[d] += hidden.get(offset + d);
            }
        }
        for (int d = 0; d < DIMENSIONS; d++) {
            mean[d] /= tokens;
        }
        return mean;
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

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // closing at shutdown: nothing left to do
        }
        tokenizer.close();
    }

    /** Tokens of (part of) one text; {@code vector} is filled in by the run that computes it. */
    static final class Window {
        private final int text;
        private final long[] ids;
        private final float weight;
        private float[] vector;

        Window(int text, long[] ids, float weight) {
            this.text = text;
            this.ids = ids;
            this.weight = weight;
        }

        int text() {
            return text;
        }

        long[] ids() {
            return ids;
        }

        float weight() {
            return weight;
        }
    }
}
