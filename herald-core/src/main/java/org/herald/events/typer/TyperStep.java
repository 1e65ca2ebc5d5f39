package org.herald.events.typer;

import org.herald.Excerpt;
import org.herald.actors.Actor;
import org.herald.actors.Actors;
import org.herald.events.Codebook;
import org.herald.events.Event;
import org.herald.events.dating.EventDater;
import org.herald.events.dating.Reference;
import org.herald.extract.Article;
import org.herald.knowledge.KnowledgeSource;
import org.herald.nlp.Dependency;
import org.herald.nlp.NlpDocument;
import org.herald.nlp.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The step after the rule coder: each sentence that the patterns left without an event but that names a coded actor
 * as the subject of a verb (the gate) goes to the {@link EventTyper}; where it names a type, the sentence gets one event of the type's code,
 * its parties taken from the parse. Sentences without a coded actor never reach the model: they are most of an
 * article, and an event without a coded source is of no use. The typer's events carry {@link #RULE} as their rule.
 *
 * <p>Parties: the source is the coded actor whose mention is the subject (or passive agent) of a verb, else the first
 * coded actor of the sentence; the target is another actor's mention in an object or oblique of a verb, else the next
 * coded actor with another code, else none. The evidence is the sentence's root word.
 */
public final class TyperStep {
    public static final String RULE = Event.TYPER_RULE;
    /** A sentence of fewer tokens is a fragment (a caption, a dateline) rather than a clause with an act. */
    static final int MIN_TOKENS = 4;
    /** Past this many tokens a sentence holds several clauses and its embedding no single act: left to the rules. */
    static final int MAX_TOKENS = 60;

    private final EventTyper typer;
    private final Codebook codebook;

    public TyperStep(EventTyper typer, Codebook codebook) {
        this.typer = typer;
        this.codebook = codebook;
    }

    public static TyperStep load(KnowledgeSource source) {
        return new TyperStep(EventTyper.load(source), Codebook.load(source));
    }

    /** {@code events} (the rule coder's, dated) followed by the typer's events for the sentences the gate lets through. */
    public List<Event> add(Article article, NlpDocument nlp, Actors actors, List<Event> events) {
        Set<Integer> coded = new HashSet<>();
        for (Event e : events) coded.add(e.sentence());
        List<Event> typed = new ArrayList<>();
        for (Sentence s : nlp.sentences()) {
            List<Mention> mentions = codedMentions(s, actors);
            if (!passes(s, coded, mentions)) continue;
            Optional<EventTyper.Typing> t = typer.type(article.body().substring(s.span().start(), s.span().end()));
            if (t.isEmpty()) continue;
            typed.add(event("e" + (events.size() + typed.size() + 1), t.get(), s, mentions, article.body()));
        }
        if (typed.isEmpty()) return events;
        List<Event> out = new ArrayList<>(events);
        out.addAll(EventDater.shipped().date(typed, nlp, article.body(), Reference.published(article.published())));
        return List.copyOf(out);
    }

    /**
     * The gate: no rule event in the sentence, a coded actor that is the subject (or passive agent) of a verb in it,
     * and a clause's length. A coded actor anywhere let a third of an article's sentences through and halved the
     * pipeline's speed; an actor that acts is what an event needs.
     */
    static boolean passes(Sentence s, Set<Integer> codedSentences, List<Mention> mentions) {
        int n = s.tokens().size();
        return !codedSentences.contains(s.index()) && mentions.stream().anyMatch(m -> isSubject(m.relation()))
                && n >= MIN_TOKENS && n <= MAX_TOKENS && !s.dependencies().isEmpty();
    }

    /** A coded actor's mention inside a sentence, with the token that heads it and that token's relation to its head. */
    record Mention(Actor actor, int head, String relation) {}

    static List<Mention> codedMentions(Sentence s, Actors actors) {
        List<Mention> out = new ArrayList<>();
        for (Actor a : actors.list()) {
            if (a.code() == null) continue;
            for (Excerpt m : a.mentions()) {
                if (m.start() < s.span().start() || m.end() > s.span().end()) continue;
                int head = headOf(s, m.start(), m.end());
                if (head < 0) continue;
                String rel = s.parents(head).isEmpty() ? "root" : s.parents(head).get(0).relation();
                out.add(new Mention(a, head, rel));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::head));
        return out;
    }

    /** The token of [start, end) whose head lies outside it (the first such token), or -1. */
    private static int headOf(Sentence s, int start, int end) {
        for (var t : s.tokens()) {
            if (t.start() < start || t.end() > end) continue;
            boolean inside = false;
            for (Dependency d : s.parents(t.index())) {
                if (d.governor() < 0) continue;
                var g = s.token(d.governor());
                if (g.start() >= start && g.end() <= end) { inside = true; break; }
            }
            if (!inside) return t.index();
        }
        return -1;
    }

    private Event event(String id, EventTyper.Typing t, Sentence s, List<Mention> mentions, String body) {
        Mention source = mentions.stream().filter(m -> isSubject(m.relation())).findFirst().orElse(mentions.get(0));
        Mention target = mentions.stream().filter(m -> !m.actor().id().equals(source.actor().id()) && isObject(m.relation()))
                .findFirst()
                .orElse(mentions.stream().filter(m -> !m.actor().code().equals(source.actor().code())).findFirst().orElse(null));
        int root = s.roots().isEmpty() ? source.head() : s.roots().get(0);
        String mode = codebook.find(t.cameo()).map(Codebook.Entry::mode).orElse(null);
        return new Event(id, t.cameo(), t.cameo().substring(0, 2), t.type().name(), mode, party(source), party(target), s.index(),
                Excerpt.of(body, s.token(root).start(), s.token(root).end()), null, t.probability(), RULE);
    }

    private static Event.Party party(Mention m) {
        return m == null ? null : new Event.Party(m.actor().id(), m.actor().name(), m.actor().code());
    }

    private static boolean isSubject(String rel) {
        return rel.equals("nsubj") || rel.startsWith("nsubj:") || rel.equals("obl:agent");
    }

    private static boolean isObject(String rel) {
        return rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl") || rel.startsWith("nmod:") && !rel.equals("nmod:poss");
    }
}
