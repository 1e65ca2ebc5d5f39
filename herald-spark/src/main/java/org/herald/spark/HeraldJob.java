package org.herald.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.herald.events.dating.Reference;
import org.herald.io.FileSource;
import org.herald.io.tables.EventRollup;
import org.herald.io.tables.Table;
import org.herald.io.tables.Tables;
import scala.Tuple2;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Herald on Apache Spark: the pipeline of {@code herald analyze} over WARC and JSONL files on any Hadoop-compatible
 * path, written as the store's tables in Parquet and the analyses as JSONL.
 *
 * <pre>
 * spark-submit --class org.herald.spark.HeraldJob herald-spark-job.jar [options] --out DIR INPUT...
 * </pre>
 *
 * <p>How it runs. The driver lists the inputs ({@link JobInputs}). WARC files and gzipped JSONL files are read whole
 * by Herald's own sources on the executors ({@link FileRecords}, from {@code binaryFiles}); plain JSONL files are read
 * by lines, split across tasks, each line mapped by the command line's own JSONL mapping. Documents are then spread
 * over {@code --partitions} tasks (a shuffle of page bytes, so one large archive keeps every core busy), ids are made
 * unique ({@link UniqueIds}), and each task runs the JVM's one pipeline ({@link PipelineHolder}) in
 * {@code mapPartitions}: a document that cannot be read, or that a stage fails on, is an error record, never a failed
 * task. The results are cached and written: {@code documents}, {@code actors}, {@code actor_mentions}, {@code quotes},
 * {@code event_mentions}, {@code claims} and {@code events} as {@code DIR/<table>/part-*.parquet} with the columns of
 * {@code herald export --format parquet}, and {@code DIR/analyses/part-*.txt}, the lines {@code herald analyze} writes.
 *
 * <p>Events: the store keeps one {@code events} row per event however many documents report it, and one
 * {@code event_mentions} row per report. The job writes every report to {@code event_mentions} and rolls them up into
 * {@code events} over this job's documents with the store's own rollup ({@link EventRollup}); {@code herald ingest
 * --analyses DIR} loads the per-document tables and rolls events up again over everything the store holds, so a store
 * fed by several jobs has each event once.
 */
public final class HeraldJob {
    private HeraldJob() { }

    /**
     * What one run did. {@code seconds}: from listing the inputs to the last file written; {@code loadSeconds}: the
     * pipeline's load in the driver's JVM, which in {@code local} mode is the executor (0 on a cluster, where each
     * executor loads its own while the driver waits).
     */
    public record Summary(long documents, long failed, long sentences, Map<String, Long> skipped, long otherFiles, double seconds,
                          double loadSeconds) {
        public String text() {
            String s = String.format(java.util.Locale.ROOT, "herald-spark: %d documents (%d with errors), %d sentences in %.1f s: %.2f documents/s, %.1f sentences/s",
                    documents, failed, sentences, seconds, documents / seconds, sentences / seconds);
            if (loadSeconds > 0) s += String.format(java.util.Locale.ROOT, "%nherald-spark: pipeline loaded in %.1f s; after the load %.2f documents/s, %.1f sentences/s",
                    loadSeconds, documents / (seconds - loadSeconds), sentences / (seconds - loadSeconds));
            if (!skipped.isEmpty()) s += "\nherald-spark: skipped " + skipped.values().stream().mapToLong(Long::longValue).sum()
                    + " WARC records that are not HTML responses (" + skipped.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", ")) + ")";
            if (otherFiles > 0) s += "\nherald-spark: passed over " + otherFiles + " files in folders that are neither WARC nor JSONL";
            return s;
        }
    }

    public static void main(String[] args) throws IOException {
        JobOptions o;
        try {
            o = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("herald-spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("herald").getOrCreate();
        try {
            Summary s = run(spark, o);
            System.out.println(s.text());
        } finally {
            spark.stop();
        }
    }

    public static Summary run(SparkSession spark, JobOptions o) throws IOException {
        long t0 = System.nanoTime();
        // Rows hold java.time values; the store's days and timestamps are UTC.
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        spark.conf().set("spark.sql.session.timeZone", "UTC");
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = sc.hadoopConfiguration();
        String configText = o.config() == null ? "" : read(o.config(), hadoop);
        PipelineHolder.config(configText); // a bad configuration fails here, on the driver, not in every task
        long maxBytes = PipelineHolder.config(configText).limits().maxPageBytes();

        JobInputs inputs = JobInputs.list(o.inputs(), hadoop);
        CountsAccumulator skipped = new CountsAccumulator();
        sc.sc().register(skipped, "herald skipped records");
        JavaRDD<PageRecord> records = read(sc, inputs, maxBytes, skipped);

        int partitions = o.partitions() > 0 ? o.partitions()
                : (int) Math.max(sc.defaultParallelism() * 4L, Math.min(100_000, inputs.totalBytes() / (16L << 20)));
        JavaRDD<PageRecord> spread = UniqueIds.apply(sc, records.repartition(partitions));

        java.time.LocalDate day = o.referenceDate(); // Reference is not serialisable: made on the executor
        JavaRDD<DocumentOutput> analysed = spread.mapPartitions(it -> {
            Reference fallback = day == null ? Reference.NONE : Reference.given(day);
            var pipeline = PipelineHolder.get(configText);
            var mapping = PipelineHolder.rows(configText);
            return new Iterator<DocumentOutput>() {
                @Override public boolean hasNext() { return it.hasNext(); }

                @Override public DocumentOutput next() { return DocumentOutput.of(pipeline, mapping, it.next().document(), fallback); }
            };
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());

        try {
            SaveMode mode = o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            String out = o.out().endsWith("/") ? o.out() : o.out() + "/";
            for (Table t : Tables.PER_DOCUMENT) {
                int i = Tables.PER_DOCUMENT.indexOf(t); // tables are not serialisable: the task finds it by place
                JavaRDD<org.apache.spark.sql.Row> rows = analysed.flatMap(d -> d.rows(Tables.PER_DOCUMENT.get(i)).stream().map(SparkTables::row).iterator());
                spark.createDataFrame(rows, SparkTables.schema(t)).write().mode(mode).parquet(out + t.name());
            }
            spark.createDataFrame(events(analysed).map(SparkTables::row), SparkTables.schema(Tables.EVENTS)).write().mode(mode)
                    .parquet(out + Tables.EVENTS.name());
            spark.createDataset(analysed.map(DocumentOutput::json).rdd(), Encoders.STRING()).write().mode(mode).text(out + "analyses");
            long[] totals = analysed.map(d -> new long[]{1, d.failed() ? 1 : 0, d.sentences()})
                    .fold(new long[3], (a, b) -> new long[]{a[0] + b[0], a[1] + b[1], a[2] + b[2]});
            return new Summary(totals[0], totals[1], totals[2], skipped.value(), inputs.otherFiles, (System.nanoTime() - t0) / 1e9,
                    PipelineHolder.loadSeconds());
        } finally {
            analysed.unpersist(false);
        }
    }

    /** Every input's documents, in no particular order (each knows its input and place). */
    private static JavaRDD<PageRecord> read(JavaSparkContext sc, JobInputs inputs, long maxBytes, CountsAccumulator skipped) {
        List<JavaRDD<PageRecord>> parts = new ArrayList<>();
        parts.add(sc.parallelize(inputs.failed, 1));
        Map<String, JobInputs.InputFile> whole = new HashMap<>();
        for (JobInputs.InputFile f : inputs.files) {
            if (f.kind() == JobInputs.Kind.WHOLE) whole.put(f.path(), f);
            else parts.add(lines(sc, f));
        }
        if (!whole.isEmpty()) {
            // Hadoop splits the list at commas; a comma inside a name is escaped.
            String list = whole.keySet().stream().sorted().map(p -> p.replace(",", "\\,")).collect(Collectors.joining(","));
            Broadcast<Map<String, JobInputs.InputFile>> byPath = sc.broadcast(whole);
            JavaPairRDD<String, PortableDataStream> files = sc.binaryFiles(list, Math.max(1, whole.size()));
            parts.add(files.flatMap(kv -> {
                JobInputs.InputFile f = byPath.value().get(kv._1());
                if (f == null) f = byPath.value().get(new Path(kv._1()).toString());
                if (f == null) throw new IllegalStateException("binaryFiles gave a file the driver did not list: " + kv._1());
                return new FileRecords(f.index(), f.shownAs(), f.name(), kv._2().open(), maxBytes,
                        (reason, n) -> skipped.add(Map.entry(reason, n)));
            }));
        }
        return sc.union(parts.toArray(JavaRDD[]::new));
    }

    /** A plain JSONL file's lines, numbered as the command line numbers them (1-based, blank lines counted, not read). */
    private static JavaRDD<PageRecord> lines(JavaSparkContext sc, JobInputs.InputFile f) {
        return sc.textFile(f.path()).zipWithIndex().filter(t -> !t._1().isBlank())
                .map(t -> PageRecord.of(f.index(), t._2(), FileSource.jsonlLine(t._1(), f.shownAs(), t._2() + 1, id -> id)));
    }

    /** The {@code events} rows of this job's documents: each event's reports rolled up as the store rolls them up. */
    private static JavaRDD<Object[]> events(JavaRDD<DocumentOutput> analysed) {
        return analysed.flatMapToPair(d -> {
            Table D = Tables.DOCUMENTS, M = Tables.EVENT_MENTIONS;
            Object[] doc = d.rows(D).get(0);
            List<Tuple2<Long, Report>> out = new ArrayList<>();
            for (Object[] m : d.rows(M))
                out.add(new Tuple2<>(M.<Long>get(m, "event_id"), new Report(m, D.get(doc, "outlet"), D.get(doc, "url"), D.get(doc, "source"), D.get(doc, "ingested_at"))));
            return out.iterator();
        }).groupByKey().map(kv -> {
            List<EventRollup.Report> reports = new ArrayList<>();
            for (Report r : kv._2()) reports.add(new EventRollup.Report(r.mention(), r.outlet(), r.url(), r.source(), r.ingestedAt()));
            return EventRollup.of(reports);
        });
    }

    /** {@link EventRollup.Report}, serialisable, on its way through the shuffle. */
    private record Report(Object[] mention, String outlet, String url, String source, Instant ingestedAt) implements Serializable { }

    private static String read(String path, Configuration conf) throws IOException {
        Path p = new Path(path);
        try (FSDataInputStream in = p.getFileSystem(conf).open(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
