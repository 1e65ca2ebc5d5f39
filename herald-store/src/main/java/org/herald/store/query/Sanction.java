package org.herald.store.query;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the sanctions ledger: who put sanctions on whom, since when, and where the store read it.
 *
 * @param imposer     the imposer's code (IGOUNO for the UN Security Council)
 * @param target      the sanctioned party's country (or group) code: the first block of the target's code
 * @param since       the earliest day a report gives (the first day of a year for "since 2006")
 * @param precision   that day's precision
 * @param lifted      the first day a report says they were lifted after {@code since}, or null: in force
 * @param evidence    every report, in day order
 */
public record Sanction(String imposer, String imposerName, String target, String targetName, LocalDate since, String precision,
                       LocalDate lifted, List<Evidence> evidence) {
    public Sanction {
        evidence = List.copyOf(evidence);
    }

    public boolean inForceOn(LocalDate day) {
        return day != null && !day.isBefore(since) && (lifted == null || day.isBefore(lifted));
    }

    /**
     * A report in an article.
     *
     * @param sentence the words around the evidence, up to the sentence's ends (page text: escape it where rendered)
     */
    public record Evidence(String docId, String title, String url, LocalDate day, String cameo, String sentence, String datePhrase) {}
}
