package org.herald.store.query;

import java.time.LocalDate;

/**
 * One quote with its speaker and article (its text is page text: escape it wherever it is rendered). {@code mode} is
 * speech, belief, intention or evidence, or null for a quote stored before the store kept it.
 */
public record QuoteRow(String docId, String quoteId, String kind, String text, String speakerName, String speakerCode, String cue,
                       LocalDate day, String title, String url, String mode) {}
