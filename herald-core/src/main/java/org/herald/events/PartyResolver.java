package org.herald.events;

import org.herald.actors.Actor;
import org.herald.actors.Actors;
import org.herald.nlp.Dependency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the parties of one event beyond the single word {@link PartyFinder} reads: conjuncts and comma lists of
 * actors, anaphors ("These countries accused ..."), parties named elsewhere in the clause when the frame names none
 * (the nearest actor, a protest's purpose), and the same-country checks that keep an actor from acting on itself.
 */
final class PartyResolver {
    private PartyResolver() { }

    static String partyKey(Event.Party p) {
        if (p == null) return "-";
        return p.actor() != null ? p.actor() : p.name();
    }

    private static final Set<String> PLURAL_ANAPHORS = Set.of("they", "them", "these", "those");

    /** Relations below an event's head that lead into its purpose, not to its actor, place or time. */
    private static final Set<String> NOT_PURPOSE = Set.of("nsubj", "nsubj:pass", "conj", "parataxis", "punct", "cc", "advmod", "aux", "mark");
    /** Places and times, at any depth: where a protest happens is not whom it is against. */
    private static final Set<String> PLACE_OR_TIME = Set.of("obl:in", "nmod:in", "obl:at", "nmod:at", "obl:tmod", "obl:near",
            "nmod:near", "obl:outside", "nmod:outside");

    /** Tokens covered by a coded actor within the head's purpose and complement phrases, nearest first (breadth first). */
    static List<Integer> clauseActors(Graph g, int head, Actors actors) {
        List<Integer> queue = new ArrayList<>(List.of(head));
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < queue.size() && queue.size() < 40; k++) {
            for (Dependency d : g.children(queue.get(k))) {
                int c = d.dependent();
                if (queue.contains(c) || k == 0 && NOT_PURPOSE.contains(d.relation()) || PLACE_OR_TIME.contains(d.relation())
                        || d.baseRelation().equals("conj")
                        || d.baseRelation().equals("parataxis")) continue;
                queue.add(c);
                // A coded actor, or a person the actors stage could not code ("the removal of President X").
                if (nearestActorToken(g, actors, c - 1, +1) == c || isPerson(g, actors, c)) out.add(c);
            }
        }
        return out;
    }

    /** Relations that lead from an act to where it happened ("rioted at a jail in northern Israel"). */
    private static final Set<String> VENUE = Set.of("obl:in", "obl:at", "nmod:in", "nmod:at", "obl:outside", "nmod:outside");

    /**
     * The coded country (or its place) where the act at {@code head} happened, when it is no source's own country: a
     * protest or an attack abroad is against the country it happens in.
     */
    static Optional<Event.Party> foreignVenue(Graph g, int head, String body, Actors actors, List<Event.Party> sources) {
        List<Integer> queue = new ArrayList<>(List.of(head));
        for (int k = 0; k < queue.size() && queue.size() < 12; k++) {
            for (Dependency d : g.children(queue.get(k))) {
                int c = d.dependent();
                if (queue.contains(c)) continue;
                // "killed 23 people when they blew themselves up in Tel Aviv": the place may sit in the act's time clause.
                if (d.baseRelation().equals("advcl") && g.token(c).isVerb() && k == 0) {
                    queue.add(c);
                    continue;
                }
                if (!VENUE.contains(d.relation())) continue;
                queue.add(c);
                Optional<PartyFinder.Found> f = PartyFinder.find(g, c, body, actors);
                if (f.isEmpty() || f.get().party() == null || f.get().party().code() == null) continue;
                Event.Party p = f.get().party();
                String country = p.code().substring(0, Math.min(3, p.code().length()));
                if (sources.stream().allMatch(s -> s.code() != null && !s.code().startsWith(country))) return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static boolean isPerson(Graph g, Actors actors, int i) {
        return actors.findAt(g.token(i)).filter(a -> a.kind() == Actor.Kind.PERSON).isPresent();
    }

    /** The token of the coded actor nearest to the head on one side, or -1. */
    static int nearestActorToken(Graph g, Actors actors, int head, int direction) {
        for (int i = head + direction; i >= 0 && i < g.size(); i += direction) {
            var t = g.token(i);
            for (var a : actors.list())
                for (var mention : a.mentions())
                    if (a.code() != null && mention.start() <= t.start() && t.end() <= mention.end()) return i;
        }
        return -1;
    }

    /** The coded actor nearest to the head on one side (-1 before, +1 after) within the sentence. */
    static Optional<Event.Party> nearestActor(Graph g, String body, Actors actors, int head, int direction) {
        for (int i = head + direction; i >= 0 && i < g.size(); i += direction) {
            var t = g.token(i);
            for (var a : actors.list())
                for (var mention : a.mentions())
                    if (a.code() != null && mention.start() <= t.start() && t.end() <= mention.end())
                        return Optional.of(new Event.Party(a.id(), a.name(), a.code()));
        }
        return Optional.empty();
    }

    /**
     * Two parties of one country where one is the country itself ("KGZ" and "KGZGOV"), or the same code: an actor is
     * never coded acting on itself or on its own country, least of all in "X and Y blamed each other".
     */
    static boolean sameCountry(Event.Party a, Event.Party b) {
        if (a.code() == null || b.code() == null) return false;
        String x = a.code(), y = b.code();
        if (x.equals(y)) return true;
        return x.length() == 3 && y.startsWith(x) || y.length() == 3 && x.startsWith(y);
    }

    /** "Kyrgyzstan and Tajikistan" whose first word also resolved to the Kyrgyz government: the country once, as itself. */
    static void dropSameCountryDuplicates(List<Event.Party> parties) {
        for (int i = 0; i < parties.size(); i++)
            for (int j = 0; j < parties.size(); j++) {
                if (i == j) continue;
                Event.Party a = parties.get(i), b = parties.get(j);
                if (a != null && b != null && a.code() != null && b.code() != null && a.code().length() == 3 && b.code().length() > 3 && b.code().startsWith(a.code())) {
                    parties.remove(j);
                    i = -1;
                    break;
                }
            }
    }

    /**
     * A party the actors stage did not resolve must carry a name ("Sudanese government") or name an agent ("riot police"),
     * not only other common nouns ("the right", "an act of aggression"); the agent nouns are coder-words.tsv's agent-noun.
     */
    static boolean looksNamed(String name, CoderWords words) {
        for (String w : name.split("\\s+")) {
            if (w.isEmpty()) continue;
            if (Character.isUpperCase(w.codePointAt(0)) && !w.equals("The") && !w.equals("A") && !w.equals("An")) return true;
            if (words.agentNouns().contains(w.toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    static boolean isAnaphor(Graph g, int t) {
        String pos = g.token(t).pos();
        if (pos.equals("PRP")) return true;
        if (!g.token(t).isNoun() || !g.words().groupNouns().contains(g.lemma(t))) return false;
        for (int d : g.dependents(t, "det")) if (PLURAL_ANAPHORS.contains(g.token(d).word().toLowerCase(java.util.Locale.ROOT))) return true;
        return false;
    }

    static boolean isPlural(Graph g, int t) {
        String lemma = g.token(t).word().toLowerCase(java.util.Locale.ROOT);
        return PLURAL_ANAPHORS.contains(lemma) || g.token(t).pos().equals("NNS");
    }

    static List<Integer> anchors(Graph g, List<Integer> words, Actors actors) {
        List<Integer> out = new ArrayList<>();
        for (int w : words) {
            int a = PartyFinder.anchor(g, w, actors);
            if (!out.contains(a)) out.add(a);
        }
        return out;
    }

    /**
     * The conjuncts of every word, each once, in order; then the rest of a comma list of named actors the parser failed
     * to join ("from the United States, the United Kingdom, South Korea and Ukraine").
     */
    static List<Integer> expand(Graph g, List<Integer> words, Actors actors) {
        List<Integer> out = new ArrayList<>();
        for (int w : words) for (int c : g.withConjuncts(w)) if (!out.contains(c)) out.add(c);
        if (actors.list().isEmpty() || !g.allows(Repair.UNJOINED_LIST)) return out;
        for (int w : List.copyOf(out)) {
            int p = g.token(w).index() + 1;
            // "Kenzo Oshima, the UN relief coordinator, demanded": commas alone make an apposition, not a list; a list
            // ends in "and" or "or".
            List<Integer> items = new ArrayList<>();
            boolean joined = false;
            while (p + 1 < g.size()) {
                String sep = g.token(p).word();
                if (!sep.equals(",") && !sep.equals("and") && !sep.equals("or")) break;
                if (!sep.equals(",")) joined = true;
                p++;
                if (g.token(p).word().equals("and") || g.token(p).word().equals("or")) {
                    joined = true;
                    p++;
                }
                if (p < g.size() && g.token(p).pos().equals("DT")) p++;
                if (p >= g.size()) break;
                int end = mentionEnd(actors, g.token(p).start());
                if (end < 0) break;
                int q = p;
                while (q + 1 < g.size() && g.token(q + 1).end() <= end) q++;
                int last = q;
                // "and Bulgarian President Todor Zhivkov": the mention is a modifier; the phrase's head is the party.
                for (int up = modifiedHead(g, q); up > q; up = modifiedHead(g, q)) q = up;
                if (g.governorBy(q, "appos") == w) break;
                for (int c : g.withConjuncts(q)) if (!items.contains(c)) items.add(c);
                q = Math.max(q, last);
                p = q + 1;
            }
            if (joined) for (int c : items) if (!out.contains(c)) {
                out.add(c);
                g.fired(Repair.UNJOINED_LIST);
            }
        }
        return out;
    }

    /** The noun a word modifies as a compound or adjective ("Bulgarian" → "Zhivkov"), or -1. */
    private static int modifiedHead(Graph g, int i) {
        for (Dependency d : g.parents(i)) {
            String r = d.relation();
            if ((r.equals("amod") || r.equals("compound") || r.equals("flat")) && d.governor() >= 0) return d.governor();
        }
        return -1;
    }

    /** End of the actor mention starting at {@code start}, or -1. */
    private static int mentionEnd(Actors actors, int start) {
        for (var a : actors.list())
            for (var m : a.mentions()) if (m.start() == start && a.code() != null) return m.end();
        return -1;
    }
}
