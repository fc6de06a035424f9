package io.pageflow.understanding.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.pageflow.understanding.Classification;
import io.pageflow.understanding.ClassificationEngine;
import io.pageflow.understanding.PageInput;
import io.pageflow.understanding.TextEmbedder;
import io.pageflow.understanding.TokenUsage;
import io.pageflow.understanding.TypeDefinition;
import io.pageflow.understanding.TypeScore;

/**
 * The classifier that runs on the machine. For each type it adds the weights of the type's keywords and
 * patterns found on the page (up to the type's saturation), blends that with how close the page's embedding is
 * to the type's description and examples, and takes away the share its exclusions claim (a purchase order's
 * title vetoes {@code bill}). The best type wins if it reaches the threshold; otherwise the page is
 * {@code unknown}, whose score is what the best type leaves (1 − best).
 *
 * <p>Thread-safe: compiled rules and the embedded examples are cached per type version and shared. Without an
 * embedder ({@code null}) it runs on the rules alone.
 */
public class RuleClassifier implements ClassificationEngine {

    public static final String ENGINE = "rules";
    /** Characters of the page that are embedded: the head of a page says what it is, and MiniLM reads ~256 tokens. */
    static final int EMBEDDED_CHARS = 1000;
    private static final int CACHE_LIMIT = 256;

    private final TextEmbedder embedder;
    private final Map<String, TypeRules> rules = new ConcurrentHashMap<>();

    public RuleClassifier(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public Classification classify(PageInput page, List<TypeDefinition> types, double threshold) {
        PageText text = PageText.of(page == null ? null : page.text());
        List<Evidence> evidence = types.stream().filter(t -> !t.isUnknown()).map(this::rules)
                .map(type -> Evidence.of(type, text)).toList();
        float[] pageVector = text.isEmpty() || evidence.stream().noneMatch(e -> e.mayReach(threshold)) ? null
                : embed(text, evidence.stream().map(Evidence::type).toList());

        List<TypeScore> scores = new ArrayList<>();
        for (Evidence e : evidence) {
            scores.add(new TypeScore(e.type().name, round(e.score(pageVector))));
        }
        scores.sort(Comparator.comparingDouble(TypeScore::score).reversed());
        TypeScore best = scores.isEmpty() ? new TypeScore(TypeDefinition.UNKNOWN, 0) : scores.get(0);
        double unknownScore = round(1 - best.score());
        scores.add(new TypeScore(TypeDefinition.UNKNOWN, unknownScore));
        scores.sort(Comparator.comparingDouble(TypeScore::score).reversed());
        List<TypeScore> top = List.copyOf(scores.subList(0, Math.min(3, scores.size())));

        if (!TypeDefinition.UNKNOWN.equals(best.docType()) && best.score() > 0 && best.score() >= threshold) {
            int version = evidence.stream().map(Evidence::type).filter(t -> t.name.equals(best.docType())).findFirst()
                    .orElseThrow().version;
            return new Classification(best.docType(), version, best.score(), top, ENGINE, TokenUsage.NONE);
        }
        int unknownVersion = types.stream().filter(TypeDefinition::isUnknown).mapToInt(TypeDefinition::version)
                .findFirst().orElse(1);
        return new Classification(TypeDefinition.UNKNOWN, unknownVersion, unknownScore, top, ENGINE, TokenUsage.NONE);
    }

    /**
     * What the rules found of one type on a page: their score and the share its exclusions take away.
     *
     * @param rules     {@link TypeRules#ruleScore}, 0 for an empty page
     * @param exclusion {@link TypeRules#exclusion}
     */
    private record Evidence(TypeRules type, double rules, double exclusion) {

        static Evidence of(TypeRules type, PageText text) {
            return text.isEmpty() ? new Evidence(type, 0, 0) : new Evidence(type, type.ruleScore(text), type.exclusion(text));
        }

        /** The rules blended with the semantic score of the page's embedding ({@code null}: none), less exclusions. */
        double score(float[] pageVector) {
            double weight = pageVector == null || type.vectors == null || type.vectors.isEmpty() ? 0 : type.embeddingWeight;
            double semantic = weight == 0 ? 0 : type.semanticScore(maxSimilarity(pageVector, type.vectors));
            return ((1 - weight) * rules + weight * semantic) * (1 - exclusion);
        }

        /**
         * Whether the type could reach the threshold if the page's embedding matched it perfectly. When no type
         * can, the page is {@code unknown} whatever its embedding says: it is not embedded (the classifier's main
         * cost), and its scores are the rules' alone.
         */
        boolean mayReach(double threshold) {
            double weight = type.references.isEmpty() ? 0 : type.embeddingWeight;
            double best = ((1 - weight) * rules + weight) * (1 - exclusion);
            return best > 0 && best >= threshold;
        }
    }

    /** The problems of a type's {@code classification} rules, for refusing a bad type before it is stored. */
    public static List<String> problems(TypeDefinition type) {
        return new TypeRules(type).problems;
    }

    /**
     * One embedding call per page: the page, plus the references of the types seen for the first time. A page
     * with nothing a tokenizer keeps (symbols, replacement characters) is not embedded; an embedder that fails
     * otherwise (a model that cannot load) fails the call, for the stage to retry.
     */
    private float[] embed(PageText text, List<TypeRules> types) {
        String head = text.head(EMBEDDED_CHARS);
        if (embedder == null || head.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        List<String> batch = new ArrayList<>();
        batch.add(head);
        List<TypeRules> fresh = types.stream().filter(t -> t.vectors == null).toList();
        fresh.forEach(t -> batch.addAll(t.references));
        List<float[]> vectors;
        try {
            vectors = embedder.embedAll(batch);
        } catch (IllegalArgumentException e) {
            // the model refused this text (nothing left after tokenizing): the rules decide alone
            return null;
        }
        int at = 1;
        for (TypeRules t : fresh) {
            t.vectors = List.copyOf(vectors.subList(at, at + t.references.size()));
            at += t.references.size();
        }
        return vectors.get(0);
    }

    private TypeRules rules(TypeDefinition type) {
        // the definition is part of the key: a type edited in place (tests, a reset database) is compiled afresh
        String key = type.name() + "#" + type.version() + "#" + type.definition().hashCode();
        if (rules.size() > CACHE_LIMIT) {
            rules.clear();
        }
        return rules.computeIfAbsent(key, k -> new TypeRules(type));
    }

    private static double maxSimilarity(float[] page, List<float[]> references) {
        double best = -1;
        for (float[] reference : references) {
            double dot = 0;
            for (int i = 0; i < Math.min(page.length, reference.length); i++) {
                dot += page[i] * reference[i];
            }
            best = Math.max(best, dot);
        }
        return best;
    }

    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
