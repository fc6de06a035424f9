package io.pageflow.analysis.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import io.pageflow.analysis.profile.ProfileDefinition;
import io.pageflow.index.Embedder;
import io.pageflow.understanding.TokenUsage;

/**
 * The engine that needs no network: a page's key phrases ({@link KeyPhrases}) grouped under topics. The topics
 * are the most relevant diverse phrases of one or two words; the subtopics the most relevant diverse phrases of
 * two or three words that are not topics, each under the topic its embedding is closest to. The answer has the
 * shape of the shipped {@code topics} profile.
 */
@ApplicationScoped
public class LocalTopics implements AnalysisEngine {

    public static final String ENGINE = "local";

    @Inject
    Embedder embedder;

    @Override
    public PageAnalysis analyse(ProfileDefinition profile, int pageNumber, String text) {
        int topicCount = (int) profile.local("topics", 2);
        int subtopicCount = (int) profile.local("subtopics", 4);
        double diversity = Math.min(1, Math.max(0, profile.local("diversity", 0.5)));
        KeyPhrases.Candidates candidates = new KeyPhrases(embedder).candidates(text);
        List<KeyPhrases.Phrase> topics = KeyPhrases.mmr(candidates.phrases().stream()
                .filter(p -> p.words() <= 2).toList(), topicCount, diversity);
        List<String> topicKeys = topics.stream().map(p -> ItemName.key(p.text())).toList();
        List<KeyPhrases.Phrase> subtopics = KeyPhrases.mmr(candidates.phrases().stream()
                .filter(p -> p.words() >= 2 && !topicKeys.contains(ItemName.key(p.text()))).toList(),
                subtopicCount, diversity);
        Map<KeyPhrases.Phrase, List<String>> grouped = new LinkedHashMap<>();
        topics.forEach(t -> grouped.put(t, new ArrayList<>()));
        for (KeyPhrases.Phrase sub : subtopics) {
            topics.stream().max((a, b) -> Double.compare(KeyPhrases.cosine(sub.vector(), a.vector()),
                    KeyPhrases.cosine(sub.vector(), b.vector())))
                    .ifPresent(topic -> grouped.get(topic).add(ItemName.display(sub.text())));
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        grouped.forEach((topic, subs) -> array.add(Json.createObjectBuilder()
                .add("topic", ItemName.display(topic.text()))
                .add("subtopics", Json.createArrayBuilder(subs))));
        return new PageAnalysis(Json.createObjectBuilder().add("topics", array).build(), ENGINE, TokenUsage.NONE);
    }
}
