package org.herald.events;

import org.herald.nlp.Dependency;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A sentence seen by the matchers: lemma, relation and path look-ups over its indexed dependency edges, the parse
 * repairs allowed on it and a log of those that fired (one coder call, one thread).
 */
final class Graph {
    final Sentence sentence;
    private final CoderKnowledge knowledge;
    private final Set<Repair> repairs;
    private final List<Repair> fired = new ArrayList<>();

    Graph(Sentence sentence) {
        this(sentence, CoderKnowledge.shipped());
    }

    Graph(Sentence sentence, CoderKnowledge knowledge) {
        this.sentence = sentence;
        this.knowledge = knowledge;
        this.repairs = knowledge.repairs();
    }

    CoderWords words() { return knowledge.words(); }

    RootBehaviours roots() { return knowledge.roots(); }

    /** The words a repair finds, or none when it is switched off; it is logged as fired when it finds any. */
    List<Integer> repair(Repair r, Supplier<List<Integer>> step) {
        if (!repairs.contains(r)) return List.of();
        List<Integer> out = step.get();
        if (!out.isEmpty()) fired.add(r);
        return out;
    }

    /** Whether a repair's test holds (false when it is switched off); logged as fired when it does. */
    boolean repairs(Repair r, BooleanSupplier test) {
        if (!repairs.contains(r) || !test.getAsBoolean()) return false;
        fired.add(r);
        return true;
    }

    /** Whether a repair is switched on (for a step that logs itself with {@link #fired}). */
    boolean allows(Repair r) { return repairs.contains(r); }

    void fired(Repair r) { fired.add(r); }

    /** A position in the log of fired repairs. */
    int mark() { return fired.size(); }

    /** The repairs that fired since {@code mark}, each once. */
    Set<Repair> firedSince(int mark) {
        Set<Repair> out = EnumSet.noneOf(Repair.class);
        out.addAll(fired.subList(mark, fired.size()));
        return out;
    }

    int size() { return sentence.tokens().size(); }

    Token token(int i) { return sentence.token(i); }

    String lemma(int i) { return sentence.token(i).lemma(); }

    List<Dependency> children(int i) { return sentence.children(i); }

    List<Dependency> parents(int i) { return sentence.parents(i); }

    /** Dependents of {@code i} whose relation is {@code rel} exactly or, for a bare name, by base relation. */
    List<Integer> dependents(int i, String rel) {
        List<Integer> out = new ArrayList<>(2);
        for (Dependency d : sentence.children(i)) if (relationIs(d, rel) && !out.contains(d.dependent())) out.add(d.dependent());
        return out;
    }

    boolean has(int i, String rel) {
        for (Dependency d : sentence.children(i)) if (relationIs(d, rel)) return true;
        return false;
    }

    static boolean relationIs(Dependency d, String rel) {
        String r = d.relation();
        if (r.equals(rel)) return true;
        if (rel.indexOf(':') >= 0) return false;
        // A bare name matches its specifics ("obl" matches "obl:on"), except the passive subject, which is its own role.
        return d.baseRelation().equals(rel) && !r.endsWith(":pass") && !r.equals("obl:agent");
    }

    /** The head of {@code i} by relation {@code rel}, or -1. */
    int governorBy(int i, String rel) {
        for (Dependency d : sentence.parents(i)) if (relationIs(d, rel) && d.governor() >= 0) return d.governor();
        return -1;
    }

    /** Passive clause: a passive subject or passive auxiliary under the head. */
    boolean isPassive(int head) {
        for (Dependency d : sentence.children(head)) {
            String r = d.relation();
            if (r.equals("nsubj:pass") || r.equals("aux:pass") || r.equals("csubj:pass")) return true;
        }
        return false;
    }

    /** The token itself and every token joined to it by conj (coordinated actors: "the US, Britain and Japan"). */
    List<Integer> withConjuncts(int i) {
        List<Integer> out = new ArrayList<>();
        out.add(i);
        for (int k = 0; k < out.size(); k++)
            for (Dependency d : sentence.children(out.get(k)))
                if (d.baseRelation().equals("conj") && !out.contains(d.dependent())) out.add(d.dependent());
        return out;
    }
}
