package io.pageflow.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/** The encoder against the real model files: same vectors as langchain4j's, batched or not, long texts too. */
class SentenceEncoderTest {

    static final String LONG = "The shared MIME-info database describes file types by name patterns and magic bytes. "
            .repeat(60);
    static final List<String> TEXTS = List.of("Invoice number 4711, due in thirty days.",
            "A magic-deleteall element discards the magic rules of earlier directories.", LONG, "x",
            "Die Häuser wurden im Jahr 1890 gebaut; c'est la vie.");

    static SentenceEncoder full;
    static SentenceEncoder quantized;

    @BeforeAll
    static void load() {
        full = new SentenceEncoder(EmbeddingModelFile.FULL, 2, 4);
        quantized = new SentenceEncoder(EmbeddingModelFile.QUANTIZED, 2, 4);
    }

    @AfterAll
    static void close() {
        full.close();
        quantized.close();
    }

    @Test
    void theFullModelGivesLangchainsVectorsInBatches() {
        AllMiniLmL6V2EmbeddingModel reference = new AllMiniLmL6V2EmbeddingModel();
        List<float[]> ours = full.encode(TEXTS);
        for (int i = 0; i < TEXTS.size(); i++) {
            float[] theirs = SentenceEncoder.unit(reference.embed(TextSegment.from(TEXTS.get(i))).content().vector());
            assertEquals(384, ours.get(i).length);
            assertTrue(EmbeddingBenchmark.dot(theirs, ours.get(i)) > 0.999, "text " + i + ": "
                    + EmbeddingBenchmark.dot(theirs, ours.get(i)));
        }
    }

    @Test
    void theQuantizedModelStaysCloseToTheFullOne() {
        List<float[]> a = full.encode(TEXTS);
        List<float[]> b = quantized.encode(TEXTS);
        for (int i = 0; i < TEXTS.size(); i++) {
            double cosine = EmbeddingBenchmark.dot(a.get(i), b.get(i));
            assertTrue(cosine > 0.9, "text " + i + ": " + cosine);
            assertEquals(1.0, EmbeddingBenchmark.dot(b.get(i), b.get(i)), 1e-4, "unit length");
        }
    }

    @Test
    void batchingLeavesAFullVectorAloneAndMovesAQuantizedOneOnlySlightly() {
        float[] alone = full.encode(List.of(TEXTS.get(0))).get(0);
        assertTrue(EmbeddingBenchmark.dot(alone, full.encode(TEXTS).get(0)) > 0.9999, "padding is masked out");
        // The quantized model scales its activations to 8 bits per run, so a batch's other texts move a vector a
        // little (about 0.99 cosine); the same chunks in the same batches give the same vectors again.
        float[] quantizedAlone = quantized.encode(List.of(TEXTS.get(0))).get(0);
        List<float[]> batch = quantized.encode(TEXTS);
        assertTrue(EmbeddingBenchmark.dot(quantizedAlone, batch.get(0)) > 0.97,
                "" + EmbeddingBenchmark.dot(quantizedAlone, batch.get(0)));
        assertArrayEquals(batch.get(1), quantized.encode(TEXTS).get(1), 0f, "deterministic");
    }

    @Test
    void longTokenListsAreCutIntoWindowsBetweenTheSpecialTokens() {
        long[] ids = new long[1200];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i;
        }
        List<SentenceEncoder.Window> windows = SentenceEncoder.windows(3, ids);
        assertEquals(3, windows.size());
        assertEquals(512, windows.get(0).ids().length);
        assertEquals(0, windows.get(1).ids()[0]);
        assertEquals(1199, windows.get(2).ids()[windows.get(2).ids().length - 1]);
        assertEquals(1198, windows.stream().mapToDouble(SentenceEncoder.Window::weight).sum(), 1e-9);
        assertArrayEquals(new long[] {0, 1, 2}, SentenceEncoder.windows(0, new long[] {0, 1, 2}).get(0).ids());
    }
}
