package org.herald.quotes;

import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;
import org.herald.nlp.Dependency;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The speech cues of {@code quotes/speech-verbs.tsv}: which verbs (and verb + particle) introduce which kind of quote,
 * and the phrases such as "according to".
 */
final class SpeechCues {
    static final String FILE = "quotes/speech-verbs.tsv";

    enum Use { DIRECT, INDIRECT, PARTIAL }

    private final Map<String, Set<Use>> verbs;
    private final Map<String, Set<Use>> phrases;

    private SpeechCues(Map<String, Set<Use>> verbs, Map<String, Set<Use>> phrases) {
        this.verbs = Map.copyOf(verbs);
        this.phrases = Map.copyOf(phrases);
    }

    static SpeechCues load(KnowledgeSource source) {
        return parse(TsvReader.readAll(source, FILE, "cue", "kind", "uses"));
    }

    static SpeechCues parse(List<TsvReader.Row> rows) {
        Map<String, Set<Use>> verbs = new HashMap<>();
        Map<String, Set<Use>> phrases = new HashMap<>();
        for (TsvReader.Row row : rows) {
            String cue = row.get("cue").toLowerCase(Locale.ROOT);
            if (cue.isEmpty()) throw row.error("empty cue");
            Set<Use> uses = EnumSet.noneOf(Use.class);
            for (String u : row.list("uses")) {
                try {
                    uses.add(Use.valueOf(u.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw row.error("unknown use '" + u + "' (direct, indirect or partial)");
                }
            }
            if (uses.isEmpty()) throw row.error("cue '" + cue + "' has no uses");
            switch (row.get("kind")) {
                case "verb" -> verbs.put(cue, Set.copyOf(uses));
                case "phrase" -> phrases.put(cue, Set.copyOf(uses));
                default -> throw row.error("kind must be verb or phrase, not '" + row.get("kind") + "'");
            }
        }
        return new SpeechCues(verbs, phrases);
    }

    /** Whether token {@code i} of {@code s} is a verb cue for {@code use} (a particle verb needs its particle). */
    boolean isVerbCue(Sentence s, int i, Use use) {
        Token t = s.token(i);
        if (!t.isVerb()) return false;
        Set<Use> plain = verbs.get(t.lemma());
        if (plain != null && plain.contains(use)) return true;
        for (Dependency d : s.children(i)) {
            if (!d.relation().equals("compound:prt")) continue;
            Set<Use> withParticle = verbs.get(t.lemma() + " " + s.token(d.dependent()).lemma());
            if (withParticle != null && withParticle.contains(use)) return true;
        }
        return false;
    }

    /** The length in tokens of a phrase cue starting at token {@code i} for {@code use}, or 0. */
    int phraseAt(Sentence s, int i, Use use) {
        for (Map.Entry<String, Set<Use>> e : phrases.entrySet()) {
            if (!e.getValue().contains(use)) continue;
            String[] words = e.getKey().split(" ");
            if (i + words.length > s.tokens().size()) continue;
            boolean all = true;
            for (int k = 0; k < words.length && all; k++)
                all = s.token(i + k).word().toLowerCase(Locale.ROOT).equals(words[k]);
            if (all) return words.length;
        }
        return 0;
    }
}
