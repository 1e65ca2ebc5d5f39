package org.herald.store;

import org.herald.events.dating.Reference;
import org.herald.io.tables.AnalysisRows;
import org.herald.io.tables.Provenance;
import org.herald.knowledge.KnowledgeSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stores that cannot be used give a clear error and are left as they were; an older store is upgraded. */
class BadStoreTest {
    @TempDir Path dir;

    private Path storeWithOneDocument() {
        Path file = dir.resolve("h.duckdb");
        try (Store s = Store.openForWriting(file); StoreWriter w = s.writer(AnalysisRows.load(KnowledgeSource.shipped()))) {
            w.put(new Synthetic(1, LocalDate.parse("2024-01-01"), 5).next(1, 3), new Provenance("x", "page", Instant.now(), Reference.NONE));
        }
        return file;
    }

    @Test void a_file_that_is_not_a_database_is_refused_and_left_alone() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.duckdb"), "these are my notes, not a database");
        StoreException e = assertThrows(StoreException.class, () -> Store.openForWriting(file));
        assertTrue(e.getMessage().contains("is not a Herald store"), e.getMessage());
        assertEquals("these are my notes, not a database", Files.readString(file));
        assertThrows(StoreException.class, () -> Store.openForReading(file));
    }

    @Test void a_damaged_store_is_refused_with_what_to_do() throws Exception {
        Path file = storeWithOneDocument();
        byte[] b = Files.readAllBytes(file);
        for (int i = 8192; i < b.length; i += 5) b[i] ^= 0x5a;
        Files.write(file, b);
        StoreException e = assertThrows(StoreException.class, () -> Store.openForReading(file));
        assertTrue(e.getMessage().contains("damaged") || e.getMessage().contains("not a Herald store"), e.getMessage());
        assertArrayEquals(b, Files.readAllBytes(file), "nothing was written to the damaged file");
    }

    @Test void a_store_from_a_newer_herald_is_refused_by_name_and_not_touched() throws Exception {
        Path file = storeWithOneDocument();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE herald_meta SET value = '" + (Schema.VERSION + 5) + "' WHERE key = 'schema_version'");
        }
        for (var open : List.<java.util.function.Supplier<Store>>of(() -> Store.openForWriting(file), () -> Store.openForReading(file))) {
            StoreException e = assertThrows(StoreException.class, open::get);
            assertTrue(e.getMessage().contains("newer Herald") && e.getMessage().contains("schema version " + (Schema.VERSION + 5)), e.getMessage());
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT value FROM herald_meta")) {
            r.next();
            assertEquals(Integer.toString(Schema.VERSION + 5), r.getString(1));
        }
    }

    @Test void a_database_of_someone_else_is_not_taken_over() throws Exception {
        Path file = dir.resolve("theirs.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE accounts (id INTEGER)");
        }
        StoreException e = assertThrows(StoreException.class, () -> Store.openForWriting(file));
        assertTrue(e.getMessage().contains("not a Herald store"), e.getMessage());
    }

    @Test void a_missing_store_is_not_created_by_reading_and_a_location_that_cannot_be_written_is_named() {
        Path missing = dir.resolve("none.duckdb");
        StoreException e = assertThrows(StoreException.class, () -> Store.openForReading(missing));
        assertTrue(e.getMessage().contains("no store at"), e.getMessage());
        assertTrue(Files.notExists(missing));
        // /proc takes no new files, even from root: a location that cannot be written.
        StoreException ro = assertThrows(StoreException.class, () -> Store.openForWriting(Path.of("/proc/herald-test/h.duckdb")));
        assertTrue(ro.getMessage().contains("/proc/herald-test"), ro.getMessage());
    }

    @Test void a_store_written_by_an_older_herald_opens_and_is_upgraded_with_its_documents() throws Exception {
        Path file = dir.resolve("old.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            Schema.migrate(c, 0, 1);
            s.execute("INSERT INTO documents (doc_id, source, body, status) VALUES ('kept', 'x', 'An old body.', 'ok')");
        }
        try (Store s = Store.openForWriting(file)) {
            assertEquals(Schema.VERSION, s.schemaVersion());
            assertTrue(s.queries().document("kept").isPresent(), "the old store's document survives the upgrade");
            try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery("SELECT count(*) FROM herald_runs")) {
                r.next();
                assertEquals(0, r.getLong(1), "the run log of schema 2 exists");
            }
        }
        try (Store s = Store.openForReading(file)) {
            assertEquals(1, s.queries().search("old body", org.herald.store.search.SearchFilter.NONE, org.herald.store.query.Paging.first(5)).total(),
                    "the upgraded store's document was indexed for search");
        }
    }

    @Test void a_store_of_schema_3_gains_the_quotes_mode_keeping_its_quotes_unmoded_and_stores_new_ones_with_theirs() throws Exception {
        Path file = dir.resolve("v3.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            Schema.migrate(c, 0, 3);
            s.execute("INSERT INTO documents (doc_id, source, body, status) VALUES ('old', 'x', 'He said: \"Old words.\"', 'ok')");
            s.execute("INSERT INTO quotes (doc_id, quote_id, kind, text, char_start, char_end, parts, speaker_name, rule) "
                    + "VALUES ('old', 'q1', 'direct', 'Old words.', 10, 20, '10-20', 'He', 'r')");
        }
        try (Store s = Store.openForWriting(file); StoreWriter w = s.writer(AnalysisRows.load(KnowledgeSource.shipped()))) {
            assertEquals(Schema.VERSION, s.schemaVersion());
            var fresh = new Synthetic(1, LocalDate.parse("2024-01-01"), 5).next(1, 3);
            w.put(fresh, new Provenance("x", "page", Instant.now(), Reference.NONE));
            w.commit();
            try (Statement st = s.connection().createStatement();
                 ResultSet r = st.executeQuery("SELECT doc_id, text, mode FROM quotes ORDER BY doc_id = 'old' DESC, quote_id")) {
                assertTrue(r.next());
                assertEquals("Old words.", r.getString(2), "the old quote survives the upgrade");
                assertEquals(null, r.getString(3), "an old quote's mode was never recorded: null, not a guess");
                assertTrue(r.next());
                assertEquals(fresh.quotes().get(0).mode().toString(), r.getString(3), "a quote stored after the upgrade has its mode");
            }
        }
    }

    @Test void a_store_of_schema_4_gains_captures_country_provenance_and_repairs_keeping_its_rows_null() throws Exception {
        Path file = dir.resolve("v4.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            Schema.migrate(c, 0, 4);
            s.execute("INSERT INTO documents (doc_id, source, body, status) VALUES ('old', 'x', 'Police arrested him.', 'ok')");
            s.execute("INSERT INTO actors (doc_id, actor_id, name, kind, code, country, agent, rule, mention_count) "
                    + "VALUES ('old', 'a1', 'Police', 'organization', 'FRACOP', 'FRA', 'COP', 'r', 1)");
            s.execute("INSERT INTO event_mentions (event_id, event_key, doc_id, mention_id, sentence, cameo, source_actor, evidence_start, evidence_end, "
                    + "evidence_text, confidence, rule) VALUES (1, 'k', 'old', 'e1', 0, '173', 'a1', 7, 15, 'arrested', 0.5, 'r')");
        }
        try (Store s = Store.openForWriting(file); StoreWriter w = s.writer(AnalysisRows.load(KnowledgeSource.shipped()))) {
            assertEquals(Schema.VERSION, s.schemaVersion());
            // Document 2 has a capture date, an inferred country (its second target) and a repaired third event.
            var fresh = new Synthetic(1, LocalDate.parse("2024-01-01"), 5).next(2, 3);
            w.put(fresh, new Provenance("x", "page", Instant.now(), Reference.NONE));
            w.commit();
            try (Statement st = s.connection().createStatement()) {
                try (ResultSet r = st.executeQuery("SELECT doc_id, body, captured FROM documents ORDER BY doc_id = 'old' DESC")) {
                    assertTrue(r.next());
                    assertEquals("Police arrested him.", r.getString(2), "the old document survives the upgrade");
                    assertNull(r.getString(3), "never recorded: null");
                    assertTrue(r.next());
                    assertEquals(fresh.article().captured(), r.getString(3));
                }
                try (ResultSet r = st.executeQuery("SELECT count(*) FILTER (WHERE doc_id = 'old' AND country_from IS NULL), "
                        + "count(*) FILTER (WHERE doc_id <> 'old' AND country_from IS NOT NULL) FROM actors")) {
                    r.next();
                    assertEquals(1, r.getLong(1), "the old actor keeps a null provenance");
                    assertEquals(fresh.actors().stream().filter(a -> a.countryFrom() != null).count(), r.getLong(2));
                }
                try (ResultSet r = st.executeQuery("SELECT doc_id, repairs FROM event_mentions ORDER BY doc_id = 'old' DESC, mention_id")) {
                    assertTrue(r.next());
                    assertNull(r.getArray(2), "an old report's repairs were never recorded: null, not none");
                    for (var e : fresh.events()) {
                        assertTrue(r.next());
                        assertEquals(e.repairs(), List.of((Object[]) r.getArray(2).getArray()), e.id());
                    }
                }
            }
        }
    }

    @Test void the_migrations_build_exactly_the_layout_of_the_tables() throws Exception {
        try (Store s = Store.openForWriting(dir.resolve("h.duckdb")); Statement st = s.connection().createStatement()) {
            for (var t : org.herald.io.tables.Tables.ALL) {
                StringBuilder got = new StringBuilder(), want = new StringBuilder();
                try (ResultSet r = st.executeQuery("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '" + t.name()
                        + "' ORDER BY ordinal_position")) {
                    while (r.next()) got.append(r.getString(1)).append(' ').append(r.getString(2)).append(';');
                }
                for (var c : t.columns()) want.append(c.name()).append(' ').append(c.type().sql()).append(';');
                assertEquals(want.toString(), got.toString(), t.name());
            }
        }
    }

    @Test void sql_on_a_sandboxed_store_cannot_write_copy_out_or_attach() throws Exception {
        Path file = storeWithOneDocument();
        Path outside = dir.resolve("copied.csv");
        try (Store s = Store.openSandboxed(file)) {
            for (String sql : List.of("INSERT INTO documents (doc_id) VALUES ('x')", "DROP TABLE events", "DELETE FROM documents",
                    "COPY documents TO '" + outside + "'", "ATTACH '" + dir.resolve("other.duckdb") + "' AS o", "SET enable_external_access = true",
                    "SELECT * FROM read_csv('/etc/passwd')", "CREATE TABLE main.x AS SELECT 1")) {
                // A failed statement closes its JDBC Statement: one each.
                try (Statement st = s.connection().createStatement()) {
                    assertThrows(SQLException.class, () -> st.execute(sql), sql);
                }
            }
            try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery("SELECT count(*) FROM documents")) {
                r.next();
                assertEquals(1, r.getLong(1));
            }
        }
        assertTrue(Files.notExists(outside));
        assertTrue(Files.notExists(dir.resolve("other.duckdb")));
    }
}
