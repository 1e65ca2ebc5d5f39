package org.herald.cli;

import org.herald.HeraldConfig;
import org.herald.Page;
import org.herald.events.dating.Reference;
import org.herald.io.AnalysisJson;
import org.herald.io.FileSource;
import org.herald.io.InputFormat;
import org.herald.io.tables.AnalysisRows;
import org.herald.io.tables.Provenance;
import org.herald.pipeline.Analysis;
import org.herald.pipeline.Pipeline;
import org.herald.store.IngestRun;
import org.herald.store.Store;
import org.herald.store.StoreWriter;
import org.herald.store.Synthetic;
import org.herald.store.query.DyadRow;
import org.herald.store.query.EventFilter;
import org.herald.store.query.Paging;
import org.herald.store.query.QuoteFilter;
import org.herald.store.query.StoreQueries;
import org.herald.store.search.SearchFilter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code herald bench-store}: the store's targets, measured. (1) Storing against analysing: pages analysed, then the
 * same analyses stored, time per document each. (2) Loading analyses without NLP: a generated JSONL file through
 * {@code ingest --analyses}'s own code, documents per second, {@code --load-rounds} times into new stores (the first
 * round pays for the JIT compiling the load's code, a third of the process's CPU then; the later ones are warm). (3) A generated store of {@code --events} events, and the
 * canned questions on it warm: median and slowest of {@code --repeat} runs each.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true, description = "Measure the store: storing overhead, loading analyses, "
        + "and the canned questions on a generated store of a million events.")
public final class StoreBenchCommand implements Callable<Integer> {
    /** Times the pages are stored in one stream for the overhead: enough documents for several commits. */
    static final int ROUNDS = 20;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin CommonOptions common;

    @Option(names = "--events", defaultValue = "1000000", description = "Events of the generated store (default: ${DEFAULT-VALUE}).") int events;
    @Option(names = "--load-docs", defaultValue = "20000", description = "Analyses in the load test (default: ${DEFAULT-VALUE}).") int loadDocs;
    @Option(names = "--load-rounds", defaultValue = "3", description = "Loads of the same file, each into a new store; the first is cold "
            + "(default: ${DEFAULT-VALUE}).") int loadRounds;
    @Option(names = "--repeat", defaultValue = "20", description = "Timed runs of each question (default: ${DEFAULT-VALUE}).") int repeat;
    @Option(names = "--keep", paramLabel = "DIR", description = "Keep the generated store in DIR (default: a temporary folder, deleted).") Path keep;
    @Option(names = "--skip-nlp", description = "Leave out the storing-overhead part (it loads the models).") boolean skipNlp;
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Pages for the storing overhead (default: the bundled samples).") List<String> inputs;

    @Override public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("herald-bench-store");
        HeraldConfig config = common.config();
        AnalysisRows rows = AnalysisRows.load(Pipeline.knowledge(config));
        try {
            if (!skipNlp) overhead(config, rows, work, out);
            load(rows, work, out);
            questions(rows, work, out);
        } finally {
            if (keep == null) deleteTree(work);
        }
        return ExitCodes.OK;
    }

    /** (1) Analysing each page, then storing its analysis (committed on its own, as ingest does): the ratio. */
    private void overhead(HeraldConfig config, AnalysisRows rows, Path work, PrintWriter out) {
        List<Page> pages = new ArrayList<>();
        if (inputs == null || inputs.isEmpty()) pages.addAll(SampleArticles.pages());
        else new FileSource(inputs, System.in, InputFormat.AUTO, config.limits().maxPageBytes()).read(d -> { if (d.ok()) pages.add(d.page()); });
        Pipeline pipeline = common.pipeline(config, spec.commandLine().getErr());
        for (Page p : pages) pipeline.analyze(p); // warm-up
        for (Page p : pages) pipeline.analyze(p);
        List<Analysis> analyses = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Page p : pages) analyses.add(pipeline.analyze(p));
        double analyse = (System.nanoTime() - t0) / 1e9;
        double store;
        try (Store s = Store.openForWriting(work.resolve("overhead.duckdb")); StoreWriter w = s.writer(rows)) {
            double perDoc = analyse * 1e9 / pages.size();
            storeAll(w, analyses, 0, ROUNDS, perDoc); // warm-up
            s.index().flush(s);
            long t1 = System.nanoTime();
            storeAll(w, analyses, ROUNDS, ROUNDS, perDoc);
            // The search index's thread included: the time ends when it has indexed and committed the documents.
            s.index().flush(s);
            store = (System.nanoTime() - t1) / 1e9 / ROUNDS;
        }
        out.printf("Storing against analysing (%d pages, warm, one thread; commits every 5 s of analysis): analyse %.1f ms/doc, store %.1f ms/doc: storing adds %.2f%%%n",
                pages.size(), analyse * 1000 / pages.size(), store * 1000 / pages.size(), 100 * store / analyse);
        out.flush();
    }

    /**
     * The analyses {@code rounds} times over, each under a new id (so every one writes), stored as ingest stores them:
     * the ids of each 16 looked up together before their analysis, each checked, then stored, and committed when 5 s
     * of analysis (at the measured time per document) have passed since the last commit, and at the end.
     */
    private static void storeAll(StoreWriter w, List<Analysis> analyses, int firstRound, int rounds, double analyseNanosPerDoc) {
        long simulated = 0;
        List<Analysis> stream = new ArrayList<>();
        for (int r = firstRound; r < firstRound + rounds; r++)
            for (Analysis a : analyses)
                stream.add(new Analysis(a.id() + "-" + r, a.source(), a.article(), a.actors(), a.quotes(), a.events(), a.claims(), a.errors(), a.learned()));
        for (int i = 0; i < stream.size(); i++) {
            if (i % 16 == 0) w.prefetch(stream.subList(i, Math.min(stream.size(), i + 16)).stream().map(Analysis::id).toList());
            Analysis a = stream.get(i);
            w.holds(a.id(), "h" + a.id(), "page");
            w.put(a, new Provenance("h" + a.id(), "page", Instant.now(), Reference.NONE));
            simulated += (long) analyseNanosPerDoc;
            if (w.pending() >= IngestRun.BATCH || simulated >= StoreWriter.COMMIT_INTERVAL_NANOS) {
                w.commit();
                simulated = 0;
            }
        }
        w.commit();
    }

    /** (2) ingest --analyses of a generated JSONL file. */
    private void load(AnalysisRows rows, Path work, PrintWriter out) throws IOException {
        Path jsonl = work.resolve("analyses.jsonl");
        Synthetic gen = new Synthetic(42, LocalDate.parse("2023-01-01"), 730);
        try (BufferedWriter w = Files.newBufferedWriter(jsonl)) {
            for (int i = 0; i < loadDocs; i++) {
                w.write(AnalysisJson.line(gen.next(i, 10)));
                w.write('\n');
            }
        }
        long bytes = Files.size(jsonl);
        List<Double> warm = new ArrayList<>();
        for (int round = 1; round <= Math.max(1, loadRounds); round++) {
            Path file = work.resolve("load-" + round + ".duckdb");
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long t0 = System.nanoTime(), cpu0 = cpu(), main0 = threads.getCurrentThreadCpuTime();
            IngestRun.Summary sum;
            try (Store s = Store.openForWriting(file); StoreWriter w = s.writer(rows)) {
                IngestRun run = new IngestRun(s, w, "bench", Reference.NONE, IngestRun.Listener.NONE);
                run.analyses(jsonl);
                sum = run.finish();
            }
            double seconds = (System.nanoTime() - t0) / 1e9, cpuSeconds = (cpu() - cpu0) / 1e9, mainSeconds = (threads.getCurrentThreadCpuTime() - main0) / 1e9;
            if (round > 1) warm.add(sum.added() / seconds);
            out.printf("ingest --analyses, round %d (%s): %d analyses (10 events each, %.0f MB of JSONL) in %.1f s: %.0f documents/s; %.1f s of CPU: "
                            + "%.0f documents per CPU-second; the ingest thread %.1f s: %.0f per its CPU-second "
                            + "(store closed and checkpointed; load average %.1f on %d cores)%n",
                    round, round == 1 ? "cold" : "warm", sum.added(), bytes / 1e6, seconds, sum.added() / seconds, cpuSeconds, sum.added() / cpuSeconds,
                    mainSeconds, sum.added() / mainSeconds,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
            out.flush();
            deleteStore(file);
        }
        if (!warm.isEmpty()) {
            java.util.Collections.sort(warm);
            out.printf("ingest --analyses, warm median of %d rounds: %.0f documents/s%n", warm.size(), warm.get(warm.size() / 2));
        }
    }

    private static void deleteStore(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
        Path index = Store.indexDir(file);
        if (Files.isDirectory(index)) deleteTree(index);
    }

    /** (3) A generated store of {@code events} events, and the canned questions warm. */
    private void questions(AnalysisRows rows, Path work, PrintWriter out) throws Exception {
        Path file = work.resolve("million.duckdb");
        Synthetic gen = new Synthetic(7, LocalDate.parse("2022-01-01"), 1095);
        int perDoc = 10, docs = (int) Math.ceil(events * 1.02 / perDoc);
        long t0 = System.nanoTime();
        try (Store s = Store.openForWriting(file); StoreWriter w = s.writer(rows)) {
            for (int i = 0; i < docs; i++) {
                w.put(gen.next(i, perDoc), new Provenance("g" + i, "analysis", Instant.now(), Reference.NONE));
                if (w.pending() >= IngestRun.BATCH) w.commit();
            }
        }
        long stored;
        try (Store s = Store.openForReading(file); Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery("SELECT count(*) FROM events")) {
            r.next();
            stored = r.getLong(1);
        }
        out.printf("Generated store: %d documents, %d events in %.0f s (%.0f MB)%n", docs, stored, (System.nanoTime() - t0) / 1e9, Files.size(file) / 1e6);
        try (Store s = Store.openForReading(file)) {
            StoreQueries q = s.queries();
            Map<String, Supplier<Object>> canned = new LinkedHashMap<>();
            canned.put("events --source USA --target RUS --type ACCUSE --since 2023-06-01",
                    () -> q.events(new EventFilter("USA", "RUS", null, "ACCUSE", null, null, LocalDate.parse("2023-06-01"), null), Paging.first(50)));
            canned.put("events --actor PRK --root 19", () -> q.events(new EventFilter(null, null, "PRK", null, "19", null, null, null), Paging.first(50)));
            canned.put("dyads --by day --source USA --target RUS",
                    () -> q.dyads(DyadRow.Period.DAY, DyadRow.Level.COUNTRY, EventFilter.ANY.withSource("USA").withTarget("RUS"), Paging.first(1000)));
            canned.put("dyads --by month (all dyads, first page)", () -> q.dyads(DyadRow.Period.MONTH, DyadRow.Level.COUNTRY, EventFilter.ANY, Paging.first(50)));
            canned.put("who-said --actor RUS", () -> q.quotes(new QuoteFilter("RUS", null, null, null), Paging.first(50)));
            canned.put("search \"sanctions\" ceasefire --actor RUS", () -> q.search("sanctions ceasefire", new SearchFilter("RUS", null, null, null, null, null), Paging.first(20)));
            canned.put("context PRK", () -> q.context("PRK"));
            out.printf("Canned questions on it, warm (median / slowest of %d runs):%n", repeat);
            for (Map.Entry<String, Supplier<Object>> e : canned.entrySet()) {
                for (int i = 0; i < 3; i++) e.getValue().get();
                double[] ms = new double[repeat];
                for (int i = 0; i < repeat; i++) {
                    long t = System.nanoTime();
                    e.getValue().get();
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(ms);
                out.printf("  %-62s %7.1f ms  %7.1f ms%n", e.getKey(), ms[repeat / 2], ms[repeat - 1]);
                out.flush();
            }
        }
    }

    /** CPU time of this process, all threads (DuckDB's and the JIT's included). */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
