package org.herald.events;

import org.herald.Excerpt;
import org.herald.actors.Actor;
import org.herald.actors.Actors;
import org.herald.nlp.Dependency;
import org.herald.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the word a pattern picked for a source or target into an {@link Event.Party}: the actor the actors stage
 * found there (by a mention covering the word, else the one overlapping its noun phrase most), or, failing that,
 * the noun phrase's own words with no actor id and no code.
 */
final class PartyFinder {
    private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "amod", "flat", "nmod", "nummod", "case", "det:poss", "fixed");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "our", "my");

    /**
     * The word to read a party from: the word itself when an actor's mention covers it, else the first word of its
     * phrase that an actor covers ("ties with Mordor, Rohan and Bree" → "Mordor", whose conjuncts follow).
     */
    static int anchor(Graph g, int i, Actors actors) {
        Token head = g.token(i);
        if (actors.list().isEmpty() || covering(actors, head.start(), head.end()).isPresent()) return i;
        int[] span = phrase(g, i);
        for (int k = 0; k < g.size(); k++) {
            Token t = g.token(k);
            if (t.start() < span[0] || t.end() > span[1]) continue;
            Optional<Actor> a = covering(actors, t.start(), t.end());
            if (a.isPresent() && a.get().code() != null) {
                int last = k;   // the mention's last word heads it
                while (last + 1 < g.size() && g.token(last + 1).end() <= mentionEnd(a.get(), t.start())) last++;
                return last;
            }
        }
        return i;
    }

    private static int mentionEnd(Actor a, int start) {
        for (Excerpt m : a.mentions()) if (m.start() <= start && start < m.end()) return m.end();
        return start;
    }

    /** A word of time ("on Sunday", "in mid-August", "by early-2001") can fill a preposition slot but names no party. */
    static boolean isTimeWord(Graph g, int i) {
        if (g.words().timeWords().contains(g.lemma(i)) || g.token(i).pos().equals("CD")) return true;
        String w = g.token(i).word().toLowerCase(java.util.Locale.ROOT);
        int dash = w.indexOf('-');
        if (dash < 0 || !(w.startsWith("mid") || w.startsWith("early") || w.startsWith("late"))) return false;
        String rest = w.substring(dash + 1);
        return g.words().timeWords().contains(rest) || rest.matches("\\d{4}s?");
    }

    /** A party and the noun phrase it was read from. */
    record Found(Event.Party party, int start, int end, boolean firstPerson) {}

    private PartyFinder() { }

    /** The party named at token {@code i}, or empty for an unresolved pronoun or a word that names nobody. */
    static Optional<Found> find(Graph g, int i, String body, Actors actors) {
        Token head = g.token(i);
        String lower = head.word().toLowerCase(java.util.Locale.ROOT);
        boolean pronoun = head.pos().startsWith("PRP") || head.pos().equals("WDT") || head.pos().equals("WP");
        Optional<Actor> covering = covering(actors, head.start(), head.end());
        if (pronoun) {
            if (covering.isPresent()) return Optional.of(found(covering.get(), head.start(), head.end(), false));
            return FIRST_PERSON.contains(lower) ? Optional.of(new Found(null, head.start(), head.end(), true)) : Optional.empty();
        }
        if (head.pos().equals("CD") || head.pos().equals("EX") || g.words().timeWords().contains(head.lemma())) return Optional.empty();
        int[] span = phrase(g, i);
        if (covering.isPresent() && covering.get().code() == null && covering.get().kind() != Actor.Kind.PERSON) {
            // "the Esfahan Uranium Conversion Facilities in central Iran": a site or body nobody coded stands for its country.
            Optional<Actor> where = locatedIn(g, i, actors);
            if (where.isPresent()) return Optional.of(found(where.get(), span[0], span[1], false));
        }
        if (covering.isPresent() && covering.get().code() == null && covering.get().kind() == Actor.Kind.PERSON) {
            // "Kenzo Oshima, the United Nations relief coordinator, demanded": the body the person's apposition names acts.
            for (int a : g.dependents(i, "appos")) {
                int[] role = phrase(g, a);
                Optional<Actor> office = firstIn(actors, role[0], role[1]);
                if (office.isPresent() && office.get().code() != null) return Optional.of(found(office.get(), span[0], span[1], false));
            }
        }
        if (covering.isPresent()) return Optional.of(found(covering.get(), span[0], span[1], false));
        Optional<Actor> overlapping = firstIn(actors, span[0], span[1]);
        if (overlapping.isPresent()) return Optional.of(found(overlapping.get(), span[0], span[1], false));
        Optional<Actor> deeper = deeperActor(g, i, actors);
        if (deeper.isPresent()) return Optional.of(found(deeper.get(), span[0], span[1], false));
        if (head.isProperNoun()) {
            Optional<Actor> where = locatedIn(g, i, actors);
            if (where.isPresent()) return Optional.of(found(where.get(), span[0], span[1], false));
        }
        String name = body.substring(span[0], span[1]).replaceAll("\\s+", " ");
        return Optional.of(new Found(new Event.Party(null, name, null), span[0], span[1], false));
    }

    private static Found found(Actor a, int start, int end, boolean firstPerson) {
        return new Found(new Event.Party(a.id(), a.name(), a.code()), start, end, firstPerson);
    }

    /** The coded actor mentioned first inside [start, end): in "Russia's war against Ukraine" it is Russia's war. */
    private static Optional<Actor> firstIn(Actors actors, int start, int end) {
        Actor best = null, uncoded = null;
        int bestStart = Integer.MAX_VALUE, uncodedStart = Integer.MAX_VALUE;
        for (Actor a : actors.list())
            for (Excerpt m : a.mentions()) {
                if (m.start() < start || m.end() > end) continue;
                if (a.code() != null && m.start() < bestStart) {
                    best = a;
                    bestStart = m.start();
                } else if (a.code() == null && a.kind() != Actor.Kind.PLACE && m.start() < uncodedStart) {
                    uncoded = a;
                    uncodedStart = m.start();
                }
            }
        // A coded actor first; else a person or group the actors stage could not code still names the party. An uncoded
        // place never does: in "settlers in Hebron set fire to ..." the settlers act, not the town.
        return Optional.ofNullable(best != null ? best : uncoded);
    }

    private static Optional<Actor> covering(Actors actors, int start, int end) {
        for (Actor a : actors.list())
            for (Excerpt m : a.mentions()) if (m.start() <= start && end <= m.end()) return Optional.of(a);
        return Optional.empty();
    }

    /** Words between a site's name and the "in" phrase the parser hung on the verb ("Facilities (UCF) in Iran"). */
    private static final int MAX_SITE_GAP = 7;

    /**
     * The coded actor of an "in" phrase on the word, on its apposition, or right after its phrase on the same verb
     * ("dispatched inspectors to Esfahan Uranium Conversion Facilities (UCF) in central Iran").
     */
    private static Optional<Actor> locatedIn(Graph g, int i, Actors actors) {
        List<Integer> places = new ArrayList<>();
        if (!g.allows(Repair.SITE_COUNTRY)) return Optional.empty();
        places.addAll(g.dependents(i, "nmod:in"));
        for (int h : g.dependents(i, "appos")) places.addAll(g.dependents(h, "nmod:in"));
        for (Dependency up : g.parents(i))
            if (up.governor() >= 0 && up.baseRelation().equals("obl"))
                for (int c : g.dependents(up.governor(), "obl:in")) if (c > i && c - i <= MAX_SITE_GAP) places.add(c);
        for (int c : places) {
            Token t = g.token(c);
            Optional<Actor> a = covering(actors, t.start(), t.end());
            if (a.isPresent() && a.get().code() != null) {
                g.fired(Repair.SITE_COUNTRY);
                return a;
            }
        }
        return Optional.empty();
    }

    /** An actor named inside the phrase's modifying clauses ("activities related to the DPRK's deployment"). */
    private static Optional<Actor> deeperActor(Graph g, int i, Actors actors) {
        if (actors.list().isEmpty() || !g.allows(Repair.DEEPER_ACTOR)) return Optional.empty();
        List<Integer> queue = new ArrayList<>(List.of(i));
        for (int k = 0; k < queue.size() && queue.size() < 40; k++) {
            for (Dependency d : g.children(queue.get(k))) {
                String base = d.baseRelation();
                if (base.equals("conj") || base.equals("punct") || base.equals("cc") || d.relation().equals("acl:relcl")
                        || queue.contains(d.dependent())) continue;
                queue.add(d.dependent());
                Token t = g.token(d.dependent());
                Optional<Actor> a = covering(actors, t.start(), t.end());
                if (a.isPresent() && a.get().code() != null) {
                    g.fired(Repair.DEEPER_ACTOR);
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    /** Body span of the noun phrase headed by {@code i}: modifiers, compounds and attached "of"/"in" phrases, no clauses. */
    static int[] phrase(Graph g, int i) {
        List<Integer> toks = new ArrayList<>();
        toks.add(i);
        for (int k = 0; k < toks.size() && toks.size() < 24; k++) {
            for (Dependency d : g.children(toks.get(k))) {
                int c = d.dependent();
                if (toks.contains(c)) continue;
                String base = d.baseRelation();
                if (!PHRASE_RELATIONS.contains(base) && !d.relation().equals("nmod:poss")) continue;
                if (base.equals("nmod") && g.token(c).isVerb()) continue;
                if (base.equals("case") && toks.get(k) == i) continue;   // "on Russia": the preposition is not the actor's
                if (base.equals("nmod") && toks.get(k) == i && d.relation().matches("nmod:(on|against|to|with|at|for|over)")) continue;
                toks.add(c);
            }
        }
        int min = Integer.MAX_VALUE, max = -1;
        for (int t : toks) {
            min = Math.min(min, g.token(t).start());
            max = Math.max(max, g.token(t).end());
        }
        // Keep the phrase contiguous around its head: a far modifier (a parse error) must not swallow the sentence.
        return new int[] {min, max};
    }
}
