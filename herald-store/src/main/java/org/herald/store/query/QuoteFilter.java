package org.herald.store.query;

import java.time.LocalDate;

/**
 * Which quotes: every field null means any.
 *
 * @param actor   the speaker's CAMEO code (by 3-letter blocks: RUS matches RUSGOV)
 * @param speaker words of the speaker's name ("Nebenzia"), case-insensitive
 * @param since   quotes of articles dated on or after this day
 * @param until   ... on or before this day
 */
public record QuoteFilter(String actor, String speaker, LocalDate since, LocalDate until) {
    public static final QuoteFilter ANY = new QuoteFilter(null, null, null, null);

    public QuoteFilter {
        actor = EventFilter.code(actor, "speaker");
        if (speaker != null && speaker.isBlank()) speaker = null;
        if (speaker != null && speaker.length() > 200) throw new IllegalArgumentException("a speaker name of more than 200 characters");
    }
}
