package org.herald.events.typer;

import org.herald.Excerpt;
import org.herald.StageTimer;
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
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The step after the rule coder: each clause ({@link Clauses}) that the patterns left without an event but whose
 * subject (or passive agent) is a coded actor (the gate) goes to the {@link EventTyper}; where it names a type, the
 * clause gets one event of the type's code, its parties taken from the clause's parse. Clauses without a coded actor
 * never reach the model: they are most of an article, and an event without a coded source is of no use. The typer's
 * events carry {@link #RULE} as their rule.
 *
 * <p>All of a document's candidate clauses go through the model together, sorted by length and cut into batches of
 * {@link #BATCH} so that padding stays small; each clause is cut at {@link SentenceEncoder#MAX_PIECES} word pieces.
 *
 * <p>Parties: the source is the coded actor whose mention is the subject (or passive agent) of the clause's head, else
 * of another verb of the clause; the target is another actor's mention in an object or oblique inside the clause, else
 * the clause's next coded actor with another code, else none. The evidence is the clause's head.
 */
public final class TyperStep {
    public static final String RULE = Event.TYPER_RULE;
    /** A clause of fewer words (punctuation aside) is a fragment (a caption, a dateline) rather than an act. */
    static final int MIN_WORDS = 3;
    /**
     * Clauses per run of the model. A run has a fixed cost, but one of a long article's 30 clauses pads every row to
     * the longest and works on operands past the caches: measured by thread CPU time on the sample articles' clauses,
     * 1.7 ms a clause one by one, 1.4 in eights, 1.5 in sixteens, 1.8-2.0 in 32s.
     */
    static final int BATCH = 8;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final EventTyper typer;
    private final Codebook codebook;
    /**
     * The attribution verbs (their clause is a statement's frame, not typed: leaving them out cost one sentence on each
     * PLOVER development set and raised the real development articles' root precision 0.445 -> 0.485) and the
     * condition markers, from {@code events/typer-words.tsv}.
     */
    private final TyperWords words;

    public TyperStep(EventTyper typer, Codebook codebook) {
        this(typer, codebook, TyperWords.shipped());
    }

    TyperStep(EventTyper typer, Codebook codebook, TyperWords words) {
        this.typer = typer;
        this.codebook = codebook;
        this.words = words;
    }

    public static TyperStep load(KnowledgeSource source) {
        return new TyperStep(EventTyper.load(source), Codebook.load(source), TyperWords.load(source));
    }

    /** {@link #add(Article, NlpDocument, Actors, List, StageTimer)} without counts. */
    public List<Event> add(Article article, NlpDocument nlp, Actors actors, List<Event> events) {
        return add(article, nlp, actors, events, StageTimer.NONE);
    }

    /**
     * {@code events} (the rule coder's, dated) followed by the typer's events for the clauses the gate lets through;
     * {@code timer} receives the counts "typer clauses" (candidates), "typer runs" (batches through the model) and
     * "typer cpu nanos" (the step's CPU time on its thread).
     */
    public List<Event> add(Article article, NlpDocument nlp, Actors actors, List<Event> events, StageTimer timer) {
        long cpu0 = CPU.getCurrentThreadCpuTime();
        try {
            return typed(article, nlp, actors, events, timer);
        } finally {
            // Thread CPU time, unlike the wall time the pipeline records, does not grow when other processes share the cores.
            timer.count("typer cpu nanos", CPU.getCurrentThreadCpuTime() - cpu0);
        }
    }

    private List<Event> typed(Article article, NlpDocument nlp, Actors actors, List<Event> events, StageTimer timer) {
        String body = article.body();
        List<Candidate> candidates = candidates(nlp, actors, events, words);
        if (candidates.isEmpty()) return events;
        WordPieceTokenizer tokenizer = typer.encoder().tokenizer();
        List<long[]> encoded = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) encoded.add(tokenizer.encode(c.text(body), SentenceEncoder.MAX_PIECES));
        Integer[] order = new Integer[candidates.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt(i -> encoded.get(i).length));
        List<Optional<EventTyper.Typing>> typings = new ArrayList<>(Collections.nCopies(order.length, Optional.empty()));
        int runs = 0;
        for (int from = 0; from < order.length; from += BATCH, runs++) {
            List<Integer> batch = Arrays.asList(order).subList(from, Math.min(order.length, from + BATCH));
            List<Optional<EventTyper.Typing>> got = typer.typeAll(batch.stream().map(encoded::get).toList());
            for (int k = 0; k < batch.size(); k++) typings.set(batch.get(k), got.get(k));
        }
        timer.count("typer clauses", candidates.size());
        timer.count("typer runs", runs);
        List<Event> typed = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (typings.get(i).isEmpty()) continue;
            typed.add(event("e" + (events.size() + typed.size() + 1), typings.get(i).get(), candidates.get(i), body));
        }
        if (typed.isEmpty()) return events;
        List<Event> out = new ArrayList<>(events);
        out.addAll(EventDater.shipped().date(typed, nlp, body, Reference.published(article.published())));
        return List.copyOf(out);
    }

    /** A clause the gate let through, with the coded actors' mentions inside it. */
    record Candidate(Sentence sentence, Clauses.Clause clause, List<Mention> mentions) {
        /** The clause's words as the body spells them; a gap where the clause skips a lower clause is one space. */
        String text(String body) {
            StringBuilder b = new StringBuilder();
            int[] t = clause.tokens();
            for (int k = 0; k < t.length; k++) {
                var token = sentence.token(t[k]);
                if (k > 0) b.append(t[k] == t[k - 1] + 1 ? body.substring(sentence.token(t[k - 1]).end(), token.start()) : " ");
                b.append(body, token.start(), token.end());
            }
            return b.toString();
        }
    }

    /** The document's clauses that pass the gate, in document order. */
    static List<Candidate> candidates(NlpDocument nlp, Actors actors, List<Event> events, TyperWords words) {
        Set<Integer> coded = new HashSet<>();
        for (Event e : events) coded.add(e.sentence());
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : nlp.sentences()) {
            if (s.dependencies().isEmpty() || coded.contains(s.index())) continue;
            List<Mention> mentions = codedMentions(s, actors);
            if (mentions.stream().noneMatch(m -> isSubject(m.relation()))) continue;
            IntPredicate actorActs = head -> mentions.stream().anyMatch(m -> isSubject(m.relation()) && m.governor() == head);
            for (Clauses.Clause c : Clauses.of(s, actorActs, words.conditions())) {
                if (c.frame() || words.attribution().contains(s.token(c.head()).lemma()) || !passes(s, c, mentions)) continue;
                out.add(new Candidate(s, c, mentions.stream().filter(m -> c.contains(m.head())).toList()));
            }
        }
        return out;
    }

    /**
     * The gate on a clause of a sentence without a rule event: a coded actor that is the subject (or passive agent)
     * of a word of the clause, and a clause's length. A coded actor anywhere let a third of an article's sentences
     * through and halved the pipeline's speed; an actor that acts is what an event needs. (Typing the other clauses
     * of sentences the rules coded fired on their speech frames, "police said", and cost precision on both
     * development sets.)
     */
    static boolean passes(Sentence s, Clauses.Clause c, List<Mention> mentions) {
        if (mentions.stream().noneMatch(m -> isSubject(m.relation()) && c.contains(m.head()) && c.contains(m.governor()))) return false;
        int words = 0;
        for (int t : c.tokens()) if (!s.token(t).pos().isEmpty() && Character.isLetterOrDigit(s.token(t).word().charAt(0))) words++;
        return words >= MIN_WORDS;
    }

    /** A coded actor's mention inside a sentence, with the token that heads it and that token's relation to its head. */
    record Mention(Actor actor, int head, String relation, int governor) {}

    static List<Mention> codedMentions(Sentence s, Actors actors) {
        List<Mention> out = new ArrayList<>();
        for (Actor a : actors.list()) {
            if (a.code() == null) continue;
            for (Excerpt m : a.mentions()) {
                if (m.start() < s.span().start() || m.end() > s.span().end()) continue;
                int head = headOf(s, m.start(), m.end());
                if (head < 0) continue;
                var parents = s.parents(head);
                out.add(parents.isEmpty() ? new Mention(a, head, "root", -1)
                        : new Mention(a, head, parents.get(0).relation(), parents.get(0).governor()));
            }
        }
        out.sort(Comparator.comparingInt(Mention::head));
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

    private Event event(String id, EventTyper.Typing t, Candidate c, String body) {
        int head = c.clause().head();
        List<Mention> mentions = c.mentions();
        Mention source = mentions.stream().filter(m -> isSubject(m.relation()) && m.governor() == head).findFirst()
                .orElse(mentions.stream().filter(m -> isSubject(m.relation())).findFirst().orElseThrow());
        Mention target = mentions.stream().filter(m -> !m.actor().id().equals(source.actor().id()) && isObject(m.relation()))
                .findFirst()
                .orElse(mentions.stream().filter(m -> !m.actor().code().equals(source.actor().code())).findFirst().orElse(null));
        String mode = codebook.find(t.cameo()).map(Codebook.Entry::mode).orElse(null);
        var evidence = c.sentence().token(head);
        return new Event(id, t.cameo(), t.cameo().substring(0, 2), t.type().name(), mode, party(source), party(target),
                c.sentence().index(), Excerpt.of(body, evidence.start(), evidence.end()), null, t.probability(), RULE);
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
