package org.herald.store.search;

import java.time.LocalDate;

/**
 * One passage that matched a search: a paragraph of an article body or a quote.
 *
 * @param kind        {@code body} or {@code quote}
 * @param docId       the article
 * @param title       its headline, or null
 * @param url         its URL (or source when it has none)
 * @param day         its reference day, or null
 * @param start       where the passage starts in the body
 * @param end         where it ends
 * @param passage     the passage's text (page text: escape it wherever it is rendered)
 * @param quoteId     the quote's id, for a quote
 * @param speakerName who said it, for a quote with a speaker
 * @param speakerCode the speaker's CAMEO code, or null
 * @param score       BM25 score
 */
public record SearchHit(String kind, String docId, String title, String url, LocalDate day, int start, int end, String passage,
                        String quoteId, String speakerName, String speakerCode, float score) {}
