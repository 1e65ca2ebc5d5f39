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

    /** The content shapes a cue takes: marked words beside it, a reported clause, marked words inside its clause, an
     *  object noun phrase, a to-infinitive; or the cue in the passive ("is said to", "was accused of"). */
    enum Use { DIRECT, INDIRECT, PARTIAL, NP, INFINITIVE, PASSIVE }

    private final Map<String, Set<Use>> verbs;
    private final Map<String, Set<Use>> phrases;
    private final Map<String, Set<Use>> nouns;
    private final Map<String, Quote.Mode> modes;

    private SpeechCues(Map<String, Set<Use>> verbs, Map<String, Set<Use>> phrases, Map<String, Set<Use>> nouns, Map<String, Quote.Mode> modes) {
        this.verbs = Map.copyOf(verbs);
        this.phrases = Map.copyOf(phrases);
        this.nouns = Map.copyOf(nouns);
        this.modes = Map.copyOf(modes);
    }

    static SpeechCues load(KnowledgeSource source) {
        return parse(TsvReader.readAll(source, FILE, "cue", "kind", "uses"));
    }

    static SpeechCues parse(List<TsvReader.Row> rows) {
        Map<String, Set<Use>> verbs = new HashMap<>();
        Map<String, Set<Use>> phrases = new HashMap<>();
        Map<String, Set<Use>> nouns = new HashMap<>();
        Map<String, Quote.Mode> modes = new HashMap<>();
        for (TsvReader.Row row : rows) {
            String cue = row.get("cue").toLowerCase(Locale.ROOT);
            if (cue.isEmpty()) throw row.error("empty cue");
            Set<Use> uses = EnumSet.noneOf(Use.class);
            for (String u : row.list("uses")) {
                try {
                    uses.add(Use.valueOf(u.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw row.error("unknown use '" + u + "' (direct, indirect, partial, np, infinitive or passive)");
                }
            }
            if (uses.isEmpty()) throw row.error("cue '" + cue + "' has no uses");
            // An overlay written before the mode column existed lists speech cues.
            String mode = row.header().contains("mode") && !row.get("mode").isEmpty() ? row.get("mode") : "speech";
            try {
                modes.put(cue, Quote.Mode.valueOf(mode.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw row.error("mode must be speech, belief, intention or evidence, not '" + mode + "'");
            }
            switch (row.get("kind")) {
                case "verb" -> verbs.put(cue, Set.copyOf(uses));
                case "phrase" -> phrases.put(cue, Set.copyOf(uses));
                case "noun" -> nouns.put(cue, Set.copyOf(uses));
                default -> throw row.error("kind must be verb, noun or phrase, not '" + row.get("kind") + "'");
            }
        }
        return new SpeechCues(verbs, phrases, nouns, modes);
    }

    /** Whether token {@code i} of {@code s} is a verb cue for {@code use} (a particle verb needs its particle). */
    boolean isVerbCue(Sentence s, int i, Use use) {
        return entry(s, i, use) != null;
    }

    /** The mode of verb cue {@code i} used for {@code use} (speech when it is none). */
    Quote.Mode mode(Sentence s, int i, Use use) {
        String e = entry(s, i, use);
        return e == null ? Quote.Mode.SPEECH : modes.getOrDefault(e, Quote.Mode.SPEECH);
    }

    /** Whether token {@code i} is a noun cue for {@code use} ("his claim that ...", "the announcement that ..."). */
    boolean isNounCue(Sentence s, int i, Use use) {
        Token t = s.token(i);
        Set<Use> uses = t.isNoun() ? nouns.get(t.lemma().toLowerCase(Locale.ROOT)) : null;
        return uses != null && uses.contains(use);
    }

    /** The mode of noun cue {@code i}. */
    Quote.Mode nounMode(Sentence s, int i) {
        return modes.getOrDefault(s.token(i).lemma().toLowerCase(Locale.ROOT), Quote.Mode.SPEECH);
    }

    /** The mode of a phrase cue ("according to"). */
    Quote.Mode phraseMode(String phrase) {
        return modes.getOrDefault(phrase.toLowerCase(Locale.ROOT), Quote.Mode.SPEECH);
    }

    /** The lexicon key token {@code i} stands for with {@code use}: the particle verb before the plain lemma; or null. */
    private String entry(Sentence s, int i, Use use) {
        Token t = s.token(i);
        if (!t.isVerb()) return null;
        for (Dependency d : s.children(i)) {
            if (!d.relation().equals("compound:prt")) continue;
            String key = t.lemma() + " " + s.token(d.dependent()).lemma();
            Set<Use> withParticle = verbs.get(key);
            if (withParticle != null) return withParticle.contains(use) ? key : null;
        }
        // A prepositional verb ("call for", "confess to"): the enhanced graph names the preposition of its object.
        int object = prepositionalObject(s, i);
        if (object >= 0) {
            String key = prepositionalKey(s, i, object);
            Set<Use> withPreposition = verbs.get(key);
            // Unlike a particle, a preposition leaves the plain verb's other uses ("called for “an end to ...”").
            if (withPreposition != null && withPreposition.contains(use)) return key;
        }
        Set<Use> plain = verbs.get(t.lemma());
        return plain != null && plain.contains(use) ? t.lemma() : null;
    }

    /**
     * The object of verb cue {@code i} when the cue is a prepositional verb of the lexicon ("called for [better
     * pay]", "confessed to [the crime]"), or -1.
     */
    int prepositionalObject(Sentence s, int i) {
        for (Dependency d : s.children(i)) {
            int colon = d.relation().indexOf(':');
            if (colon < 0 || !d.baseRelation().equals("obl") || d.dependent() < i) continue;
            if (verbs.containsKey(prepositionalKey(s, i, d.dependent()))) return d.dependent();
        }
        return -1;
    }

    private static String prepositionalKey(Sentence s, int verb, int object) {
        for (Dependency d : s.children(verb)) {
            if (d.dependent() != object) continue;
            int colon = d.relation().indexOf(':');
            if (colon >= 0 && d.baseRelation().equals("obl")) return s.token(verb).lemma() + " " + d.relation().substring(colon + 1).replace('_', ' ');
        }
        return "";
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
