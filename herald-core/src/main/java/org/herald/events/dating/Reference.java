package org.herald.events.dating;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The day relative date phrases are resolved against, and where it came from: the article's publication date, the
 * page's capture date (a web archive's record), or a date the driver was given (an ingest option).
 *
 * @param day  the reference day, or null when there is none
 * @param kind where it came from; {@link Kind#NONE} exactly when {@code day} is null
 */
public record Reference(LocalDate day, Kind kind) {
    public enum Kind { PUBLISHED, CAPTURED, GIVEN, NONE;
        /** The contract's name: {@code published}, {@code captured}, {@code given}; null for none. */
        public String label() { return this == NONE ? null : name().toLowerCase(java.util.Locale.ROOT); }
    }

    public static final Reference NONE = new Reference(null, Kind.NONE);

    public Reference {
        if ((day == null) != (kind == Kind.NONE)) throw new IllegalArgumentException("a reference of kind " + kind + " needs a day, and only then");
    }

    /** The publication date "YYYY-MM-DD" (or null, or unreadable: no reference). */
    public static Reference published(String isoDay) { return of(isoDay, Kind.PUBLISHED); }

    public static Reference captured(String isoDay) { return of(isoDay, Kind.CAPTURED); }

    public static Reference given(LocalDate day) { return day == null ? NONE : new Reference(day, Kind.GIVEN); }

    private static Reference of(String isoDay, Kind kind) {
        if (isoDay == null || isoDay.isBlank()) return NONE;
        try {
            return new Reference(LocalDate.parse(isoDay.strip()), kind);
        } catch (DateTimeParseException e) {
            return NONE;
        }
    }

    /** This reference if it has a day, else {@code other}: the publication date first, then a capture date, then a given one. */
    public Reference orElse(Reference other) { return kind != Kind.NONE ? this : other; }

    public boolean present() { return kind != Kind.NONE; }
}
