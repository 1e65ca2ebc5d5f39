package org.herald.extract;

import org.herald.Limits;
import org.herald.Page;
import org.herald.knowledge.KnowledgeSource;
import org.jsoup.Jsoup;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Recovers the article (title, authors, date, language, body) from a page. */
public final class ArticleExtractor {
    private final Limits limits;

    private ArticleExtractor(Limits limits) { this.limits = limits; }

    public static ArticleExtractor load(KnowledgeSource source, Limits limits) {
        return new ArticleExtractor(limits);
    }

    public Article extract(Page page) throws ExtractionException {
        byte[] bytes = page.content();
        if (bytes.length == 0) throw new ExtractionException("empty document");
        if (bytes.length > limits.maxPageBytes())
            throw new ExtractionException("page has " + bytes.length + " bytes, over the limit of " + limits.maxPageBytes() + " (limits.maxPageBytes)");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ExtractionException("not valid UTF-8 text");
        }
        if (text.indexOf('\0') >= 0) throw new ExtractionException("binary content (NUL bytes), not a text or HTML page");
        boolean html = page.format() == Page.Format.HTML || (page.format() == Page.Format.AUTO && text.stripLeading().startsWith("<"));
        String body = html ? Jsoup.parse(text).body().wholeText().strip() : text.strip();
        if (body.isEmpty()) throw new ExtractionException("no text in the page");
        return new Article(null, List.of(), page.published(), "en", body, html ? "html-text" : "text");
    }
}
