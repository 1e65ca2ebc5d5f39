package org.herald.events;

import org.herald.nlp.Dependency;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which coded acts a sentence asserts and which it only mentions as background. News states one act in its main
 * clause and hangs circumstances on it: a time or reason clause ("resigned as the opposition threatened to storm his
 * residence", "after a court cleared him"), a relative clause about a party ("Sharon, who has vowed not to return the
 * Golan Heights") or a participle describing a noun ("demonstrators protesting election results"). An act inside such a
 * clause is dropped when an act above it was coded; alone in its sentence, it is kept.
 */
final class BackgroundClauses {
    private static final int MAX_CLIMB = 8;

    private BackgroundClauses() { }

    /** True when {@code head} sits in a background clause below one of {@code asserted} (the heads that coded events). */
    static boolean isBackground(Graph g, int head, Set<Integer> asserted) {
        Set<Integer> clauses = new HashSet<>(asserted);
        for (int a : asserted) clauses.add(clauseOf(g, a));
        int h = head;
        boolean below = false;
        for (int step = 0; step < MAX_CLIMB; step++) {
            Dependency up = null;
            for (Dependency d : g.parents(h)) if (d.governor() >= 0) { up = d; break; }
            if (up == null) return false;
            if (opensBackground(g, up)) below = true;
            h = up.governor();
            if (below && clauses.contains(h)) return true;
        }
        return false;
    }

    /** The verb whose clause a nominal event sits in ("announced a suspension of ..."): the event's own clause. */
    private static int clauseOf(Graph g, int head) {
        int h = head;
        for (int step = 0; step < 3 && g.token(h).isNoun(); step++) {
            int up = -1;
            for (Dependency d : g.parents(h)) if (d.governor() >= 0) { up = d.governor(); break; }
            if (up < 0) break;
            h = up;
        }
        return h;
    }

    private static boolean opensBackground(Graph g, Dependency d) {
        String r = d.relation();
        if (r.equals("acl:relcl")) return true;
        // A clause hung on a noun: a participle or infinitive describing it ("inspectors probing sites", "the first
        // delegation to visit"), or its content ("an admission that forces murdered ...").
        // Not a clause that is the subject of a nominal predicate ("Sending troops is a violation"): that is the act itself.
        String base = d.baseRelation();
        if (g.token(d.dependent()).isVerb() && g.token(d.governor()).isNoun() && (base.equals("acl") || base.equals("dep") || base.equals("ccomp")))
            return true;
        // "accused the rebels of violating the ceasefire": what an act is about is not a second act.
        if (r.equals("advcl:of") || r.equals("advcl:for")) return true;
        if (!d.baseRelation().equals("advcl")) return false;
        for (int m : g.dependents(d.dependent(), "mark"))
            if (g.words().backgroundMarks().contains(g.token(m).word().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /**
     * A protest's purpose or manner clause ("calling for ...", "to press their demands"), or what its participle of saying
     * says ("staged rallies ..., saying he must resign"): part of the protest, which takes its target from it.
     */
    static boolean partOfProtest(Graph g, int head, Set<Integer> protests, Predicate<String> speech) {
        int h = head;
        for (int step = 0; step < 2; step++) {
            if (protests.contains(g.governorBy(h, "advcl")) || protests.contains(g.governorBy(h, "xcomp"))) return true;
            // A participle the parser left loosely attached ("dep") or made a conjunct is still the protest's manner clause.
            if (g.token(h).pos().equals("VBG") && (protests.contains(g.governorBy(h, "dep")) || protests.contains(g.governorBy(h, "conj"))))
                return true;
            int said = g.governorBy(h, "ccomp");
            if (said < 0 || !speech.test(g.lemma(said))) return false;
            h = said;
        }
        return false;
    }
}
