package org.herald.actors;

import java.util.List;
import java.util.Optional;

/** The actors stage's output: the document's actors and the officials it taught. */
public record Actors(List<Actor> list, List<LearnedOfficial> learned) {
    public static final Actors NONE = new Actors(List.of(), List.of());

    public Actors {
        list = List.copyOf(list);
        learned = List.copyOf(learned);
    }

    public Optional<Actor> findById(String id) {
        return list.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The actor with a mention overlapping [start, end) the most, if any. */
    public Optional<Actor> findAt(int start, int end) {
        Actor best = null;
        int bestOverlap = 0;
        for (Actor a : list) {
            for (var m : a.mentions()) {
                int overlap = Math.min(end, m.end()) - Math.max(start, m.start());
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = a;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
