package org.herald.events;

import java.util.List;
import java.util.Set;

/**
 * One verb (or event noun) pattern: a head lemma, the dependency frame it needs, and the CAMEO code it gives.
 *
 * @param code      CAMEO code (imported dictionaries may give codes outside the codebook)
 * @param heads     lemmas the head word may have
 * @param noun      true for a nominal event ("deployment"), false for a verb
 * @param slots     the frame, in file order
 * @param rule      where it was written, "file:line" (file without its folder)
 * @param targetCode for imported paired codes {@code [a:b]}: the code of the reverse event, else null
 */
public record Pattern(CameoCode code, Set<String> heads, boolean noun, List<Slot> slots, String rule, CameoCode targetCode) {
    public Pattern {
        heads = Set.copyOf(heads);
        slots = List.copyOf(slots);
    }

    public Pattern(CameoCode code, Set<String> heads, boolean noun, List<Slot> slots, String rule) {
        this(code, heads, noun, slots, rule, null);
    }

    /** Specificity: patterns with more, narrower slots are tried first. */
    public int specificity() {
        int w = 0;
        for (Slot s : slots) w += s.weight();
        return w;
    }

    public boolean assigns(Slot.Role role) {
        for (Slot s : slots) if (s.role() == role) return true;
        return false;
    }
}
