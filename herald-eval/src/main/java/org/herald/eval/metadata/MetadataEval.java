package org.herald.eval.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.herald.Page;
import org.herald.eval.extraction.ExtractionEval;
import org.herald.extract.Article;
import org.herald.pipeline.Pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Accuracy of title, authors, date and language on a folder laid out like the article-metadata set
 * ({@code html/<id>.html.gz} + {@code gold.jsonl}), by {@link MetadataScorer}; all pages and real pages alone, bylines
 * also without the pages whose gold is not a name.
 */
public final class MetadataEval {
    /** The set's hand-written fixtures (its README lists them): reported apart from the real pages. */
    static final Set<String> FIXTURES = Set.of("004-metadata-space-separated-properties", "base-url", "base-url-base-element-relative",
            "basic-tags-cleaning", "dev418", "embedded-videos", "hidden-nodes", "invalid-attributes", "js-link-replacement", "lazy-image-3",
            "missing-paragraphs", "normalize-spaces", "ol", "parsely-metadata", "remove-aria-hidden", "remove-extra-brs",
            "remove-extra-paragraphs", "remove-script-tags", "reordering-paragraphs", "replace-font-tags", "rtl-1", "rtl-2", "rtl-4",
            "social-buttons", "style-tags-removal", "title-and-h1-discrepancy", "title-en-dash");
    /** Pages whose gold byline is not just names (the README's list): byline accuracy is also given without them. */
    static final Set<String> UNFAIR_BYLINES = Set.of("ebb-org", "google-sre-book-1", "lemonde-1", "liberation-1", "lwn-1", "royal-road",
            "seattletimes-1", "yahoo-4");
    private static final String[] FIELDS = {"title", "authors", "authors (names only)", "date", "language"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private MetadataEval() { }

    /** Correct answers over questions asked, for one field. */
    public static final class Tally {
        int n, ok;
        void add(boolean correct) { n++; if (correct) ok++; }
        public double accuracy() { return n == 0 ? 0 : (double) ok / n; }
        String show() { return n == 0 ? "-" : String.format("%.3f (%d/%d)", (double) ok / n, ok, n); }
    }

    /** Tallies per field ({@link #FIELDS} order), for all pages and for the real ones, and a line per wrong field. */
    public record Report(Tally[] all, Tally[] real, List<String> misses) {
        public void print(PrintWriter out, boolean withMisses) {
            out.printf("%-22s %-20s %s%n", "field", "all pages", "real pages");
            for (int i = 0; i < FIELDS.length; i++) out.printf("%-22s %-20s %s%n", FIELDS[i], all[i].show(), real[i].show());
            if (withMisses) misses.forEach(out::println);
        }
    }

    /** Scores {@code extractor} (an {@link Pipeline#articlesOnly} pipeline) on the set in {@code dir}. */
    public static Report run(Pipeline extractor, Path dir) throws IOException {
        Tally[] all = {new Tally(), new Tally(), new Tally(), new Tally(), new Tally()};
        Tally[] real = {new Tally(), new Tally(), new Tally(), new Tally(), new Tally()};
        List<String> missLines = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode g = JSON.readTree(line);
            String id = g.get("id").asText();
            String html = ExtractionEval.readPage(dir.resolve("html").resolve(id + ".html.gz"));
            Article a = extractor.analyze(new Page(id, id, Page.Format.HTML, html.getBytes(StandardCharsets.UTF_8), null)).article();
            boolean isReal = !FIXTURES.contains(id);
            String title = text(g, "title"), byline = text(g, "byline"), time = text(g, "publishedTime"), lang = text(g, "lang");
            if (title != null) score(all, real, 0, isReal, MetadataScorer.titleCorrect(title, a.title()), missLines, id, "title", title, a.title());
            if (byline != null) {
                boolean ok = MetadataScorer.authorsCorrect(byline, a.authors());
                score(all, real, 1, isReal, ok, missLines, id, "authors", byline, String.valueOf(a.authors()));
                if (!UNFAIR_BYLINES.contains(id)) { all[2].add(ok); if (isReal) real[2].add(ok); }
            }
            if (MetadataScorer.hasDate(time)) score(all, real, 3, isReal, MetadataScorer.dateCorrect(time, a.published()), missLines, id, "date", time, a.published());
            if (lang != null) score(all, real, 4, isReal, MetadataScorer.languageCorrect(lang, a.language()), missLines, id, "language", lang, a.language());
        }
        return new Report(all, real, missLines);
    }

    private static void score(Tally[] all, Tally[] real, int field, boolean isReal, boolean ok, List<String> misses,
                              String id, String name, String gold, String predicted) {
        all[field].add(ok);
        if (isReal) real[field].add(ok);
        if (!ok) misses.add("miss " + name + " " + id + ": gold=" + gold.replace('\n', ' ') + " | got=" + predicted);
    }

    private static String text(JsonNode g, String field) {
        JsonNode n = g.get(field);
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }
}
