package org.herald.actors;

import org.herald.Excerpt;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

import java.util.List;
import java.util.Optional;

/**
 * The actors stage's output: the document's actors and the officials it taught.
 *
 * <p>Every mention of an actor is listed, back-references included: a surname ("Nebenzia defended") and a
 * pronoun ("he wondered") are mentions of the person they refer to (the pronoun rule: the person mentioned
 * last before it, within three sentences). So {@link #findAt} on a pronoun's span gives its person.
 *
 * @param list    the actors, numbered by first mention
 * @param learned officials this document introduced with country and role, for the driver's registry
 */
public record Actors(List<Actor> list, List<LearnedOfficial> learned) {
    public static final Actors NONE = new Actors(List.of(), List.of());

    public Actors {
        list = List.copyOf(list);
        learned = List.copyOf(learned);
    }

    public Optional<Actor> findById(String id) {
        return list.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The actor with a mention overlapping [start, end) the most, if any. */
    public Optional<Actor> findAt(int start, int end) {
        Actor best = null;
        int bestOverlap = 0;
        for (Actor a : list) {
            for (var m : a.mentions()) {
                int overlap = Math.min(end, m.end()) - Math.max(start, m.start());
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = a;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The actor one of whose mentions covers the token (a name, a title, a pronoun), if any. */
    public Optional<Actor> findAt(Token token) {
        return findAt(token.start(), token.end());
    }

    /** The actor covering token {@code tokenIndex} of {@code sentence}, if any. */
    public Optional<Actor> findAt(Sentence sentence, int tokenIndex) {
        if (tokenIndex < 0 || tokenIndex >= sentence.tokens().size()) return Optional.empty();
        return findAt(sentence.token(tokenIndex));
    }

    /** The actor covering token {@code tokenIndex} of sentence {@code sentenceIndex} of {@code nlp}, if any. */
    public Optional<Actor> findAt(org.herald.nlp.NlpDocument nlp, int sentenceIndex, int tokenIndex) {
        if (sentenceIndex < 0 || sentenceIndex >= nlp.sentences().size()) return Optional.empty();
        return findAt(nlp.sentences().get(sentenceIndex), tokenIndex);
    }

    /** The mention of an actor covering [start, end) the most, if any. */
    public Optional<Excerpt> findMentionAt(int start, int end) {
        Excerpt best = null;
        int bestOverlap = 0;
        for (Actor a : list) {
            for (Excerpt m : a.mentions()) {
                int overlap = Math.min(end, m.end()) - Math.max(start, m.start());
                if (overlap > bestOverlap) { bestOverlap = overlap; best = m; }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The person mentioned last before body offset {@code offset} (for pronouns the resolver did not take). */
    public Optional<Actor> lastPersonBefore(int offset) {
        Actor best = null;
        int bestStart = -1;
        for (Actor a : list) {
            if (a.kind() != Actor.Kind.PERSON) continue;
            for (Excerpt m : a.mentions()) if (m.end() <= offset && m.start() > bestStart) { bestStart = m.start(); best = a; }
        }
        return Optional.ofNullable(best);
    }

    /** The actors of one kind, in order. */
    public List<Actor> ofKind(Actor.Kind kind) {
        return list.stream().filter(a -> a.kind() == kind).toList();
    }
}
