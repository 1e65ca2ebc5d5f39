package org.herald.cli;

import org.herald.HeraldConfig;
import org.herald.cli.input.InputDocument;
import org.herald.cli.input.InputReader;
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

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code herald extract}: the article stage alone (no NLP): title, authors, date, language and body per document. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Recover the article (title, authors, published, language, body) of news pages, without NLP.")
public final class ExtractCommand implements Callable<Integer> {
    enum Format { json, jsonl }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--format", description = "jsonl or json (default: ${DEFAULT-VALUE}).", defaultValue = "jsonl")
    Format format;

    @Option(names = "--input-format", description = "auto, html, text or jsonl (default: ${DEFAULT-VALUE}).", defaultValue = "auto")
    String inputFormat;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, JSONL files, or - for standard input.")
    List<String> inputs;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        InputReader.InputFormat inFormat;
        try {
            inFormat = InputReader.InputFormat.valueOf(inputFormat.toUpperCase());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("herald: --input-format must be auto, html, text or jsonl");
            return ExitCodes.USAGE;
        }
        HeraldConfig config = common.config();
        ArticleExtractor extractor = ArticleExtractor.load(
                config.knowledgeDir() == null ? KnowledgeSource.shipped() : KnowledgeSource.withUserDir(config.knowledgeDir()), config.limits());
        List<Map<String, Object>> all = new ArrayList<>();
        int[] failed = {0};
        new InputReader(inFormat, config.limits().maxPageBytes()).read(inputs, System.in, doc -> {
            Map<String, Object> record = record(extractor, doc);
            if (record.containsKey("error")) failed[0]++;
            if (format == Format.jsonl) { out.println(Json.line(record)); out.flush(); }
            else all.add(record);
        });
        if (format == Format.json) out.println(all.size() == 1 ? Json.pretty(all.get(0)) : Json.pretty(all));
        out.flush();
        return failed[0] > 0 ? ExitCodes.DOCUMENT_ERRORS : ExitCodes.OK;
    }

    /** {@code {"id", "title", "authors", "published", "language", "body"}}, plus {@code "error"} when the page gave no article. */
    static Map<String, Object> record(ArticleExtractor extractor, InputDocument doc) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", doc.id());
        Article a = Article.EMPTY;
        String error = doc.error();
        if (doc.ok()) {
            try {
                a = extractor.extract(doc.page());
            } catch (ExtractionException e) {
                error = e.getMessage();
            }
        }
        r.put("title", a.title());
        r.put("authors", a.authors());
        r.put("published", a.published());
        r.put("language", a.language());
        r.put("body", a.body());
        if (error != null) r.put("error", error);
        return r;
    }
}
