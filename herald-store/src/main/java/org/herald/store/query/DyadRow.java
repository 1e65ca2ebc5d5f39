package org.herald.store.query;

import java.time.LocalDate;

/**
 * Events of one directed dyad in one period: counts, the Goldstein sum and mean, and counts per GDELT QuadClass
 * (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
 *
 * @param period the period's first day (weeks start on Monday)
 * @param events events (rows of {@code events})
 * @param mentions their reports
 */
public record DyadRow(LocalDate period, String source, String target, long events, long mentions, double goldsteinSum, double goldsteinMean,
                      long quad1, long quad2, long quad3, long quad4) {
    /** The period of a dyad count. */
    public enum Period { DAY, WEEK, MONTH, YEAR }

    /** Which codes a dyad groups on: the whole actor code (RUSGOV) or its first block, the country (RUS). */
    public enum Level { CODE, COUNTRY }
}
