package io.pageflow.analysis.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pageflow.understanding.TextEmbedder;

/**
 * Key phrases of a text chosen with sentence embeddings (the idea of KeyBERT): candidate phrases of one to
 * three words that neither start nor end with a stop word are embedded with the text, ranked by their cosine
 * similarity to it, and picked by Maximal Marginal Relevance, so that each next phrase is close to the text but
 * far from those already picked ({@code diversity} 0: only relevance, 1: only difference).
 */
public final class KeyPhrases {

    /** Candidates embedded per page: the most frequent ones, a bound on what one page costs. */
    static final int MAX_CANDIDATES = 48;
    /** MiniLM reads about 256 word pieces; more text is cut by the model anyway. */
    static final int MAX_TEXT_CHARS = 2_000;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'-]*|\\p{N}+|[.,;:!?()\\[\\]\"]");
    private static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList(("a about above after again all also am an and any are as at be "
            + "because been before being below between both but by can could did do does doing down during each few "
            + "for from further had has have having he her here hers him his how i if in into is it its itself just "
            + "let me more most my no nor not now of off on once only or other our ours out over own same she should "
            + "so some such than that the their theirs them then there these they this those through to too under "
            + "until up us very was we were what when where which while who whom why will with would you your yours "
            + "page chapter exercise example figure table section lesson unit see use using one two three first "
            + "second next may must shall get got make makes made every many much well way ways").split(" ")));

    private final TextEmbedder embedder;

    public KeyPhrases(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    /** A picked phrase, its embedding, and how close it is to the whole text. */
    public record Phrase(String text, int words, float[] vector, double relevance) {
    }

    /** The candidates and the text's own vector, embedded in one batch. */
    public record Candidates(List<Phrase> phrases, float[] textVector) {
    }

    public Candidates candidates(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> run = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            String token = m.group().toLowerCase(Locale.ROOT);
            if (!Character.isLetterOrDigit(token.charAt(0))) {
                addGrams(run, counts);
                run.clear();
            } else {
                run.add(token);
            }
        }
        addGrams(run, counts);
        List<String> chosen = counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue()
                        : Integer.compare(words(b.getKey()), words(a.getKey())))
                .limit(MAX_CANDIDATES).map(Map.Entry::getKey).toList();
        if (chosen.isEmpty()) {
            return new Candidates(List.of(), new float[0]);
        }
        List<String> batch = new ArrayList<>(chosen.size() + 1);
        batch.add(text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text);
        batch.addAll(chosen);
        List<float[]> vectors = embedder.embedAll(batch);
        float[] textVector = vectors.get(0);
        List<Phrase> phrases = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            float[] v = vectors.get(i + 1);
            phrases.add(new Phrase(chosen.get(i), words(chosen.get(i)), v, cosine(v, textVector)));
        }
        return new Candidates(phrases, textVector);
    }

    /** Maximal Marginal Relevance over {@code pool}: up to {@code k} phrases, relevant and unlike each other. */
    public static List<Phrase> mmr(List<Phrase> pool, int k, double diversity) {
        List<Phrase> left = new ArrayList<>(pool);
        List<Phrase> picked = new ArrayList<>();
        while (picked.size() < k && !left.isEmpty()) {
            Phrase best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Phrase candidate : left) {
                double redundancy = 0;
                for (Phrase p : picked) {
                    redundancy = Math.max(redundancy, cosine(candidate.vector(), p.vector()));
                }
                double score = (1 - diversity) * candidate.relevance() - diversity * redundancy;
                if (score > bestScore) {
                    bestScore = score;
                    best = candidate;
                }
            }
            picked.add(best);
            left.remove(best);
        }
        return picked;
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static void addGrams(List<String> run, Map<String, Integer> counts) {
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= run.size(); i++) {
                String first = run.get(i);
                String last = run.get(i + n - 1);
                if (STOP.contains(first) || STOP.contains(last) || !useful(first) || !useful(last)) {
                    continue;
                }
                counts.merge(String.join(" ", run.subList(i, i + n)), 1, Integer::sum);
            }
        }
    }

    private static boolean useful(String word) {
        return word.length() >= 3 && Character.isLetter(word.charAt(0));
    }

    private static int words(String phrase) {
        return phrase.split(" ").length;
    }
}
