package org.herald.events;

import java.util.Set;

/**
 * One requirement of a {@link Pattern} on the head's dependency frame.
 *
 * @param kind     what the slot looks for
 * @param name     the relation ("obj", "nsubj", "xcomp" ...) or, for {@link Kind#PP}, the preposition ("on", "of")
 * @param lemmas   lemmas the slot's word must have; empty = any word
 * @param role     whom the slot's word names, if anyone
 * @param optional true when the pattern matches without it ({@code ?} in the file)
 */
public record Slot(Kind kind, String name, Set<String> lemmas, Role role, boolean optional) {
    public enum Kind {
        /** A dependent of the head by relation {@code name} (base relation, or the full "compound:prt" etc.). */
        REL,
        /** A prepositional phrase "name NP" on the head or on a word another slot matched (obl:name, nmod:name). */
        PP,
        /** A word anywhere in the head's clause (its subtree, not crossing into clauses of their own): used by imported dictionaries. */
        WORD
    }

    public enum Role { NONE, SOURCE, TARGET }

    public Slot {
        lemmas = Set.copyOf(lemmas);
    }

    /** How much the slot narrows the match: used to try more specific patterns first. */
    int weight() {
        return (optional ? 0 : 2) + (lemmas.isEmpty() ? 0 : 2) + (role == Role.NONE ? 0 : 1);
    }
}
