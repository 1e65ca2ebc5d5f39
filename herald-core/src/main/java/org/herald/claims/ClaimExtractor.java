package org.herald.claims;

import org.herald.Span;
import org.herald.actors.Actor;
import org.herald.actors.Actors;
import org.herald.events.Event;
import org.herald.extract.Article;
import org.herald.knowledge.KnowledgeSource;
import org.herald.nlp.Dependency;
import org.herald.nlp.NlpDocument;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;
import org.herald.quotes.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Finds numbers with units and who stated them. A number counts as a claim when it quantifies a noun
 * ("about 10,000 North Korean troops"), carries a currency or percent sign, or dates a state of affairs ("since 2006").
 * The claim is attributed to the speaker of the quote it sits in, else to the subject of the verb of saying its clause
 * depends on ("Austin said about 10,000 troops ..."), else to no one; it is linked to the nearest event of its sentence.
 */
public final class ClaimExtractor {
    /** Verbs whose subject states the numbers in their complement. */
    private static final Set<String> STATING_VERBS = Set.of("say", "tell", "state", "claim", "estimate", "report", "announce", "add",
            "note", "insist", "assert", "declare", "confirm", "put", "write", "testify", "warn", "reveal", "disclose");
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("since", "in", "by", "until", "till", "from", "before", "after");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final int MAX_CLIMB = 6;
    private static final int MIN_YEAR = 1900, MAX_YEAR = 2100;

    private final UnitTable units;

    private ClaimExtractor(UnitTable units) { this.units = units; }

    public static ClaimExtractor load(KnowledgeSource source) {
        return new ClaimExtractor(UnitTable.load(source));
    }

    public List<Claim> extract(Article article, NlpDocument nlp, Actors actors, List<Quote> quotes, List<Event> events) {
        List<Claim> out = new ArrayList<>();
        String body = article.body();
        for (Sentence s : nlp.sentences()) {
            boolean[] used = new boolean[s.tokens().size()];
            for (int i = 0; i < s.tokens().size(); i++) {
                if (used[i] || !s.token(i).pos().equals("CD")) continue;
                int last = i;
                while (last + 1 < s.tokens().size() && s.token(last + 1).pos().equals("CD")) last++;
                for (int k = i; k <= last; k++) used[k] = true;
                found(s, i, last).ifPresent(f -> {
                    Span span = f.span();
                    String who = attribution(s, f.anchor(), span.start(), actors, quotes);
                    out.add(new Claim("c" + (out.size() + 1), body.substring(span.start(), span.end()), f.value(), f.unit(),
                            span.start(), span.end(), who, nearestEvent(events, s.index(), span)));
                });
            }
        }
        return out;
    }

    /** A number's reading: value, unit, the words of the claim and the word to climb from for attribution. */
    private record Found(Double value, String unit, Span span, int anchor) {}

    private Optional<Found> found(Sentence s, int first, int last) {
        OptionalDouble v = NumberParser.value(s.token(first).word());
        if (v.isEmpty()) return Optional.empty();
        double value = v.getAsDouble();
        for (int k = first + 1; k <= last; k++) {
            OptionalDouble scale = NumberParser.scale(s.token(k).word());
            if (scale.isPresent()) value *= scale.getAsDouble();
        }
        int start = s.token(first).start(), end = s.token(last).end();
        // Hedges of the number itself: "about", "nearly", "more than".
        for (int k = first; k <= last; k++)
            for (Dependency d : s.children(k))
                if ((d.baseRelation().equals("advmod") || d.relation().equals("quantmod")) && d.dependent() < first) {
                    start = Math.min(start, s.token(d.dependent()).start());
                }
        // The noun the number counts, or a currency sign before it.
        int noun = -1;
        for (int k = first; k <= last && noun < 0; k++)
            for (Dependency d : s.parents(k))
                if ((d.relation().equals("nummod") || d.relation().equals("nummod:gmod")) && d.governor() >= 0) noun = d.governor();
        String unit = null;
        if (noun >= 0) {
            Token n = s.token(noun);
            if (MONTHS.contains(n.lemma())) return Optional.empty();
            unit = units.unitOf(n.word()).or(() -> units.unitOf(n.lemma())).orElse(n.isNoun() ? n.lemma() : null);
            if (unit == null) return Optional.empty();
            start = Math.min(start, n.start());
            end = Math.max(end, n.end());
        } else if (first > 0 && units.unitOf(s.token(first - 1).word()).isPresent()) {
            unit = units.unitOf(s.token(first - 1).word()).get();
            start = Math.min(start, s.token(first - 1).start());
        } else if (last + 1 < s.tokens().size() && units.unitOf(s.token(last + 1).word()).isPresent()) {
            unit = units.unitOf(s.token(last + 1).word()).get();
            end = s.token(last + 1).end();
        } else if (first > 0 && YEAR_PREPOSITIONS.contains(s.token(first - 1).lemma()) && first == last
                && value == Math.rint(value) && value >= MIN_YEAR && value <= MAX_YEAR
                && (first < 2 || !MONTHS.contains(s.token(first - 2).lemma()))) {
            unit = "year";
            start = s.token(first - 1).start();
        } else {
            return Optional.empty();
        }
        return Optional.of(new Found(value, unit, new Span(start, end), noun >= 0 ? noun : first));
    }

    /** The speaker of the enclosing quote, else the subject of the stating verb above, else "according to" whom; or null. */
    private static String attribution(Sentence s, int anchor, int offset, Actors actors, List<Quote> quotes) {
        for (Quote q : quotes)
            for (Span p : q.parts())
                if (p.start() <= offset && offset < p.end()) return q.speaker() == null ? null : q.speaker().actor();
        int h = anchor;
        for (int step = 0; step < MAX_CLIMB; step++) {
            for (Dependency d : s.children(h))
                if (d.relation().equals("obl:according_to") || d.relation().equals("nmod:according_to")) {
                    Optional<Actor> a = actorAt(s, d.dependent(), actors);
                    if (a.isPresent()) return a.get().id();
                }
            if (STATING_VERBS.contains(s.token(h).lemma())) {
                for (Dependency d : s.children(h))
                    if (d.relation().equals("nsubj")) return actorAt(s, d.dependent(), actors).map(Actor::id).orElse(null);
            }
            int up = -1;
            for (Dependency d : s.parents(h)) if (d.governor() >= 0) { up = d.governor(); break; }
            if (up < 0) break;
            h = up;
        }
        return null;
    }

    private static Optional<Actor> actorAt(Sentence s, int token, Actors actors) {
        Token t = s.token(token);
        return actors.findAt(t.start(), t.end());
    }

    private static String nearestEvent(List<Event> events, int sentence, Span span) {
        Event best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Event e : events) {
            if (e.sentence() != sentence) continue;
            int d = e.evidence().end() <= span.start() ? span.start() - e.evidence().end()
                    : e.evidence().start() >= span.end() ? e.evidence().start() - span.end() : 0;
            if (d < bestDistance) {
                bestDistance = d;
                best = e;
            }
        }
        return best == null ? null : best.id();
    }
}
