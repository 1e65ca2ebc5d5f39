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
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

/**
 * {@code herald eval extraction DIR}: body F1, precision, recall and accuracy on a folder laid out like the
 * article-extraction benchmark ({@code html/<id>.html.gz} + {@code ground-truth.json}), by {@link ShingleScorer}.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score article-body extraction on a benchmark folder (html/<id>.html.gz + ground-truth.json).")
public final class EvalExtractionCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--flatten", description = "Flatten each page to its visible text first and extract with the text path.")
    boolean flatten;

    @Option(names = "--timing", description = "Also time extraction: one warm-up pass, then median CPU ms/page and pages/s of a second pass "
            + "(thread CPU time, so other processes on the machine do not count), and a 5 MB page made of the set's page bodies.")
    boolean timing;

    @Option(names = "--worst", paramLabel = "N", description = "List the N documents with the lowest F1.", defaultValue = "0")
    int worst;

    @Option(names = "--predictions", paramLabel = "FILE", description = "Write the predictions as {id: {articleBody}} JSON.")
    Path predictions;

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    @Parameters(paramLabel = "DIR", description = "The benchmark folder.")
    Path dir;

    /** One scored document. */
    record Scored(String id, ShingleScorer.DocScore score, String prediction, String method) { }

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        HeraldConfig config = common.config();
        ArticleExtractor extractor = ArticleExtractor.load(
                config.knowledgeDir() == null ? KnowledgeSource.shipped() : KnowledgeSource.withUserDir(config.knowledgeDir()), config.limits());
        Map<String, String> truth = readTruth(dir.resolve("ground-truth.json"));
        Map<String, String> pages = new LinkedHashMap<>();
        for (String id : truth.keySet()) pages.put(id, readPage(dir.resolve("html").resolve(id + ".html.gz")));
        if (timing) run(extractor, pages, truth, null);
        long[] nanos = new long[pages.size()];
        List<Scored> scored = run(extractor, pages, truth, nanos);
        ShingleScorer.CorpusScore c = ShingleScorer.corpus(scored.stream().map(Scored::score).toList());
        out.printf("pages %d%s%nF1 %.4f  precision %.4f  recall %.4f  accuracy %.4f  (precision over %d, recall over %d)%n",
                scored.size(), flatten ? " (flattened text)" : "", c.f1(), c.precision(), c.recall(), c.accuracy(), c.docsInPrecision(), c.docsInRecall());
        if (timing) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            double total = Arrays.stream(nanos).sum() / 1e9;
            out.printf("timing (CPU time, one thread): median %.2f ms/page, p90 %.2f ms/page, max %.2f ms/page, %.1f pages/s%n",
                    sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.9)] / 1e6, sorted[sorted.length - 1] / 1e6, nanos.length / total);
            long[] big = timeBigPage(extractor, pages);
            out.printf("5 MB page: %.0f ms CPU, %.0f ms wall%n", big[0] / 1e6, big[1] / 1e6);
        }
        if (worst > 0) {
            scored.stream().sorted(Comparator.comparingDouble(s -> s.score().f1())).limit(worst).forEach(s ->
                    out.printf("%.3f P %.3f R %.3f %s %s%n", s.score().f1(), s.score().precision(), s.score().recall(), s.id(), s.method()));
        }
        if (predictions != null) {
            Map<String, Map<String, String>> p = new LinkedHashMap<>();
            for (Scored s : scored) p.put(s.id(), Map.of("articleBody", s.prediction()));
            Files.writeString(predictions, Json.pretty(p));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private List<Scored> run(ArticleExtractor extractor, Map<String, String> pages, Map<String, String> truth, long[] nanos) {
        List<Scored> out = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> e : pages.entrySet()) {
            String content = flatten ? Flattener.flatten(e.getValue()) : e.getValue();
            Page page = new Page(e.getKey(), e.getKey(), flatten ? Page.Format.TEXT : Page.Format.HTML, content.getBytes(StandardCharsets.UTF_8), null);
            long t0 = CPU.getCurrentThreadCpuTime();
            String body;
            String method;
            try {
                Article a = extractor.extract(page);
                body = a.body();
                method = a.method();
            } catch (ExtractionException ex) {
                body = "";
                method = "error: " + ex.getMessage();
            }
            if (nanos != null) nanos[i] = CPU.getCurrentThreadCpuTime() - t0;
            i++;
            out.add(new Scored(e.getKey(), ShingleScorer.score(truth.get(e.getKey()), body), body, method));
        }
        return out;
    }

    /** CPU and wall nanoseconds to extract a page of about 5 MB: the set's page bodies one after another. */
    private static long[] timeBigPage(ArticleExtractor extractor, Map<String, String> pages) {
        StringBuilder big = new StringBuilder("<html><body>");
        while (big.length() < 5_000_000) {
            for (String html : pages.values()) {
                int open = html.indexOf("<body"), close = html.lastIndexOf("</body>");
                big.append(open >= 0 && close > open ? html.substring(html.indexOf('>', open) + 1, close) : html);
                if (big.length() >= 5_000_000) break;
            }
        }
        big.append("</body></html>");
        Page page = new Page("big", "big", Page.Format.HTML, big.toString().getBytes(StandardCharsets.UTF_8), null);
        long t0 = CPU.getCurrentThreadCpuTime(), w0 = System.nanoTime();
        try {
            extractor.extract(page);
        } catch (ExtractionException e) {
            return new long[] {-1, -1};
        }
        return new long[] {CPU.getCurrentThreadCpuTime() - t0, System.nanoTime() - w0};
    }

    /** {@code {id: {"articleBody": ...}}}, optionally wrapped as {@code {"output": {...}}}; null and missing bodies are "". */
    public static Map<String, String> readTruth(Path file) throws IOException {
        JsonNode root;
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            root = Json.MAPPER.readTree(in);
        }
        if (root.has("output") && root.get("output").isObject()) root = root.get("output");
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode body = e.getValue().get("articleBody");
            out.put(e.getKey(), body == null || body.isNull() ? "" : body.asText());
        }
        return out;
    }

    static String readPage(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
