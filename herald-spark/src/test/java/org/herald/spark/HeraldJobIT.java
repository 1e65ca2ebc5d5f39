package org.herald.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.herald.events.dating.Reference;
import org.herald.io.AnalysisJson;
import org.herald.io.FileSource;
import org.herald.io.InputFormat;
import org.herald.io.tables.AnalysisRows;
import org.herald.io.tables.Provenance;
import org.herald.io.tables.Table;
import org.herald.io.tables.Tables;
import org.herald.pipeline.Analysis;
import org.herald.pipeline.Pipeline;
import org.herald.run.Runner;
import org.herald.store.IngestRun;
import org.herald.store.Store;
import org.herald.store.StoreWriter;
import org.herald.testkit.WarcFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job in {@code local[2]} on a few WARC and JSONL files (good pages, a cut record, non-HTML records, broken JSONL
 * lines, a repeated id, a missing input) gives what {@code herald analyze} gives on the same files: the same analysis
 * lines, and Parquet rows equal to the store's rows of those analyses; the Parquet set loads into a store. The job's
 * executor and this test share one pipeline ({@link PipelineHolder}): CoreNLP loads once in this JVM.
 */
class HeraldJobIT {
    @TempDir static Path dir;
    static SparkSession spark;
    static List<String> inputs;
    static HeraldJob.Summary summary;
    static Path out;

    static final Instant DAY = Instant.parse("2024-03-05T09:30:00Z");

    @BeforeAll static void run() throws IOException {
        Path warc = dir.resolve("news.warc.gz");
        List<WarcFiles.Entry> entries = new ArrayList<>(List.of(WarcFiles.warcinfo(),
                WarcFiles.request("https://www.example-news.org/talks", DAY),
                WarcFiles.html("https://www.example-news.org/talks", page("Talks in Geneva",
                        "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday.",
                        "The two leaders signed an agreement on energy trade, the Kremlin said.",
                        "\"We will deepen our cooperation,\" Putin told reporters after the meeting."), "utf-8", DAY),
                WarcFiles.response("https://www.example-news.org/logo.png", 200, "image/png", new byte[]{1, 2, 3}, DAY, java.util.UUID.randomUUID()),
                WarcFiles.html("https://other.example.com/strike", page("Strike on the border",
                        "Israeli forces attacked Hamas positions in Gaza on Monday, the army said.",
                        "Egypt condemned the attack and called for restraint.",
                        "The United Nations urged both sides to return to talks in Cairo."), null, DAY.plusSeconds(3600))));
        Files.write(warc, WarcFiles.bytes(entries, true));
        // A second archive cut in the middle of its last record: the records before it are documents, the cut one an error.
        byte[] whole = WarcFiles.bytes(List.of(
                WarcFiles.html("https://www.example-news.org/sanctions", page("Sanctions",
                        "The European Union imposed new sanctions on Iran on Wednesday.",
                        "Tehran accused Brussels of interfering in its affairs."), "utf-8", DAY),
                WarcFiles.html("https://www.example-news.org/cut", page("Cut", "France praised Germany for its aid to Ukraine."), "utf-8", DAY)), false);
        Files.write(dir.resolve("cut.warc"), Arrays.copyOf(whole, whole.length - 60));

        Files.writeString(dir.resolve("lines.jsonl"), String.join("\n",
                "{\"id\":\"j1\",\"url\":\"https://news.example.net/a\",\"published\":\"2024-02-10\",\"text\":\"Prime Minister Narendra Modi visited Japan on Saturday.\\n\\nJapan and India agreed to expand military cooperation, officials said.\"}",
                "not json at all",
                "",
                "{\"id\":\"j2\",\"title\":\"neither html nor text\"}",
                "{\"id\":\"j1\",\"html\":\"<html><body><article><h1>Protest</h1><p>Thousands of protesters marched in Nairobi on Friday against new taxes.</p><p>Kenyan police fired tear gas at the crowd.</p></article></body></html>\"}"),
                StandardCharsets.UTF_8);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
            g.write("{\"id\":\"z1\",\"text\":\"Brazil recalled its ambassador to Argentina on Thursday after a dispute over trade.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("more.jsonl.gz"), gz.toByteArray());

        inputs = List.of(warc.toString(), dir.resolve("cut.warc").toString(), dir.resolve("lines.jsonl").toString(),
                dir.resolve("more.jsonl.gz").toString(), dir.resolve("missing.warc.gz").toString());
        spark = SparkSession.builder().master("local[2]").appName("herald-it")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        out = dir.resolve("out");
        summary = HeraldJob.run(spark, new JobOptions(inputs, out.toString(), null, null, 3, false));
        CLI = cli();
    }

    @AfterAll static void stop() {
        if (spark != null) spark.stop();
    }

    private static String page(String title, String... paragraphs) {
        StringBuilder b = new StringBuilder("<html><head><title>").append(title).append("</title></head><body><article><h1>")
                .append(title).append("</h1>");
        for (String p : paragraphs) b.append("<p>").append(p).append("</p>");
        return b.append("</article></body></html>").toString();
    }

    /** What herald analyze does with the same files: the same source, the same runner, the same (shared) pipeline. */
    record Analyzed(List<Analysis> analyses, Map<String, String> hashes, Map<String, Long> skipped) { }

    static Analyzed cli() {
        Pipeline p = PipelineHolder.get("");
        List<Analysis> all = new ArrayList<>();
        Map<String, String> hashes = new HashMap<>();
        FileSource source = new FileSource(inputs, java.io.InputStream.nullInputStream(), InputFormat.AUTO, p.config().limits().maxPageBytes());
        try (Runner r = Runner.of(p).threads(1).start(done -> all.add(done.analysis()))) {
            source.read(d -> {
                hashes.put(d.id(), d.ok() ? DocumentOutput.sha256(d.page().content()) : null);
                r.submit(d);
            });
        }
        return new Analyzed(all, hashes, source.skipped());
    }

    static Analyzed CLI;

    @Test void analysesAreTheLinesAnalyzeWrites() throws IOException {
        List<String> expected = new ArrayList<>(CLI.analyses().stream().map(AnalysisJson::line).toList());
        List<String> got = new ArrayList<>();
        try (var files = Files.list(out.resolve("analyses"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).toList())
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) if (!line.isEmpty()) got.add(line);
        }
        expected.sort(null);
        got.sort(null);
        assertEquals(expected, got);
        // Every input is accounted for: 3 pages and a cut record, 4 JSONL lines with content and 1 gzipped, a missing file.
        assertEquals(10, got.size());
        assertEquals(10, summary.documents());
        assertEquals(CLI.analyses().stream().filter(Analysis::hasErrors).count(), summary.failed());
        assertEquals(CLI.skipped(), summary.skipped());
        assertTrue(CLI.analyses().stream().anyMatch(a -> a.id().equals("j1-2")), "the repeated id is made unique as the command line does");
        assertTrue(CLI.analyses().stream().anyMatch(a -> !a.events().isEmpty()), "the set codes events, so the event tables are tested");
    }

    @Test void parquetRowsAreTheStoresRowsOfThoseAnalyses() {
        AnalysisRows mapping = PipelineHolder.rows("");
        Map<Table, List<String>> expected = new HashMap<>();
        for (Analysis a : CLI.analyses()) {
            var rows = mapping.of(a, new Provenance(CLI.hashes().get(a.id()), "page", Instant.EPOCH, Reference.NONE));
            for (Table t : Tables.PER_DOCUMENT)
                for (Object[] r : rows.rows(t)) expected.computeIfAbsent(t, k -> new ArrayList<>()).add(canonical(t, r));
        }
        for (Table t : Tables.PER_DOCUMENT) {
            assertEquals(Arrays.asList(SparkTables.schema(t).fieldNames()), t.columns().stream().map(c -> c.name()).toList());
            List<String> got = new ArrayList<>();
            for (Row r : spark.read().parquet(out.resolve(t.name()).toString()).collectAsList()) got.add(canonical(t, SparkTables.values(r)));
            List<String> want = new ArrayList<>(expected.getOrDefault(t, List.of()));
            want.sort(null);
            got.sort(null);
            assertEquals(want, got, t.name());
        }
        long events = spark.read().parquet(out.resolve("event_mentions").toString()).select("event_id").distinct().count();
        assertTrue(events > 0);
        assertEquals(events, spark.read().parquet(out.resolve("events").toString()).count());
    }

    /** A row as text without the time it was made (the one value two runs never share). */
    private static String canonical(Table t, Object[] r) {
        Object[] c = r.clone();
        if (t == Tables.DOCUMENTS) c[t.index("ingested_at")] = null;
        return Arrays.deepToString(c);
    }

    @Test void theParquetSetLoadsIntoAStore() throws Exception {
        Path file = dir.resolve("store.duckdb");
        try (Store store = Store.openForWriting(file); StoreWriter w = store.writer(PipelineHolder.rows(""))) {
            IngestRun run = new IngestRun(store, w, "test", Reference.NONE, IngestRun.Listener.NONE);
            run.analyses(out);
            IngestRun.Summary s = run.finish();
            assertEquals(10, s.added());
            Map<String, Long> counts = new TreeMap<>();
            try (Statement st = store.connection().createStatement()) {
                for (String table : List.of("documents", "event_mentions", "events", "quotes", "actors")) {
                    try (ResultSet r = st.executeQuery("SELECT count(*) FROM " + table)) {
                        r.next();
                        counts.put(table, r.getLong(1));
                    }
                }
            }
            for (String table : counts.keySet())
                assertEquals(spark.read().parquet(out.resolve(table).toString()).count(), counts.get(table), table);
            assertFalse(counts.get("event_mentions") == 0);
        }
    }
}
