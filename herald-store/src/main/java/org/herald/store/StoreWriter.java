package org.herald.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.herald.io.tables.AnalysisRows;
import org.herald.io.tables.DocumentRows;
import org.herald.io.tables.EventRollup;
import org.herald.io.tables.Provenance;
import org.herald.io.tables.Table;
import org.herald.io.tables.Tables;
import org.herald.pipeline.Analysis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stores analyses, atomically per document and idempotently: a document whose id and content hash are already stored
 * changes nothing ({@link Outcome#UNCHANGED}); a new content for a stored id replaces all its rows
 * ({@link Outcome#REPLACED}). Documents are buffered by {@link #put} and written by {@link #commit} in one transaction:
 * their old rows go, their new rows are appended (DuckDB's Appender), and the {@code events} rows of every event they
 * report, or reported before, are rolled up again from all reports ({@link EventRollup}). A crash before the commit
 * loses the batch whole and nothing of it is half stored; the search index follows after the commit, on its own thread
 * (documents it has not committed yet wait in {@code herald_index_queue}, so a crash there is caught up when the store
 * next opens).
 *
 * <p>{@link #known} is what a resumable ingest asks before analysing a document.
 */
public final class StoreWriter implements AutoCloseable {
    public enum Outcome { NEW, UNCHANGED, REPLACED }

    /** Size of DuckDB's log before it is written into the database file. */
    static final String CHECKPOINT_THRESHOLD = "1GB";

    /** What the store holds for a document id. */
    public record Known(String contentHash, String hashOf, String status) {}

    private final Store store;
    private final DuckDBConnection c;
    private final AnalysisRows rows;
    private final PreparedStatement knownStatement;
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final Map<String, Optional<Known>> prefetched = new HashMap<>();
    /** Looked-up ids remembered at most, so that a long bulk load does not keep every id it saw. */
    static final int MAX_PREFETCHED = 50_000;

    private record Pending(DocumentRows rows, boolean replaces) {}

    StoreWriter(Store store, AnalysisRows rows) {
        this.store = store;
        this.c = (DuckDBConnection) store.connection();
        this.rows = rows;
        try {
            c.setAutoCommit(false);
            this.knownStatement = c.prepareStatement("SELECT content_hash, hash_of, status FROM documents WHERE doc_id = ?");
            try (Statement s = c.createStatement()) {
                // Commits append to DuckDB's log; the database file is rewritten when the log is this large, or on close,
                // not every few commits (the default 16 MB makes a bulk load rewrite the file again and again).
                s.execute("SET checkpoint_threshold = '" + CHECKPOINT_THRESHOLD + "'");
                s.execute("CREATE TEMP TABLE IF NOT EXISTS herald_batch (doc_id VARCHAR)");
                s.execute("CREATE TEMP TABLE IF NOT EXISTS herald_affected (event_id BIGINT)");
                s.execute("CREATE TEMP TABLE IF NOT EXISTS herald_lookup (doc_id VARCHAR)");
                s.execute("CREATE TEMP TABLE IF NOT EXISTS herald_indexed (doc_id VARCHAR)");
            }
            c.commit();
        } catch (SQLException e) {
            throw Store.explain(store.file(), e, "writing");
        }
    }

    /**
     * Looks up many ids in one statement, for the {@link #known} calls that follow (until the next commit): a bulk load
     * asks once per batch instead of once per document.
     */
    public void prefetch(java.util.Collection<String> ids) {
        try {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM herald_lookup");
            }
            try (DuckDBAppender ap = c.createAppender("temp", "main", "herald_lookup")) {
                for (String id : ids) ap.beginRow().append(id).endRow();
            }
            for (String id : ids) prefetched.put(id, Optional.empty());
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT d.doc_id, d.content_hash, d.hash_of, d.status FROM documents d "
                    + "WHERE d.doc_id IN (SELECT doc_id FROM herald_lookup)")) {
                while (r.next()) prefetched.put(r.getString(1), Optional.of(new Known(r.getString(2), r.getString(3), r.getString(4))));
            }
        } catch (SQLException e) {
            throw Store.explain(store.file(), e, "reading");
        }
    }

    /** The stored content hash of {@code docId}, also for a document buffered and not yet committed. */
    public Optional<Known> known(String docId) {
        Pending p = pending.get(docId);
        if (p != null) {
            Object[] d = p.rows().document();
            return Optional.of(new Known(Tables.DOCUMENTS.get(d, "content_hash"), Tables.DOCUMENTS.get(d, "hash_of"), Tables.DOCUMENTS.get(d, "status")));
        }
        Optional<Known> cached = prefetched.get(docId);
        if (cached != null) return cached;
        try {
            knownStatement.setString(1, docId);
            try (ResultSet r = knownStatement.executeQuery()) {
                return r.next() ? Optional.of(new Known(r.getString(1), r.getString(2), r.getString(3))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Store.explain(store.file(), e, "reading");
        }
    }

    /** Whether the store already holds exactly this content for this id. */
    public boolean holds(String docId, String contentHash, String hashOf) {
        if (contentHash == null) return false;
        Optional<Known> k = known(docId);
        // The put that follows an analysis asks again: remembered until the next commit.
        if (!pending.containsKey(docId)) prefetched.put(docId, k);
        return k.filter(x -> contentHash.equals(x.contentHash()) && hashOf.equals(x.hashOf())).isPresent();
    }

    /** Buffers one analysis; written by the next {@link #commit}. */
    public Outcome put(Analysis a, Provenance p) {
        Optional<Known> k = known(a.id());
        if (k.isPresent() && p.contentHash() != null && p.contentHash().equals(k.get().contentHash()) && p.hashOf().equals(k.get().hashOf()))
            return Outcome.UNCHANGED;
        Pending before = pending.get(a.id());
        boolean replaces = before != null ? before.replaces() : k.isPresent();
        pending.put(a.id(), new Pending(rows.of(a, p), replaces));
        return k.isPresent() ? Outcome.REPLACED : Outcome.NEW;
    }

    /** Buffers one document's rows as they were made elsewhere (a Parquet set written by a Spark job). */
    public Outcome put(DocumentRows d) {
        Object[] doc = d.document();
        String hash = Tables.DOCUMENTS.get(doc, "content_hash"), hashOf = Tables.DOCUMENTS.get(doc, "hash_of");
        Optional<Known> k = known(d.docId());
        if (k.isPresent() && hash != null && hash.equals(k.get().contentHash()) && java.util.Objects.equals(hashOf, k.get().hashOf()))
            return Outcome.UNCHANGED;
        Pending before = pending.get(d.docId());
        pending.put(d.docId(), new Pending(d, before != null ? before.replaces() : k.isPresent()));
        return k.isPresent() ? Outcome.REPLACED : Outcome.NEW;
    }

    /**
     * Longest an analysed document waits for its commit during an ingest: a kill costs at most this much analysis done
     * again (the documents are not stored, so the next run analyses them). Committing each document on its own costs
     * more than 5% of analysis time (a commit is a log write and its fsync, and the events' rollup).
     */
    public static final long COMMIT_INTERVAL_NANOS = 5_000_000_000L;
    private long lastCommit = System.nanoTime();

    /** Commits when {@link IngestRun#BATCH} documents wait or the last commit is {@link #COMMIT_INTERVAL_NANOS} old. */
    public void commitIfDue() {
        if (pending.size() >= IngestRun.BATCH || System.nanoTime() - lastCommit >= COMMIT_INTERVAL_NANOS) commit();
    }

    /** Documents buffered and not yet committed. */
    public int pending() { return pending.size(); }

    /** Writes the buffered documents in one transaction, then indexes them for search. */
    public void commit() {
        // What was looked up stays true for every id but those being written (this writer is the store's only one).
        prefetched.keySet().removeAll(pending.keySet());
        if (prefetched.size() > MAX_PREFETCHED) prefetched.clear();
        lastCommit = System.nanoTime();
        if (pending.isEmpty()) return;
        List<DocumentRows> batch = pending.values().stream().map(Pending::rows).toList();
        List<String> replacing = pending.entrySet().stream().filter(e -> e.getValue().replaces()).map(Map.Entry::getKey).toList();
        try {
            write(batch, replacing);
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            pending.clear();
            if (e instanceof SQLException sql) throw Store.explain(store.file(), sql, "writing");
            throw (RuntimeException) e;
        }
        pending.clear();
        store.index().add(batch, replacing);
    }

    private void write(List<DocumentRows> batch, List<String> replacing) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM herald_batch");
            s.execute("DELETE FROM herald_affected");
        }
        Set<Long> affected = new HashSet<>();
        if (!replacing.isEmpty()) {
            try (DuckDBAppender ap = c.createAppender("temp", "main", "herald_batch")) {
                for (String id : replacing) ap.beginRow().append(id).endRow();
            }
            try (Statement s = c.createStatement()) {
                // The events these documents reported before: rolled up again without them.
                try (ResultSet r = s.executeQuery("SELECT DISTINCT event_id FROM event_mentions WHERE doc_id IN (SELECT doc_id FROM herald_batch)")) {
                    while (r.next()) affected.add(r.getLong(1));
                }
                for (Table t : Tables.PER_DOCUMENT) s.execute("DELETE FROM " + t.name() + " WHERE doc_id IN (SELECT doc_id FROM herald_batch)");
            }
        }
        for (Table t : Tables.PER_DOCUMENT) {
            try (DuckDBAppender ap = c.createAppender("main", t.name())) {
                for (DocumentRows d : batch) for (Object[] r : d.rows(t)) Rows.append(ap, t, r);
            }
        }
        Map<Long, List<EventRollup.Report>> fresh = new HashMap<>();
        for (DocumentRows d : batch) {
            Object[] doc = d.document();
            Table D = Tables.DOCUMENTS;
            for (Object[] m : d.rows(Tables.EVENT_MENTIONS)) {
                long id = Tables.EVENT_MENTIONS.get(m, "event_id");
                affected.add(id);
                fresh.computeIfAbsent(id, k -> new ArrayList<>()).add(new EventRollup.Report(m, D.get(doc, "outlet"), D.get(doc, "url"), D.get(doc, "source"),
                        D.get(doc, "ingested_at")));
            }
        }
        try (DuckDBAppender ap = c.createAppender("temp", "main", "herald_affected")) {
            for (long id : affected) ap.beginRow().append(id).endRow();
        }
        rollUp(fresh);
        // Documents the search index has committed since leave its queue in this transaction; this batch's join it.
        Set<String> indexed = store.index().indexed();
        if (!indexed.isEmpty()) {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM herald_indexed");
            }
            try (DuckDBAppender ap = c.createAppender("temp", "main", "herald_indexed")) {
                for (String id : indexed) ap.beginRow().append(id).endRow();
            }
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM herald_index_queue WHERE doc_id IN (SELECT doc_id FROM herald_indexed)");
            }
        }
        try (DuckDBAppender ap = c.createAppender("main", "herald_index_queue")) {
            for (DocumentRows d : batch) ap.beginRow().append(d.docId()).endRow();
        }
        c.commit();
    }

    /**
     * The events of {@code herald_affected}, rolled up again from every report they have. An event the store did not
     * hold has all its reports in this batch: rolled up from them in memory ({@link EventRollup}), reading nothing back.
     * An event it held (reported again, or by a replaced document) is rolled up in one statement over its reports in
     * the database ({@link #ROLL_UP}), the batch's own included; one whose reports are all gone yields no row.
     */
    private void rollUp(Map<Long, List<EventRollup.Report>> fresh) throws SQLException {
        List<Long> stored = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT event_id FROM events WHERE event_id IN (SELECT event_id FROM herald_affected)")) {
            while (r.next()) stored.add(r.getLong(1));
        }
        if (!stored.isEmpty()) {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM herald_affected");
                try (DuckDBAppender ap = c.createAppender("temp", "main", "herald_affected")) {
                    for (long id : stored) ap.beginRow().append(id).endRow();
                }
                s.execute("DELETE FROM events WHERE event_id IN (SELECT event_id FROM herald_affected)");
                s.execute(ROLL_UP);
            }
            for (long id : stored) fresh.remove(id);
        }
        try (DuckDBAppender ap = c.createAppender("main", "events")) {
            for (List<EventRollup.Report> rs : fresh.values()) Rows.append(ap, Tables.EVENTS, EventRollup.of(rs));
        }
    }

    /**
     * {@link EventRollup#of} in SQL, for the events of {@code herald_affected} from their reports in the database: the
     * first report by (stored at, document id, sentence, mention id), counts of reports, documents and outlets (a
     * document without an outlet is its own), the latest storing time, the best confidence. (Ids compare as DuckDB's
     * bytes where Java compares UTF-16 units: the same order for every character outside U+E000..U+FFFF.)
     */
    static final String ROLL_UP = "INSERT INTO events WITH r AS (SELECT m.*, d.outlet AS doc_outlet, coalesce(d.url, d.source) AS doc_url, "
            + "d.ingested_at AS doc_at FROM event_mentions m JOIN documents d ON d.doc_id = m.doc_id "
            + "WHERE m.event_id IN (SELECT event_id FROM herald_affected)), "
            + "f AS (SELECT * FROM r QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY doc_at, doc_id, sentence, mention_id) = 1), "
            + "a AS (SELECT event_id, count(*) AS n, count(DISTINCT doc_id) AS docs, count(DISTINCT coalesce(doc_outlet, 'document:' || doc_id)) AS outlets, "
            + "max(doc_at) AS last_at, greatest(0.0, max(confidence)) AS best FROM r GROUP BY event_id) "
            + "SELECT f.event_id, f.event_key, f.day, f.precision, f.source_code, f.source_name, f.target_code, f.target_name, f.cameo, f.base_code, "
            + "f.root_code, f.plover, f.mode, f.quad_class, f.phoenix_quad, f.goldstein, f.in_lead, a.n, a.docs, a.outlets, f.doc_id, f.doc_url, "
            + "f.doc_at, a.last_at, a.best FROM f JOIN a ON a.event_id = f.event_id";

    // ---- the run log ----

    /** A run that was started and never finished (the process was killed), if the last run is one. */
    public record Run(long id, String command, Instant startedAt) {}

    public Optional<Run> unfinishedRun() {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT run_id, command, started_at, finished_at FROM herald_runs ORDER BY run_id DESC LIMIT 1")) {
            if (!r.next() || r.getObject(4) != null) return Optional.empty();
            return Optional.of(new Run(r.getLong(1), r.getString(2), r.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
        } catch (SQLException e) {
            throw Store.explain(store.file(), e, "reading");
        }
    }

    /** Records the start of a run; returns its id. */
    public long startRun(String command) {
        try (Statement s = c.createStatement()) {
            long id;
            try (ResultSet r = s.executeQuery("SELECT coalesce(max(run_id), 0) + 1 FROM herald_runs")) {
                r.next();
                id = r.getLong(1);
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO herald_runs (run_id, command, started_at) VALUES (?, ?, ?)")) {
                p.setLong(1, id);
                p.setString(2, command);
                p.setObject(3, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                p.executeUpdate();
            }
            c.commit();
            return id;
        } catch (SQLException e) {
            rollbackQuietly();
            throw Store.explain(store.file(), e, "writing");
        }
    }

    public void finishRun(long id, int added, int unchanged, int replaced, int failed, int undated) {
        try (PreparedStatement p = c.prepareStatement("UPDATE herald_runs SET finished_at = ?, new_docs = ?, unchanged_docs = ?, replaced_docs = ?, "
                + "failed_docs = ?, undated_docs = ? WHERE run_id = ?")) {
            p.setObject(1, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
            p.setInt(2, added);
            p.setInt(3, unchanged);
            p.setInt(4, replaced);
            p.setInt(5, failed);
            p.setInt(6, undated);
            p.setLong(7, id);
            p.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw Store.explain(store.file(), e, "writing");
        }
    }

    private void rollbackQuietly() {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the write's own failure is reported
        }
    }

    /** Commits what is buffered, and the search index. */
    @Override public void close() {
        commit();
        store.index().flush(store);
        try {
            knownStatement.close();
            c.setAutoCommit(true);
        } catch (SQLException e) {
            throw Store.explain(store.file(), e, "writing");
        }
    }
}
