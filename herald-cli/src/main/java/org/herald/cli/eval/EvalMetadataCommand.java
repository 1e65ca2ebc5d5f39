package org.herald.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.herald.HeraldConfig;
import org.herald.Page;
import org.herald.cli.CommonOptions;
import org.herald.cli.ExitCodes;
import org.herald.cli.output.Json;
import org.herald.extract.Article;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractionException;
import org.herald.knowledge.KnowledgeSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code herald eval metadata DIR}: accuracy of title, authors, date and language on a folder laid out like the
 * article-metadata set ({@code html/<id>.html.gz} + {@code gold.jsonl}), by {@link MetadataScorer}; all pages and
 * real pages alone, bylines also without the pages whose gold is not a name.
 */
@Command(name = "metadata", mixinStandardHelpOptions = true,
        description = "Score title, authors, date and language on a metadata set (html/<id>.html.gz + gold.jsonl).")
public final class EvalMetadataCommand implements Callable<Integer> {
    /** The set's hand-written fixtures (its README lists them): reported apart from the real pages. */
    static final Set<String> FIXTURES = Set.of("004-metadata-space-separated-properties", "base-url", "base-url-base-element-relative",
            "basic-tags-cleaning", "dev418", "embedded-videos", "hidden-nodes", "invalid-attributes", "js-link-replacement", "lazy-image-3",
            "missing-paragraphs", "normalize-spaces", "ol", "parsely-metadata", "remove-aria-hidden", "remove-extra-brs",
            "remove-extra-paragraphs", "remove-script-tags", "reordering-paragraphs", "replace-font-tags", "rtl-1", "rtl-2", "rtl-4",
            "social-buttons", "style-tags-removal", "title-and-h1-discrepancy", "title-en-dash");
    /** Pages whose gold byline is not just names (the README's list): byline accuracy is also given without them. */
    static final Set<String> UNFAIR_BYLINES = Set.of("ebb-org", "google-sre-book-1", "lemonde-1", "liberation-1", "lwn-1", "royal-road",
            "seattletimes-1", "yahoo-4");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--misses", description = "List every wrong field with gold and prediction.")
    boolean misses;

    @Parameters(paramLabel = "DIR", description = "The metadata set folder.")
    Path dir;

    private static final class Tally {
        int n, ok;
        void add(boolean correct) { n++; if (correct) ok++; }
        String show() { return n == 0 ? "-" : String.format("%.3f (%d/%d)", (double) ok / n, ok, n); }
    }

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        HeraldConfig config = common.config();
        ArticleExtractor extractor = ArticleExtractor.load(
                config.knowledgeDir() == null ? KnowledgeSource.shipped() : KnowledgeSource.withUserDir(config.knowledgeDir()), config.limits());
        Tally[] all = {new Tally(), new Tally(), new Tally(), new Tally(), new Tally()};
        Tally[] real = {new Tally(), new Tally(), new Tally(), new Tally(), new Tally()};
        List<String> missLines = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode g = Json.MAPPER.readTree(line);
            String id = g.get("id").asText();
            Article a;
            try {
                String html = EvalExtractionCommand.readPage(dir.resolve("html").resolve(id + ".html.gz"));
                a = extractor.extract(new Page(id, id, Page.Format.HTML, html.getBytes(StandardCharsets.UTF_8), null));
            } catch (ExtractionException e) {
                a = Article.EMPTY;
            }
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
        String[] names = {"title", "authors", "authors (names only)", "date", "language"};
        out.printf("%-22s %-20s %s%n", "field", "all pages", "real pages");
        for (int i = 0; i < names.length; i++) out.printf("%-22s %-20s %s%n", names[i], all[i].show(), real[i].show());
        if (misses) missLines.forEach(out::println);
        out.flush();
        return ExitCodes.OK;
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
