package org.herald.store;

import org.herald.knowledge.KnowledgeSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's versioned schema: an ordered list of migrations, each applied once, in one transaction, and recorded in
 * {@code herald_meta} ({@code schema_version}). A store written by an older Herald is brought up to {@link #VERSION}
 * when opened for writing; one written by a newer Herald is refused by name, never touched. Migration 1 is frozen SQL
 * ({@code herald/store/schema-1.sql}); later layout changes are new migrations, never edits of earlier ones.
 */
public final class Schema {
    /** One step: the version it brings the store to, what it does, its statements. */
    public record Migration(int version, String description, List<String> statements) {}

    public static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "the tables of documents, actors, quotes, events and claims", statements(resource("herald/store/schema-1.sql"))),
            new Migration(2, "the ingest run log (what a restarted ingest resumes) and the search index's queue",
                    List.of("CREATE TABLE herald_runs (run_id BIGINT, command VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP, "
                                    + "new_docs INTEGER, unchanged_docs INTEGER, replaced_docs INTEGER, failed_docs INTEGER, undated_docs INTEGER)",
                            "CREATE TABLE herald_index_queue (doc_id VARCHAR)")),
            new Migration(3, "the feed watcher's state: each feed's validators, each article link it has seen",
                    List.of("CREATE TABLE herald_feeds (feed_url VARCHAR, etag VARCHAR, last_modified VARCHAR, polled_at TIMESTAMP, status VARCHAR)",
                            "CREATE TABLE herald_feed_items (link VARCHAR, doc_id VARCHAR, feed_url VARCHAR, first_seen TIMESTAMP, "
                                    + "attempts INTEGER, state VARCHAR, error VARCHAR)")),
            // Quotes stored before keep a null mode: the store never recorded it, and guessing one would be a claim.
            new Migration(4, "each quote's mode (speech, belief, intention, evidence)",
                    List.of("ALTER TABLE quotes ADD COLUMN mode VARCHAR")),
            // As for modes: rows stored before keep nulls (never recorded), told apart from an event without repairs (empty).
            new Migration(5, "each document's capture date, each actor's inferred-country provenance, each event report's parse repairs",
                    List.of("ALTER TABLE documents ADD COLUMN captured VARCHAR",
                            "ALTER TABLE actors ADD COLUMN country_from VARCHAR",
                            "ALTER TABLE event_mentions ADD COLUMN repairs VARCHAR[]")));

    /** The version this Herald writes and reads. */
    public static final int VERSION = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    private Schema() { }

    /** The store's version: 0 for an empty database, -1 for a database with tables but no Herald metadata. */
    static int versionOf(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FILTER (WHERE table_name = 'herald_meta'), count(*) FROM information_schema.tables WHERE table_schema = 'main'")) {
            r.next();
            if (r.getInt(1) == 0) return r.getInt(2) == 0 ? 0 : -1;
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT value FROM herald_meta WHERE key = 'schema_version'")) {
            if (!r.next()) return -1;
            try {
                return Integer.parseInt(r.getString(1).trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    /** Applies the migrations after {@code from} up to {@code to}, each in its own transaction. */
    static void migrate(Connection c, int from, int to) throws SQLException {
        for (Migration m : MIGRATIONS) {
            if (m.version() <= from || m.version() > to) continue;
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : m.statements()) s.execute(sql);
                s.execute("DELETE FROM herald_meta WHERE key = 'schema_version'");
                s.execute("INSERT INTO herald_meta VALUES ('schema_version', '" + m.version() + "')");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private static String resource(String path) {
        try (InputStream in = KnowledgeSource.class.getResourceAsStream("/" + path)) {
            if (in == null) throw new IllegalStateException("missing " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements of a SQL file: ';'-terminated, '--' comments dropped (the file has no ';' inside strings). */
    private static List<String> statements(String sql) {
        StringBuilder b = new StringBuilder();
        for (String line : sql.split("\n")) if (!line.strip().startsWith("--")) b.append(line).append('\n');
        List<String> out = new ArrayList<>();
        for (String s : b.toString().split(";")) if (!s.isBlank()) out.add(s.strip());
        return List.copyOf(out);
    }
}
