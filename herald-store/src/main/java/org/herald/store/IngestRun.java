package org.herald.store;

import org.herald.events.dating.Reference;
import org.herald.io.AnalysisJson;
import org.herald.io.InputDocument;
import org.herald.io.PageSource;
import org.herald.io.tables.DocumentRows;
import org.herald.io.tables.Provenance;
import org.herald.io.tables.Table;
import org.herald.io.tables.Tables;
import org.herald.pipeline.Analysis;
import org.herald.run.Runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One {@code herald ingest}: documents into the store, resumable. Pages are checked against the store by id and the
 * SHA-256 of their bytes <em>before</em> they are analysed, so a run that was killed and started again analyses only
 * what it had not stored (none twice, none skipped), and the same folder ingested again changes nothing. Loaded
 * analyses (JSONL, or a Parquet set of the store's tables) are committed in batches of {@link #BATCH}; analysed documents are committed at least every
 * five seconds ({@link StoreWriter#COMMIT_INTERVAL_NANOS}), so a kill costs at most that much analysis done again. Every input is accounted for in the {@link Summary}.
 */
public final class IngestRun {
    /** Loaded analyses per transaction: large enough that commits cost little, small enough that a kill loses little. */
    public static final int BATCH = 2000;
    /**
     * JSONL bytes per transaction at most: a batch of long articles is committed before it has {@link #BATCH}, so that
     * the batches held at once (the one being read, two queued for the search index) stay within the heap.
     */
    static final long BATCH_BYTES = 64L << 20;
    /** Pages read ahead and looked up together before they are analysed. */
    static final int LOOKAHEAD = 16;

    /** What happened to one document, for progress displays. */
    public interface Listener {
        void document(String id, String outcome);

        Listener NONE = (id, outcome) -> { };
    }

    /** The closing account of a run. {@code resumed} is the run before it, when that one was killed. */
    public record Summary(int added, int unchanged, int replaced, int failed, int undated, long events, int analysed, double seconds,
                          Optional<StoreWriter.Run> resumed) {
        public int documents() { return added + unchanged + replaced; }
    }

    private final Store store;
    private final StoreWriter writer;
    private final Reference fallback;
    private final Listener listener;
    private final long runId;
    private final Optional<StoreWriter.Run> resumed;
    private final long t0 = System.nanoTime();
    private int added, unchanged, replaced, failed, undated, analysed;
    private long events;

    public IngestRun(Store store, StoreWriter writer, String command, Reference fallback, Listener listener) {
        this.store = store;
        this.writer = writer;
        this.fallback = fallback;
        this.listener = listener;
        this.resumed = writer.unfinishedRun();
        this.runId = writer.startRun(command);
    }

    /** What the run before this one left unfinished, in words, if it was killed. */
    public Optional<String> resumedNote() {
        return resumed.map(r -> "the run started " + r.startedAt() + " (" + r.command() + ") did not finish: documents it stored are skipped");
    }

    /** Analyses and stores the pages of {@code source} that the store does not hold; the runner is made only if one needs analysing. */
    public void pages(PageSource source, Supplier<Runner.Builder> runners) {
        Map<String, String> hashes = new HashMap<>();
        Runner[] runner = {null};
        List<InputDocument> ahead = new ArrayList<>();
        java.util.function.Consumer<List<InputDocument>> check = docs -> {
            // The ids of the next few documents looked up in one statement, then each checked before analysis.
            writer.prefetch(docs.stream().map(InputDocument::id).toList());
            for (InputDocument doc : docs) {
                String hash = doc.ok() ? sha256(doc.page().content()) : null;
                if (hash != null && writer.holds(doc.id(), hash, "page")) {
                    unchanged++;
                    listener.document(doc.id(), "unchanged");
                    continue;
                }
                hashes.put(doc.id(), hash);
                if (runner[0] == null) runner[0] = runners.get().start(done -> {
                    Analysis a = done.analysis();
                    analysed++;
                    store(a, new Provenance(hashes.remove(a.id()), "page", Instant.now(), fallback));
                    writer.commitIfDue();
                });
                runner[0].submit(doc);
            }
            docs.clear();
        };
        try {
            source.read(doc -> {
                ahead.add(doc);
                if (ahead.size() >= LOOKAHEAD) check.accept(ahead);
            });
            check.accept(ahead);
            if (runner[0] != null) runner[0].finish();
        } finally {
            if (runner[0] != null) runner[0].close();
        }
    }

    /**
     * Loads analyses without NLP: a JSONL file of the output contract (as {@code herald analyze} writes), or a folder
     * holding the store's tables as Parquet ({@code documents.parquet} or {@code documents/*.parquet} and so on, as the
     * Parquet export and the Spark job write). A JSONL line that cannot be read is a failed document named by its line.
     */
    public void analyses(Path path) throws IOException {
        if (Files.isDirectory(path)) parquet(path);
        else jsonl(path);
        writer.commit();
    }

    /** Lines are read and hashed as bytes and parsed where they lie: no String of the record is made. */
    private void jsonl(Path file) throws IOException {
        try (ByteLines r = new ByteLines(Files.newInputStream(file))) {
            int n = 0;
            List<Analysis> batch = new ArrayList<>();
            List<String> hashes = new ArrayList<>();
            MessageDigest sha = sha256();
            long bytes = 0;
            while (r.next()) {
                n++;
                if (r.blank()) continue;
                Analysis a;
                try {
                    a = AnalysisJson.read(r.bytes(), 0, r.length());
                } catch (IllegalArgumentException e) {
                    failed++;
                    listener.document(file + ":" + n, "failed: " + e.getMessage());
                    continue;
                }
                batch.add(a);
                sha.update(r.bytes(), 0, r.length());
                hashes.add(HexFormat.of().formatHex(sha.digest()));
                bytes += r.length();
                if (batch.size() >= BATCH || bytes >= BATCH_BYTES) {
                    storeBatch(batch, hashes);
                    bytes = 0;
                }
            }
            storeBatch(batch, hashes);
        }
    }

    /** A batch of loaded analyses: their ids looked up at once, stored, committed. The hash is of the record as read. */
    private void storeBatch(List<Analysis> batch, List<String> hashes) {
        writer.prefetch(batch.stream().map(Analysis::id).toList());
        for (int i = 0; i < batch.size(); i++) store(batch.get(i), new Provenance(hashes.get(i), "analysis", Instant.now(), fallback));
        writer.commit();
        batch.clear();
        hashes.clear();
    }

    private void store(Analysis a, Provenance p) {
        StoreWriter.Outcome o = writer.put(a, p);
        count(a.id(), o, a.hasErrors() && a.article().body().isEmpty(), a.events().size(),
                Reference.published(a.article().published()).orElse(p.fallback()).present());
    }

    private void count(String id, StoreWriter.Outcome o, boolean failedDoc, int eventCount, boolean dated) {
        switch (o) {
            case UNCHANGED -> unchanged++;
            case NEW -> added++;
            case REPLACED -> replaced++;
        }
        if (o != StoreWriter.Outcome.UNCHANGED) {
            if (failedDoc) failed++;
            if (!dated) undated++;
            events += eventCount;
        }
        listener.document(id, failedDoc && o != StoreWriter.Outcome.UNCHANGED ? "failed" : o.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** A Parquet set of the store's tables, read through DuckDB and stored document by document. */
    private void parquet(Path dir) throws IOException {
        Connection c = store.connection();
        Map<Table, String> sources = new LinkedHashMap<>();
        for (Table t : Tables.PER_DOCUMENT) {
            Path single = dir.resolve(t.name() + ".parquet"), folder = dir.resolve(t.name());
            if (Files.isRegularFile(single)) sources.put(t, single.toAbsolutePath().toString());
            else if (Files.isDirectory(folder)) sources.put(t, folder.toAbsolutePath() + "/*.parquet");
            else if (t == Tables.DOCUMENTS) throw new IOException("no documents.parquet (or documents/) in " + dir);
        }
        Map<String, Map<Table, List<Object[]>>> byDoc = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (Map.Entry<Table, String> e : sources.entrySet()) {
                Table t = e.getKey();
                String src = e.getValue().replace("'", "''");
                try (ResultSet r = s.executeQuery("SELECT " + selectList(s, t, src) + " FROM read_parquet('" + src + "') ORDER BY doc_id")) {
                    while (r.next()) {
                        Object[] row = Rows.read(r, t, 1);
                        String doc = t.get(row, "doc_id");
                        if (t != Tables.DOCUMENTS && !byDoc.containsKey(doc)) continue;
                        byDoc.computeIfAbsent(doc, k -> new LinkedHashMap<>()).computeIfAbsent(t, k -> new ArrayList<>()).add(row);
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IOException("cannot read the Parquet set " + dir + ": " + e.getMessage().split("\n")[0], e);
        }
        List<String> ids = new ArrayList<>(byDoc.keySet());
        for (int i = 0; i < ids.size(); i++) {
            if (i % BATCH == 0) {
                writer.commit();
                writer.prefetch(ids.subList(i, Math.min(ids.size(), i + BATCH)));
            }
            Map.Entry<String, Map<Table, List<Object[]>>> e = Map.entry(ids.get(i), byDoc.get(ids.get(i)));
            DocumentRows d = new DocumentRows(e.getKey(), e.getValue());
            Object[] doc = d.document();
            StoreWriter.Outcome o = writer.put(d);
            count(d.docId(), o, "failed".equals(Tables.DOCUMENTS.get(doc, "status")), d.rows(Tables.EVENT_MENTIONS).size(),
                    Tables.DOCUMENTS.get(doc, "reference_day") != null);
        }
    }

    /**
     * The table's columns as a select list over a Parquet source: a column the set does not have (one added to the
     * store after the set was written, such as {@code quotes.mode}) is read as null.
     */
    private static String selectList(Statement s, Table t, String src) throws SQLException {
        java.util.Set<String> present = new java.util.HashSet<>();
        try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + src + "')")) {
            while (r.next()) present.add(r.getString(1));
        }
        return String.join(", ", t.columns().stream().map(c -> present.contains(c.name()) ? c.name() : "NULL::" + c.type().sql() + " AS " + c.name()).toList());
    }

    /** Commits what is pending and records the run as finished. */
    public Summary finish() {
        writer.commit();
        writer.finishRun(runId, added, unchanged, replaced, failed, undated);
        return new Summary(added, unchanged, replaced, failed, undated, events, analysed, (System.nanoTime() - t0) / 1e9, resumed);
    }

    /** SHA-256 of {@code bytes}, in hex: the content hash of a page. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
