package org.herald.extract;

import java.util.List;

/**
 * The article recovered from a page.
 *
 * @param title     the headline, or null
 * @param authors   author names, in page order
 * @param published the publication date as "YYYY-MM-DD", or null
 * @param language  an ISO 639-1 code ("en"), or null when it cannot be told
 * @param body      the article text, paragraphs separated by one blank line; every offset in Herald points into it
 * @param method    which step of the extraction cascade produced the body (for explaining results)
 * @param captured  the day the page was fetched ("YYYY-MM-DD", from its archive record), or null. Not a publication
 *                  date: event dating uses it as the reference day only when {@code published} is null
 */
public record Article(String title, List<String> authors, String published, String language, String body, String method,
                      String captured) {
    public static final Article EMPTY = new Article(null, List.of(), null, null, "", "none", null);

    public Article {
        authors = List.copyOf(authors);
        body = body == null ? "" : body;
    }

    /** An article of a page that no archive captured (no capture date). */
    public Article(String title, List<String> authors, String published, String language, String body, String method) {
        this(title, authors, published, language, body, method, null);
    }

    /** The day events are dated from: the publication date, else the capture date, else null. */
    public String referenceDate() { return published != null ? published : captured; }

    public boolean inEnglish() { return "en".equals(language); }
}
