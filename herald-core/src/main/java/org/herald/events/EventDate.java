package org.herald.events;

import org.herald.Excerpt;

/**
 * When an event happened, as far as the text says.
 *
 * @param day          the resolved day, "YYYY-MM-DD" (the first day of the week, month or year for a coarser phrase),
 *                     or null when neither the text nor a reference date gives one
 * @param precision    {@code day}, {@code week}, {@code month} or {@code year}; null when {@code day} is null
 * @param phrase       the words that dated the event ("on Wednesday", "last month"), or null when none did
 * @param rule         id of the dating rule that decided ("weekday:past", "month-day-year", "reference", "undated")
 * @param reference    what relative phrases were resolved against: {@code published}, {@code captured}, {@code given}
 *                     (a date the driver was told to use), or null when there was no reference date
 * @param referenceDay that reference date, "YYYY-MM-DD", or null
 */
public record EventDate(String day, String precision, Excerpt phrase, String rule, String reference, String referenceDay) {
    public EventDate {
        if (rule == null) throw new IllegalArgumentException("a date records the rule that decided it");
        if ((day == null) != (precision == null)) throw new IllegalArgumentException("a day has a precision, and only a day has one");
    }
}
