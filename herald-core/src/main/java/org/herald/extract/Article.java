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
 */
public record Article(String title, List<String> authors, String published, String language, String body, String method) {
    public static final Article EMPTY = new Article(null, List.of(), null, null, "", "none");

    public Article {
        authors = List.copyOf(authors);
        body = body == null ? "" : body;
    }

    public boolean inEnglish() { return "en".equals(language); }
}
