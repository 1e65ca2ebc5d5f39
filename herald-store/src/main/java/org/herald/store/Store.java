package org.herald.store;

import org.herald.io.tables.AnalysisRows;
import org.herald.store.query.StoreQueries;
import org.herald.store.search.SearchIndex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Herald's event database: one DuckDB file ({@code <data>/herald.duckdb} by default) with the tables of
 * {@link org.herald.io.tables.Tables}, and beside it a Lucene index of article passages and quotes
 * ({@code herald.lucene/}), updated by the same ingest.
 *
 * <p>Three ways to open it:
 * <ul>
 *   <li>{@link #openForWriting}: creates the store, or upgrades an older one ({@link Schema}); one process at a time
 *       (DuckDB locks the file). {@link #writer} stores analyses; {@link #queries} reads.</li>
 *   <li>{@link #openForReading}: a read-only connection for {@link #queries} and the exports (which write files).</li>
 *   <li>{@link #openSandboxed}: read-only, with no access to files beyond the database and its settings locked, for SQL
 *       that comes from users ({@code herald query}): it cannot write the store, copy data out or attach other files.</li>
 * </ul>
 * A damaged file, a store written by a newer Herald, a database that is not a Herald store, or a location that cannot
 * be written stops with a {@link StoreException} saying which and what to do; nothing is changed.
 */
public final class Store implements AutoCloseable {
    private final Path file;
    private final Connection connection;
    private final boolean writable;
    private final SearchIndex index;

    private Store(Path file, Connection connection, boolean writable, SearchIndex index) {
        this.file = file;
        this.connection = connection;
        this.writable = writable;
        this.index = index;
    }

    /** The default store under a data directory. */
    public static Path defaultFile(Path dataDir) { return dataDir.resolve("herald.duckdb"); }

    /** The search index beside a store file: {@code herald.duckdb} → {@code herald.lucene/}. */
    public static Path indexDir(Path file) {
        String name = file.getFileName().toString();
        String base = name.endsWith(".duckdb") ? name.substring(0, name.length() - ".duckdb".length()) : name;
        return file.resolveSibling(base + ".lucene");
    }

    public static Store openForWriting(Path file) {
        Path abs = file.toAbsolutePath();
        try {
            if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the store's folder " + abs.getParent() + ": " + e.getMessage(), e);
        }
        Connection c = connect(abs, new Properties(), "writing");
        try {
            int version = Schema.versionOf(c);
            refuseForeign(abs, version);
            if (version > Schema.VERSION) throw newer(abs, version);
            if (version < Schema.VERSION) Schema.migrate(c, version, Schema.VERSION);
            SearchIndex index = SearchIndex.openForWriting(indexDir(abs));
            Store s = new Store(abs, c, true, index);
            index.catchUp(s);
            return s;
        } catch (SQLException e) {
            closeQuietly(c);
            throw explain(abs, e, "writing");
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    public static Store openForReading(Path file) { return openReadOnly(file, true); }

    public static Store openSandboxed(Path file) { return openReadOnly(file, false); }

    private static Store openReadOnly(Path file, boolean fileAccess) {
        Path abs = file.toAbsolutePath();
        if (!Files.isRegularFile(abs)) throw new StoreException("no store at " + abs + " (herald ingest or herald demo creates one; --store PATH names another)");
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        if (!fileAccess) {
            p.setProperty("enable_external_access", "false");
            p.setProperty("lock_configuration", "true");
        }
        Connection c = connect(abs, p, "reading");
        try {
            int version = Schema.versionOf(c);
            refuseForeign(abs, version);
            if (version == 0) throw new StoreException(abs + " is an empty database, not a Herald store");
            if (version > Schema.VERSION) throw newer(abs, version);
            if (version < Schema.VERSION)
                throw new StoreException("the store " + abs + " has schema version " + version + ", older than this Herald's " + Schema.VERSION
                        + ": open it once for writing (herald ingest) to upgrade it");
            return new Store(abs, c, false, SearchIndex.openForReading(indexDir(abs)));
        } catch (SQLException e) {
            closeQuietly(c);
            throw explain(abs, e, "reading");
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static Connection connect(Path abs, Properties p, String purpose) {
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + abs, p);
        } catch (SQLException e) {
            throw explain(abs, e, purpose);
        }
    }

    private static void refuseForeign(Path abs, int version) {
        if (version < 0) throw new StoreException(abs + " is a DuckDB database but not a Herald store (it has tables and no herald_meta); "
                + "choose another file with --store");
    }

    private static StoreException newer(Path abs, int version) {
        return new StoreException("the store " + abs + " was written by a newer Herald (schema version " + version + "; this Herald reads up to "
                + Schema.VERSION + "): upgrade Herald, or use another store with --store");
    }

    /** DuckDB's error in the user's words, with the file and what to do. */
    static StoreException explain(Path abs, SQLException e, String purpose) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0];
        String low = m.toLowerCase(java.util.Locale.ROOT);
        String what;
        if (low.contains("not a valid duckdb database")) what = "is not a Herald store (not a DuckDB database file)";
        else if (low.contains("corrupt") || low.contains("checksum")) what = "is damaged (" + m + "); restore it from a copy or start a new store with --store";
        else if (low.contains("lock") || low.contains("conflicting")) what = "is in use by another Herald process (" + m + ")";
        else if (low.contains("read-only") || low.contains("permission") || low.contains("read only")) what = "cannot be written here (" + m + ")";
        else if (low.contains("no space") || low.contains("file too large") || low.contains("disk")) what = "could not be written: the disk is full (" + m + ")";
        else what = "cannot be opened for " + purpose + " (" + m + ")";
        return new StoreException("the store " + abs + " " + what, e);
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing after a failure: the failure is what the user hears about
        }
    }

    public Path file() { return file; }

    public boolean writable() { return writable; }

    public SearchIndex index() { return index; }

    /**
     * The DuckDB connection, for the store's own exporters and for SQL from users on a {@link #openSandboxed sandboxed}
     * store. Everything else reads through {@link #queries}.
     */
    public Connection connection() { return connection; }

    /** The read side: typed filters, paging, parameterised SQL only. */
    public StoreQueries queries() { return new StoreQueries(this); }

    /** Stores analyses (a store opened for writing only). */
    public StoreWriter writer(AnalysisRows rows) {
        if (!writable) throw new IllegalStateException("the store was opened for reading");
        return new StoreWriter(this, rows);
    }

    public int schemaVersion() {
        try {
            return Schema.versionOf(connection);
        } catch (SQLException e) {
            throw explain(file, e, "reading");
        }
    }

    /** Writes what DuckDB holds in its log into the database file (a clean file for copying; done on close). */
    public void checkpoint() {
        try (Statement s = connection.createStatement()) {
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw explain(file, e, "writing");
        }
    }

    @Override public void close() {
        try {
            index.close();
        } finally {
            closeQuietly(connection);
        }
    }
}
