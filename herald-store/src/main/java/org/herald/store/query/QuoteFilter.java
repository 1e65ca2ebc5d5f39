package org.herald.store.query;

import org.herald.quotes.Quote;

import java.time.LocalDate;

/**
 * Which quotes: every field null means any.
 *
 * @param actor   the speaker's CAMEO code (by 3-letter blocks: RUS matches RUSGOV)
 * @param speaker words of the speaker's name ("Nebenzia"), case-insensitive
 * @param since   quotes of articles dated on or after this day
 * @param until   ... on or before this day
 * @param mode    what the attribution reports (speech, belief, intention, evidence); quotes stored without a mode match
 *                none
 */
public record QuoteFilter(String actor, String speaker, LocalDate since, LocalDate until, Quote.Mode mode) {
    public static final QuoteFilter ANY = new QuoteFilter(null, null, null, null, null);

    /** A filter of any mode. */
    public QuoteFilter(String actor, String speaker, LocalDate since, LocalDate until) { this(actor, speaker, since, until, null); }

    /** A mode as a user writes it ("belief", any case), or null for none; an unknown word is refused with the choices. */
    public static Quote.Mode mode(String word) {
        if (word == null || word.isBlank()) return null;
        for (Quote.Mode m : Quote.Mode.values()) if (m.toString().equalsIgnoreCase(word.strip())) return m;
        throw new IllegalArgumentException("a quote's mode is one of " + String.join(", ", modes()) + ", not '" + word + "'");
    }

    /** The modes' words, in order. */
    public static java.util.List<String> modes() {
        return java.util.Arrays.stream(Quote.Mode.values()).map(Quote.Mode::toString).toList();
    }

    public QuoteFilter {
        actor = EventFilter.code(actor, "speaker");
        if (speaker != null && speaker.isBlank()) speaker = null;
        if (speaker != null && speaker.length() > 200) throw new IllegalArgumentException("a speaker name of more than 200 characters");
    }
}
