package org.herald.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.herald.Page;
import org.herald.pipeline.Analysis;
import org.herald.pipeline.Pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import java.util.zip.GZIPInputStream;

/**
 * Body F1, precision, recall and accuracy on a folder laid out like the article-extraction benchmark
 * ({@code html/<id>.html.gz} + {@code ground-truth.json}), by {@link ShingleScorer}; optionally from each page
 * flattened to its visible text ({@link Flattener}), and timed.
 */
public final class ExtractionEval {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ExtractionEval() { }

    /** One scored document. */
    public record Scored(String id, ShingleScorer.DocScore score, String prediction, String method) { }

    /** What a run gave: every document, the corpus score, and (when timed) CPU nanoseconds per page and for a 5 MB page. */
    public record Report(boolean flatten, List<Scored> scored, ShingleScorer.CorpusScore corpus, long[] nanos, long[] bigPage) {
        public Report { scored = List.copyOf(scored); }

        public void print(PrintWriter out, int worst) {
            ShingleScorer.CorpusScore c = corpus;
            out.printf("pages %d%s%nF1 %.4f  precision %.4f  recall %.4f  accuracy %.4f  (precision over %d, recall over %d)%n",
                    scored.size(), flatten ? " (flattened text)" : "", c.f1(), c.precision(), c.recall(), c.accuracy(), c.docsInPrecision(), c.docsInRecall());
            if (nanos != null) {
                long[] sorted = nanos.clone();
                Arrays.sort(sorted);
                double total = Arrays.stream(nanos).sum() / 1e9;
                out.printf("timing (CPU time, one thread): median %.2f ms/page, p90 %.2f ms/page, max %.2f ms/page, %.1f pages/s%n",
                        sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.9)] / 1e6, sorted[sorted.length - 1] / 1e6, nanos.length / total);
                out.printf("5 MB page: %.0f ms CPU, %.0f ms wall%n", bigPage[0] / 1e6, bigPage[1] / 1e6);
            }
            if (worst > 0) {
                scored.stream().sorted(Comparator.comparingDouble(s -> s.score().f1())).limit(worst).forEach(s ->
                        out.printf("%.3f P %.3f R %.3f %s %s%n", s.score().f1(), s.score().precision(), s.score().recall(), s.id(), s.method()));
            }
        }

        /** The predictions as {@code {id: {"articleBody": ...}}}, the benchmark's own layout. */
        public void writePredictions(Path file) throws IOException {
            Map<String, Map<String, String>> p = new LinkedHashMap<>();
            for (Scored s : scored) p.put(s.id(), Map.of("articleBody", s.prediction()));
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(p));
        }
    }

    /**
     * Scores {@code extractor} (an {@link Pipeline#articlesOnly} pipeline) on the benchmark in {@code dir}. With
     * {@code timing}, a warm-up pass runs first and the scored pass is timed in CPU time of this thread.
     */
    public static Report run(Pipeline extractor, Path dir, boolean flatten, boolean timing) throws IOException {
        Map<String, String> truth = readTruth(dir.resolve("ground-truth.json"));
        Map<String, String> pages = new LinkedHashMap<>();
        for (String id : truth.keySet()) pages.put(id, readPage(dir.resolve("html").resolve(id + ".html.gz")));
        if (timing) score(extractor, pages, truth, flatten, null);
        long[] nanos = timing ? new long[pages.size()] : null;
        List<Scored> scored = score(extractor, pages, truth, flatten, nanos);
        return new Report(flatten, scored, ShingleScorer.corpus(scored.stream().map(Scored::score).toList()), nanos,
                timing ? timeBigPage(extractor, pages) : null);
    }

    private static List<Scored> score(Pipeline extractor, Map<String, String> pages, Map<String, String> truth, boolean flatten, long[] nanos) {
        List<Scored> out = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> e : pages.entrySet()) {
            String content = flatten ? Flattener.flatten(e.getValue()) : e.getValue();
            Page page = new Page(e.getKey(), e.getKey(), flatten ? Page.Format.TEXT : Page.Format.HTML, content.getBytes(StandardCharsets.UTF_8), null);
            long t0 = CPU.getCurrentThreadCpuTime();
            Analysis a = extractor.analyze(page);
            if (nanos != null) nanos[i] = CPU.getCurrentThreadCpuTime() - t0;
            i++;
            String method = a.hasErrors() ? "error: " + a.errors().get(0).message() : a.article().method();
            out.add(new Scored(e.getKey(), ShingleScorer.score(truth.get(e.getKey()), a.article().body()), a.article().body(), method));
        }
        return out;
    }

    /** CPU and wall nanoseconds to extract a page of about 5 MB: the set's page bodies one after another. */
    private static long[] timeBigPage(Pipeline extractor, Map<String, String> pages) {
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
        if (extractor.analyze(page).hasErrors()) return new long[] {-1, -1};
        return new long[] {CPU.getCurrentThreadCpuTime() - t0, System.nanoTime() - w0};
    }

    /** {@code {id: {"articleBody": ...}}}, optionally wrapped as {@code {"output": {...}}}; null and missing bodies are "". */
    public static Map<String, String> readTruth(Path file) throws IOException {
        JsonNode root;
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            root = JSON.readTree(in);
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

    /** A gzipped page as text. */
    public static String readPage(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
