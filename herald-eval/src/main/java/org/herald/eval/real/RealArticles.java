package org.herald.eval.real;

import org.herald.Page;
import org.herald.StageTimer;
import org.herald.eval.extraction.ExtractionEval;
import org.herald.pipeline.Analysis;
import org.herald.pipeline.Pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The real news articles annotated for Herald: the pages of {@code eval/real/articles.tsv} (page id, split,
 * annotator), each with its body, the article-extraction benchmark's hand-checked {@code articleBody} in
 * {@code ground-truth.json} (read from {@code ../shared}, never copied). The annotation files beside
 * {@code articles.tsv} ({@code quotes.jsonl}, {@code events.jsonl}) point into these bodies by page id and UTF-16
 * offsets; the quote, event and actor scorers all read their pages, splits and bodies here, analyse them with
 * {@link #analyze}, and carry gold offsets into the body Herald analysed with the one {@link BodyAlignment}.
 */
public final class RealArticles {
    /** The file of pages and splits, beside every annotation file. */
    public static final String PAGES_FILE = "articles.tsv";

    /** Which articles to score: the development half, the blind half (totals only), or both. */
    public enum Split {
        DEV, BLIND, ALL;

        /** {@code dev}, {@code blind} or {@code all}, case folded; anything else is refused. */
        public static Split parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("a split is dev, blind or all, not '" + text + "'");
            }
        }

        /** Whether an article of split {@code split} ({@code dev} or {@code blind}) is scored. */
        public boolean admits(String split) { return this == ALL || name().equalsIgnoreCase(split); }

        /** The name as the files and reports write it. */
        public String label() { return name().toLowerCase(Locale.ROOT); }
    }

    /** One annotated page: its id, its split ({@code dev} or {@code blind}) and its gold body. */
    public record Article(String page, String split, String body) { }

    /**
     * One article through the pipeline: the analysis, and the alignment of gold offsets into Herald's body (the empty
     * body when the page failed).
     */
    public record Analysed(Article article, Analysis analysis, BodyAlignment alignment) {
        /** Whether Herald's body differs from the gold one, so that gold offsets are moved (or the page failed). */
        public boolean realigned() { return !alignment.identical(); }
    }

    private final Map<String, Article> pages;
    private final Path source;

    private RealArticles(Map<String, Article> pages, Path source) {
        this.pages = pages;
        this.source = source;
    }

    /**
     * Reads {@code articlesTsv} ({@code #} lines are comments, the first other line the header: page, split, ...) and
     * each page's body from {@code groundTruth}. A page missing from the ground truth, or a split other than dev or
     * blind, fails with {@code file:line}.
     */
    public static RealArticles read(Path articlesTsv, Path groundTruth) throws IOException {
        Map<String, String> bodies = ExtractionEval.readTruth(groundTruth);
        Map<String, Article> pages = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(articlesTsv, StandardCharsets.UTF_8);
        boolean header = true;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) continue;
            if (header) { header = false; continue; }
            String[] f = line.split("\t");
            String where = articlesTsv + ":" + n + ": ";
            if (f.length < 2) throw new IOException(where + "expected page and split");
            if (!f[1].equals("dev") && !f[1].equals("blind")) throw new IOException(where + "split is dev or blind, not '" + f[1] + "'");
            String body = bodies.get(f[0]);
            if (body == null) throw new IOException(where + "page " + f[0] + " is not in " + groundTruth);
            if (pages.put(f[0], new Article(f[0], f[1], body)) != null) throw new IOException(where + "page " + f[0] + " listed twice");
        }
        return new RealArticles(pages, articlesTsv);
    }

    /** The articles of {@code split}, in the file's order. */
    public List<Article> in(Split split) {
        List<Article> out = new ArrayList<>();
        for (Article a : pages.values()) if (split.admits(a.split())) out.add(a);
        return out;
    }

    /**
     * Checks an annotation of {@code page} that says it is of {@code split}: the page must be listed, in that split,
     * so that no blind page is scored as dev. {@code where} names the annotation ({@code file:line}).
     */
    public void check(String page, String split, String where) {
        Article a = pages.get(page);
        if (a == null) throw new IllegalArgumentException(where + ": page " + page + " is not in " + source);
        if (!a.split().equals(split))
            throw new IllegalArgumentException(where + ": page " + page + " is " + a.split() + " in " + source + ", not " + split);
    }

    /** Analyses {@code article}'s gold body as a text page. */
    public static Analysed analyze(Pipeline pipeline, Article article, StageTimer timer) {
        Analysis a = pipeline.analyze(Page.ofText(article.page(), article.body()), timer);
        return new Analysed(article, a, BodyAlignment.of(article.body(), a.article() == null ? "" : a.article().body()));
    }

    /** {@link #analyze(Pipeline, Article, StageTimer)} without timing. */
    public static Analysed analyze(Pipeline pipeline, Article article) {
        return analyze(pipeline, article, StageTimer.NONE);
    }
}
