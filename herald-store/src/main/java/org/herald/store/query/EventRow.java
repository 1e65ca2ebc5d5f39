package org.herald.store.query;

import java.time.LocalDate;

/**
 * One event of the store (one row of {@code events}) with the evidence of its first report.
 *
 * @param quadClass   GDELT QuadClass 1-4
 * @param phoenixQuad Phoenix quad class 0-4
 * @param evidence    the words of its first report (page text: escape it wherever it is rendered)
 */
public record EventRow(long eventId, LocalDate day, String precision, String sourceCode, String sourceName, String targetCode,
                       String targetName, String cameo, String plover, Integer quadClass, Integer phoenixQuad, Double goldstein,
                       boolean rootEvent, int mentions, int documents, int sources, String firstDocId, String firstUrl, double confidence,
                       String evidence) {}
