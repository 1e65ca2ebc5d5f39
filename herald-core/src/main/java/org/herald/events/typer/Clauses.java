package org.herald.events.typer;

import org.herald.nlp.Dependency;
import org.herald.nlp.Sentence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A sentence cut into the clauses the typer reads: the root's clause, and each clause joined to it by {@code conj},
 * {@code ccomp}, {@code advcl} or {@code parataxis} that has a subject of its own ("Police arrested two men after
 * protesters stormed the hall" is two acts; "troops crossed the border and shelled the town" is one actor's two acts
 * and one clause). A clause is its head's subtree without the subtrees of the clauses below it, so each act is typed
 * alone.
 *
 * <p>A lower clause stands apart only where the caller says its subject can be a party ({@code standsAlone}); else it
 * is read with the clause above it: "police said they arrested two men" is the police's act, read whole, while in "the
 * minister said rebels shelled the town" the rebels act. A condition ("if Hezbollah drags Lebanon into a war, we will
 * turn Beirut into rubble") is part of what it conditions: alone it reads as the act it only supposes.
 */
final class Clauses {
    /** Relations that join a clause with its own subject to the one above it. */
    private static final Set<String> CLAUSE_LINKS = Set.of("conj", "ccomp", "advcl", "parataxis");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "csubj");

    private Clauses() {}

    /**
     * One clause: its head token and its tokens in sentence order.
     *
     * @param head   the clause's head (the root, or the verb a clause link points at)
     * @param tokens the clause's token indices, ascending
     * @param frame  whether a complement of the head stands apart: the clause is then only its frame ("the minister
     *               said"), which reports no act of its own
     */
    record Clause(int head, int[] tokens, boolean frame) {
        boolean contains(int token) { return Arrays.binarySearch(tokens, token) >= 0; }

        @Override public boolean equals(Object o) {
            return o instanceof Clause c && c.head == head && Arrays.equals(c.tokens, tokens) && c.frame == frame;
        }

        @Override public int hashCode() { return 31 * head + Arrays.hashCode(tokens); }

        @Override public String toString() { return "Clause[" + head + ", " + Arrays.toString(tokens) + "]"; }
    }

    /**
     * The sentence's clauses, the root's first; none for a sentence without dependencies. A lower clause with a
     * subject of its own stands apart when {@code standsAlone} accepts its head, and is part of the clause above
     * otherwise; an adverbial clause marked by one of {@code conditions} never stands apart.
     */
    static List<Clause> of(Sentence s, IntPredicate standsAlone, Set<String> conditions) {
        int n = s.tokens().size();
        BitSet heads = new BitSet(n);
        for (int r : s.roots()) heads.set(r);
        for (int i = 0; i < n; i++) if (isClauseHead(s, i, conditions) && standsAlone.test(i)) heads.set(i);
        List<Clause> out = new ArrayList<>();
        for (int h = heads.nextSetBit(0); h >= 0; h = heads.nextSetBit(h + 1)) out.add(new Clause(h, subtree(s, h, heads), isFrame(s, h, heads)));
        out.sort((a, b) -> Boolean.compare(!s.roots().contains(a.head()), !s.roots().contains(b.head())));
        return out;
    }

    /**
     * A token a clause link points at that governs a subject of its own. Enhanced graphs copy a shared subject onto
     * each conjunct ("troops crossed the border and shelled the town": troops is the subject of both), so a subject
     * that is also the subject of another word is not the clause's own.
     */
    private static boolean isClauseHead(Sentence s, int i, Set<String> conditions) {
        boolean linked = false;
        for (Dependency d : s.parents(i)) if (d.governor() >= 0 && CLAUSE_LINKS.contains(d.baseRelation())) { linked = true; break; }
        if (!linked || isCondition(s, i, conditions)) return false;
        for (Dependency d : s.children(i)) if (SUBJECTS.contains(d.baseRelation()) && subjectOfOnly(s, d.dependent(), i)) return true;
        return false;
    }

    /** Whether one of the head's complements ({@code ccomp}) is a clause of its own. */
    private static boolean isFrame(Sentence s, int head, BitSet heads) {
        for (Dependency d : s.children(head)) if (d.baseRelation().equals("ccomp") && heads.get(d.dependent())) return true;
        return false;
    }

    /** An adverbial clause marked as a condition. */
    private static boolean isCondition(Sentence s, int i, Set<String> conditions) {
        for (Dependency d : s.children(i))
            if (d.baseRelation().equals("mark") && conditions.contains(s.token(d.dependent()).lemma())) return true;
        return false;
    }

    private static boolean subjectOfOnly(Sentence s, int subject, int head) {
        for (Dependency p : s.parents(subject))
            if (p.governor() != head && SUBJECTS.contains(p.baseRelation())) return false;
        return true;
    }

    /**
     * The tokens under {@code head}, stopping at other clause heads. Enhanced graphs are not trees (a relative clause
     * points back at its noun), so each token is visited once.
     */
    private static int[] subtree(Sentence s, int head, BitSet heads) {
        BitSet seen = new BitSet();
        List<Integer> stack = new ArrayList<>(List.of(head));
        seen.set(head);
        while (!stack.isEmpty()) {
            int t = stack.remove(stack.size() - 1);
            for (Dependency d : s.children(t)) {
                int c = d.dependent();
                if (seen.get(c) || heads.get(c)) continue;
                seen.set(c);
                stack.add(c);
            }
        }
        return seen.stream().toArray();
    }
}
