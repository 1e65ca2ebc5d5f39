package org.herald.events;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the static matchers ({@link FrameMatcher}, {@link PartyFinder}, {@link PartyResolver}) read besides the parse,
 * carried on each {@link Graph}: the word sets, the roots' behaviours (both overlayable by a knowledge layer) and the
 * parse repairs switched on.
 */
record CoderKnowledge(CoderWords words, RootBehaviours roots, Set<Repair> repairs) {
    CoderKnowledge {
        repairs = repairs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(repairs));
    }

    /** The shipped files with every repair on. */
    static CoderKnowledge shipped() { return Shipped.KNOWLEDGE; }

    private static final class Shipped {
        static final CoderKnowledge KNOWLEDGE = new CoderKnowledge(CoderWords.shipped(), RootBehaviours.shipped(), EnumSet.allOf(Repair.class));
    }
}
