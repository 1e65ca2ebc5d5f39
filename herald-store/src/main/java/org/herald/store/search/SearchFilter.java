package org.herald.store.search;

import java.time.LocalDate;

/**
 * What a search is limited to; every field null means no limit. Codes match by their 3-letter blocks from the start:
 * {@code RUS} matches RUS, RUSGOV and RUSMIL.
 *
 * @param actor   an actor named in the passage
 * @param speaker the speaker of a quote (a CAMEO code)
 * @param plover  a PLOVER type of an event in the passage
 * @param since   passages of articles dated on or after this day
 * @param until   ... on or before this day
 * @param kind    {@code body} or {@code quote}
 */
public record SearchFilter(String actor, String speaker, String plover, LocalDate since, LocalDate until, String kind) {
    public static final SearchFilter NONE = new SearchFilter(null, null, null, null, null, null);
}
