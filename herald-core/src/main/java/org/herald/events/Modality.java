package org.herald.events;

import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;
import org.herald.nlp.Dependency;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides whether a matched head states an act, an intention, a threat, or nothing codable (negated or merely
 * possible), from {@code events/modality.tsv}: the head's own auxiliaries and negation, then the verbs it is the
 * complement of ("pledged to send", "threatened to impose", "refused to meet").
 */
final class Modality {
    static final String FILE = "events/modality.tsv";

    enum Kind { NEGATION, HEDGE, FUTURE, INTENT, THREAT, BLOCK, SPEECH, LIGHT, CONSENT, PREPARE }

    /** What the sentence says of the act. */
    enum Mood { ACTUAL, INTENDED, THREATENED, PREPARED, REFUSED, NONE }

    private static final int MAX_CLIMB = 4;
    private final Map<String, Kind> words;

    private Modality(Map<String, Kind> words) { this.words = Map.copyOf(words); }

    static Modality load(KnowledgeSource source) {
        Map<String, Kind> words = new HashMap<>();
        for (TsvReader.Row row : TsvReader.readAll(source, FILE, "lemma", "kind")) {
            try {
                words.put(row.get("lemma").toLowerCase(Locale.ROOT), Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind '" + row.get("kind") + "'");
            }
        }
        return new Modality(words);
    }

    /** Modal auxiliaries that, with an "if"/"unless" clause, state a conditional act rather than a mere possibility. */
    private static final java.util.Set<String> CONDITIONAL_AUX = java.util.Set.of("may", "might", "could");

    /** The clause has an "if" or "unless" condition of its own ("may halt mediation if cooperation founders"). */
    private static boolean conditional(Graph g, int h) {
        for (Dependency d : g.children(h)) {
            if (!d.baseRelation().equals("advcl")) continue;
            for (int m : g.dependents(d.dependent(), "mark")) {
                String l = g.lemma(m);
                if (l.equals("if") || l.equals("unless")) return true;
            }
        }
        return false;
    }

    /** The verb {@code h} is joined to by a plain conjunction ("and", "or"; not "but"), or -1. */
    private static int firstConjunct(Graph g, int h) {
        if (!g.token(h).isVerb()) return -1;
        for (Dependency d : g.parents(h)) {
            if (!d.baseRelation().equals("conj") || d.governor() < 0 || d.governor() >= h || !g.token(d.governor()).isVerb()) continue;
            for (int c : g.dependents(h, "cc")) if (g.lemma(c).equals("but") || g.lemma(c).equals("yet")) return -1;
            // "Russia will attack and Ukraine resisted": a conjunct with a subject of its own is a clause of its own.
            List<Integer> own = g.dependents(h, "nsubj");
            if (!own.isEmpty() && !g.dependents(d.governor(), "nsubj").containsAll(own)) return -1;
            return d.governor();
        }
        return -1;
    }

    private boolean negated(Graph g, int h) {
        for (Dependency d : g.children(h))
            if (words.get(g.lemma(d.dependent())) == Kind.NEGATION && (d.baseRelation().equals("advmod") || d.baseRelation().equals("neg")))
                return true;
        return false;
    }

    private boolean negatedSubject(Graph g, int subject) {
        for (int c : g.dependents(subject, "cc:preconj")) if (g.lemma(c).equals("neither")) return true;
        return false;
    }

    Kind kindOf(String lemma) { return words.get(lemma); }

    Mood mood(Graph g, int head) {
        Mood mood = Mood.ACTUAL;
        int h = head;
        for (int step = 0; step < MAX_CLIMB; step++) {
            // "prepared to resume shelling", "did not launch an offensive": a nominal event is said by the verb carrying it.
            int carrier = h == head && g.token(h).isNoun() ? g.governorBy(h, "obj") : -1;
            if (carrier >= 0 && words.get(g.lemma(carrier)) == Kind.LIGHT) {
                if (negated(g, carrier)) return Mood.NONE;
                h = carrier;
            }
            for (Dependency d : g.children(h)) {
                String r = d.baseRelation();
                Kind k = words.get(g.lemma(d.dependent()));
                if (r.equals("nsubj") && h == head && (g.lemma(d.dependent()).equals("none") || g.lemma(d.dependent()).equals("nobody")))
                    return Mood.NONE;
                // "Neither India nor Pakistan has sent troops": the negation hangs on the subject, not the verb.
                if (r.equals("nsubj") && h == head && !g.token(h).isNoun() && negatedSubject(g, d.dependent()))
                    return Mood.NONE;
                if (k == null) continue;
                if (k == Kind.NEGATION && (r.equals("advmod") || r.equals("neg") || r.equals("det") && h == head && g.token(h).isNoun()
                        || r.equals("cc:preconj"))) {
                    // "will not accept refugees", "did not allow inspectors in": withholding consent is a refusal (12), not nothing.
                    boolean refusal = h == head && !g.token(h).isNoun() && !r.equals("det") && words.get(g.lemma(h)) == Kind.CONSENT;
                    return refusal ? Mood.REFUSED : Mood.NONE;
                }
                if (r.equals("aux")) {
                    // "may halt its mediation if ...": a possible act made conditional is a threat or a promise, not nothing.
                    if (k == Kind.HEDGE && CONDITIONAL_AUX.contains(g.lemma(d.dependent())) && conditional(g, h)) {
                        if (mood == Mood.ACTUAL) mood = Mood.INTENDED;
                        continue;
                    }
                    if (k == Kind.HEDGE) return Mood.NONE;
                    if (k == Kind.FUTURE && mood == Mood.ACTUAL) mood = Mood.INTENDED;
                }
                // "the planned deployment", "a possible attack"
                if (r.equals("amod") && g.token(h).isNoun()) {
                    if (k == Kind.HEDGE) return Mood.NONE;
                    if (k == Kind.INTENT && mood == Mood.ACTUAL) mood = Mood.INTENDED;
                }
            }
            int gov = g.governorBy(h, "xcomp");
            if (gov < 0) gov = FrameMatcher.gerundGovernor(g, h);
            // "called on Arabs to unite", parsed as a purpose clause of the call: asked for, not done.
            int purposeOf = gov < 0 ? g.governorBy(h, "advcl:to") : -1;
            if (purposeOf >= 0 && words.get(g.lemma(purposeOf)) == Kind.HEDGE && !g.token(purposeOf).isNoun()) return Mood.NONE;
            int first = gov < 0 ? firstConjunct(g, h) : -1;
            if (first >= 0) {
                // "threatened to cut aid and impose sanctions", "will not sign or ratify": a conjoined verb shares the
                // auxiliaries, negation and governing verb of the verb it is joined to.
                h = first;
                continue;
            }
            if (gov < 0) {
                // "demanded that Iraq withdraw", "has not confirmed it will send": the clause is asked for or left open.
                int c = g.governorBy(h, "ccomp");
                if (c < 0) break;
                Kind ck = words.get(g.lemma(c));
                if (ck == Kind.HEDGE || ck == Kind.BLOCK || negated(g, c)) return Mood.NONE;
                break;
            }
            if (negated(g, gov)) return Mood.NONE;
            Kind k = words.get(g.lemma(gov));
            if (k == Kind.HEDGE || k == Kind.BLOCK || k == Kind.NEGATION) return Mood.NONE;
            // "analysts expect Russia to resume shelling", "wants Iran to talk": someone else's expectation, not an intention.
            if ((k == Kind.INTENT || k == Kind.PREPARE) && g.has(gov, "obj")) return Mood.NONE;
            if (k == Kind.THREAT) mood = Mood.THREATENED;
            else if (k == Kind.INTENT && mood == Mood.ACTUAL) mood = Mood.INTENDED;
            else if (k == Kind.PREPARE && mood == Mood.ACTUAL) mood = Mood.PREPARED;
            h = gov;
        }
        return mood;
    }
}
