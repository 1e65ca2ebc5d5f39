package org.herald.extract;

import org.herald.Limits;
import org.herald.Page;
import org.herald.knowledge.KnowledgeSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.List;

/**
 * Recovers the article (title, authors, date, language, body) from a page. Cascade:
 * <ol>
 *   <li>refuse what is not a page: over {@code limits.maxPageBytes}, empty, binary ({@link PageDecoder}, which decodes
 *       by byte-order mark, transport charset, declared charset, valid UTF-8, else a guess: {@link CharsetGuess});</li>
 *   <li>tell markup from flattened text when the driver could not ({@link MarkupSniffer});</li>
 *   <li>HTML: metadata from JSON-LD, meta tags and bylines ({@link HtmlMetadata}), then the body by content scoring
 *       ({@link HtmlBodyExtractor}); JSON-LD {@code articleBody} when the markup yields nothing;</li>
 *   <li>text: the body by line-level evidence ({@link TextBodyExtractor}); when that finds no body in text that has
 *       words (a sentence, a headline, a paragraph without final punctuation: what event coders are fed), the whole
 *       text is the body ({@code "text-whole"}): any text is a document;</li>
 *   <li>language: what the page declares, else {@link LanguageDetector} on the body.</li>
 * </ol>
 * The {@link Article#method()} names the step that produced the body; {@link Article#captured()} is the page's
 * capture date, carried through unchanged (it is never taken for the publication date). Thread-safe: holds only immutable vocabularies.
 */
public final class ArticleExtractor {
    private final Limits limits;
    private final Boilerplate vocab;
    private final HtmlMetadata metadata;
    private final LanguageDetector detector;

    private ArticleExtractor(Limits limits, Boilerplate vocab, LanguageDetector detector) {
        this.limits = limits;
        this.vocab = vocab;
        this.metadata = new HtmlMetadata(vocab);
        this.detector = detector;
    }

    public static ArticleExtractor load(KnowledgeSource source, Limits limits) {
        return new ArticleExtractor(limits, Boilerplate.load(source), LanguageDetector.load(source));
    }

    public Article extract(Page page) throws ExtractionException {
        byte[] bytes = page.content();
        if (bytes.length > limits.maxPageBytes())
            throw new ExtractionException("page has " + bytes.length + " bytes, over the limit of " + limits.maxPageBytes() + " (limits.maxPageBytes)");
        String text = PageDecoder.decode(bytes, page.charset());
        boolean html = page.format() == Page.Format.HTML || (page.format() == Page.Format.AUTO && MarkupSniffer.looksLikeHtml(text));
        Article a = html ? fromHtml(text, page) : fromText(text, page);
        if (a.body().isBlank()) throw new ExtractionException("no article text found in the page");
        return a;
    }

    private Article fromHtml(String html, Page page) {
        String base = page.source().startsWith("http") ? page.source() : "";
        Document doc = Jsoup.parse(html, base);
        HtmlMetadata.Fields fields = metadata.read(doc);
        HtmlBodyExtractor.Result result = new HtmlBodyExtractor(vocab).extract(doc, fields.title());
        String body = result.body();
        String method = result.method();
        String ldBody = fields.jsonLd().articleBody();
        if (body.length() < 200 && ldBody != null && ldBody.length() > body.length()) {
            body = ldBody.strip();
            method = "json-ld";
        }
        if (body.isBlank()) {
            body = result.fallback();
            method = "html-all-text";
        }
        String published = page.published() != null ? page.published() : fields.published();
        String language = fields.declaredLanguage() != null ? fields.declaredLanguage() : detector.detect(body);
        return new Article(blankToNull(fields.title()), fields.authors(), published, language, body, method, page.captured());
    }

    private Article fromText(String text, Page page) {
        TextBodyExtractor.Result r = new TextBodyExtractor(vocab).extract(text);
        String published = page.published() != null ? page.published() : r.published();
        if (r.body().isBlank() && !text.isBlank()) {
            String whole = wholeText(text);
            return new Article(null, List.of(), published, detector.detect(whole), whole, "text-whole", page.captured());
        }
        return new Article(r.title(), r.authors(), published, detector.detect(r.body()), r.body(), "text", page.captured());
    }

    /** The text itself as a body: lines trimmed, runs of blank lines become one paragraph break. */
    private static String wholeText(String text) {
        return text.strip().replaceAll("[ \t]*\r?\n[ \t]*", "\n").replaceAll("\n{2,}", "\n\n");
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    /** The languages the detector can name. */
    public List<String> detectableLanguages() { return detector.languages(); }
}
