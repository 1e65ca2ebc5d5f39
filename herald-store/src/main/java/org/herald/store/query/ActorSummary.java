package org.herald.store.query;

import java.time.LocalDate;
import java.util.List;

/**
 * What the store knows about an actor code (and the codes under it: RUS covers RUSGOV).
 *
 * @param names        the names it goes by, most mentioned first, with their mention counts
 * @param documents    documents that name it
 * @param mentions     its mentions in them
 * @param asSource     events it did
 * @param asTarget     events done to it
 * @param quotes       quotes it said
 * @param firstDay     its earliest event day, or null
 * @param lastDay      its latest event day, or null
 */
public record ActorSummary(String code, List<Named> names, long documents, long mentions, long asSource, long asTarget, long quotes,
                           LocalDate firstDay, LocalDate lastDay) {
    public ActorSummary {
        names = List.copyOf(names);
    }

    public record Named(String name, String code, long mentions) {}
}
