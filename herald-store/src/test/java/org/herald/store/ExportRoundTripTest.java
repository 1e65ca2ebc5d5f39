package org.herald.store;

import org.herald.events.Event;
import org.herald.events.dating.Reference;
import org.herald.io.tables.AnalysisRows;
import org.herald.io.tables.EventScores;
import org.herald.io.tables.Provenance;
import org.herald.io.tables.Table;
import org.herald.io.tables.Tables;
import org.herald.knowledge.KnowledgeSource;
import org.herald.pipeline.Analysis;
import org.herald.store.export.ActorCodes;
import org.herald.store.export.GdeltExport;
import org.herald.store.export.IcewsExport;
import org.herald.store.export.PhoenixExport;
import org.herald.store.export.TableExport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every export read back equals what the store holds: GDELT, Phoenix and ICEWS by column position, Parquet by DuckDB, JSONL by ingesting it again. */
class ExportRoundTripTest {
    static final KnowledgeSource K = KnowledgeSource.shipped();
    static final ActorCodes CODES = ActorCodes.load(K);
    @TempDir Path dir;
    Path file;

    /** A store of generated articles, one undated with an uncoded party, one with a tab and a newline in a name. */
    @BeforeEach void fill() {
        file = dir.resolve("h.duckdb");
        Synthetic gen = new Synthetic(7, LocalDate.parse("2023-12-20"), 40);
        try (Store s = Store.openForWriting(file); StoreWriter w = s.writer(AnalysisRows.load(K))) {
            for (int i = 0; i < 40; i++) w.put(gen.next(i, 1 + i % 5), new Provenance("h" + i, "page", Instant.parse("2024-02-01T08:00:00Z").plusSeconds(i), Reference.NONE));
            Analysis odd = gen.next(99, 2);
            Event e = odd.events().get(0);
            Event uncoded = new Event(e.id(), e.cameo(), e.root(), e.plover(), e.mode(), new Event.Party(null, "the\trebels\nof the north", null), null,
                    e.sentence(), e.evidence(), null, e.confidence(), e.rule());
            Analysis undated = new Analysis("undated", "local/file.txt", new org.herald.extract.Article(null, List.of(), null, "en", odd.article().body(), "text"),
                    odd.actors(), odd.quotes(), List.of(uncoded, odd.events().get(1)), List.of(), List.of(), List.of());
            w.put(undated, new Provenance("u", "page", Instant.parse("2024-02-02T08:00:00Z"), Reference.NONE));
            w.commit();
        }
    }

    private static List<String[]> tsv(Path p) throws Exception {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(p)) out.add(line.split("\t", -1));
        return out;
    }

    private static String s(Object o) { return o == null ? "" : o.toString(); }

    @Test void gdelt_events_and_mentions_read_back_by_column_position() throws Exception {
        Path out = dir.resolve("gdelt");
        try (Store s = Store.openForReading(file)) {
            long[] n = GdeltExport.write(s.connection(), CODES, out);
            List<String[]> events = tsv(out.resolve(GdeltExport.EVENTS_FILE));
            assertEquals(n[0], events.size());
            Map<String, String[]> byId = new HashMap<>();
            for (String[] r : events) {
                assertEquals(61, r.length, "61 fields");
                byId.put(r[0], r);
            }
            try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery("SELECT event_id, day, source_code, source_name, target_code, cameo, "
                    + "base_code, root_code, quad_class, goldstein, mention_count, source_count, document_count, is_root_event, first_url, first_seen FROM events")) {
                int seen = 0;
                while (r.next()) {
                    String[] g = byId.get(Long.toString(r.getLong(1)));
                    LocalDate day = r.getObject(2, LocalDate.class);
                    assertEquals(day == null ? "" : day.format(DateTimeFormatter.BASIC_ISO_DATE), g[1]);
                    assertEquals(s(r.getString(3)), g[5]);
                    assertEquals(r.getString(4) == null ? "" : r.getString(4).toUpperCase(Locale.ROOT).replace('\t', ' ').replace('\n', ' '), g[6]);
                    assertFalse(g[6].contains("\t") || g[6].contains("\n"));
                    assertEquals(s(r.getString(5)), g[15]);
                    assertEquals(r.getString(6), g[26]);
                    assertEquals(r.getString(7), g[27]);
                    assertEquals(r.getString(8), g[28]);
                    assertEquals(r.getInt(9), Integer.parseInt(g[29]));
                    assertEquals(r.getDouble(10), Double.parseDouble(g[30]), 1e-9);
                    assertEquals(r.getInt(11), Integer.parseInt(g[31]));
                    assertEquals(r.getInt(12), Integer.parseInt(g[32]));
                    assertEquals(r.getInt(13), Integer.parseInt(g[33]));
                    assertEquals(r.getBoolean(14) ? "1" : "0", g[25]);
                    assertEquals("", g[34], "no tone");
                    assertEquals("0", g[35], "no geography");
                    assertEquals(r.getObject(16, LocalDateTime.class).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")), g[59]);
                    assertEquals(r.getString(15), g[60]);
                    if (!g[5].isEmpty() && g[5].length() == 6) assertEquals(g[5].substring(3), g[12], "Type1Code from the code");
                    seen++;
                }
                assertEquals(events.size(), seen);
            }
            List<String[]> mentions = tsv(out.resolve(GdeltExport.MENTIONS_FILE));
            assertEquals(n[1], mentions.size());
            for (String[] m : mentions) {
                assertEquals(16, m.length);
                assertTrue(byId.containsKey(m[0]), "every mention names an exported event");
            }
            try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery("SELECT count(*), sum(sentence + 1) FROM event_mentions")) {
                r.next();
                assertEquals(r.getLong(1), mentions.size());
                assertEquals(r.getLong(2), mentions.stream().mapToLong(m -> Long.parseLong(m[6])).sum(), "SentenceID is 1-based");
            }
        }
    }

    @Test void phoenix_and_icews_read_back_by_column_position() throws Exception {
        try (Store s = Store.openForReading(file)) {
            Path ph = dir.resolve("phoenix.tsv"), ic = dir.resolve("icews.tab");
            PhoenixExport.write(s.connection(), CODES, ph);
            IcewsExport.write(s.connection(), CODES, EventScores.load(K), ic);
            Map<String, String[]> phoenix = new HashMap<>();
            for (String[] r : tsv(ph)) {
                assertEquals(26, r.length);
                phoenix.put(r[0], r);
            }
            try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(
                    "SELECT event_id, day, source_code, target_code, cameo, phoenix_quad, goldstein, mention_count FROM events")) {
                while (r.next()) {
                    String[] p = phoenix.get(Long.toString(r.getLong(1)));
                    LocalDate day = r.getObject(2, LocalDate.class);
                    assertEquals(day == null ? "" : day.format(DateTimeFormatter.BASIC_ISO_DATE), p[1]);
                    assertEquals(s(r.getString(3)), p[5]);
                    assertEquals(s(r.getString(4)), p[9]);
                    assertEquals(r.getString(5), p[13]);
                    assertEquals(r.getInt(6), Integer.parseInt(p[15]), "the Phoenix quad class");
                    assertEquals(r.getDouble(7), Double.parseDouble(p[16]), 1e-9);
                    assertEquals(r.getInt(8), p[23].split(";").length, "every report's sentence id");
                }
            }
            List<String[]> icews = tsv(ic);
            assertEquals(IcewsExport.HEADER, List.of(icews.get(0)));
            Map<String, String[]> byId = new HashMap<>();
            for (String[] r : icews.subList(1, icews.size())) byId.put(r[0], r);
            try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(
                    "SELECT doc_id, mention_id, day, cameo, goldstein, sentence, target_code FROM event_mentions")) {
                int n = 0;
                while (r.next()) {
                    String[] x = byId.get(Long.toString(IcewsExport.eventId(r.getString(1), r.getString(2))));
                    LocalDate day = r.getObject(3, LocalDate.class);
                    assertEquals(day == null ? "NA" : day.toString(), x[1]);
                    assertEquals(r.getString(4), x[6]);
                    assertEquals(r.getDouble(5), Double.parseDouble(x[7]), 1e-9);
                    assertEquals(r.getInt(6) + 1, Integer.parseInt(x[12]));
                    assertEquals(Long.toString(IcewsExport.storyId(r.getString(1))), x[11]);
                    String country = CODES.countryName(CODES.parse(r.getString(7)).country());
                    assertEquals(country == null ? "NA" : country, x[10]);
                    n++;
                }
                assertEquals(icews.size() - 1, n);
            }
        }
    }

    @Test void parquet_of_every_table_equals_the_store_and_loads_into_a_new_one() throws Exception {
        Path out = dir.resolve("parquet");
        try (Store s = Store.openForReading(file)) {
            TableExport.parquet(s.connection(), out);
            try (Statement st = s.connection().createStatement()) {
                for (Table t : Tables.ALL) {
                    String p = out.resolve(t.name() + ".parquet").toString();
                    for (String sql : List.of("SELECT count(*) FROM (SELECT * FROM read_parquet('" + p + "') EXCEPT ALL SELECT " + t.columnList() + " FROM " + t.name() + ")",
                            "SELECT count(*) FROM (SELECT " + t.columnList() + " FROM " + t.name() + " EXCEPT ALL SELECT * FROM read_parquet('" + p + "'))")) {
                        try (ResultSet r = st.executeQuery(sql)) {
                            r.next();
                            assertEquals(0, r.getLong(1), t.name() + ": " + sql);
                        }
                    }
                }
            }
        }
        // What Spark or an export wrote loads into another store with the same rows.
        Path other = dir.resolve("other.duckdb");
        try (Store s = Store.openForWriting(other); StoreWriter w = s.writer(AnalysisRows.load(K))) {
            IngestRun run = new IngestRun(s, w, "test", Reference.NONE, IngestRun.Listener.NONE);
            run.analyses(out);
            IngestRun.Summary sum = run.finish();
            assertEquals(41, sum.added());
        }
        assertSameTables(file, other, List.of());
        try (Store s = Store.openForWriting(other); StoreWriter w = s.writer(AnalysisRows.load(K))) {
            IngestRun again = new IngestRun(s, w, "test", Reference.NONE, IngestRun.Listener.NONE);
            again.analyses(out);
            assertEquals(41, again.finish().unchanged(), "loaded twice: unchanged");
        }
    }

    @Test void a_parquet_set_written_before_quotes_had_a_mode_loads_with_null_modes() throws Exception {
        Path out = dir.resolve("old-parquet");
        try (Store s = Store.openForReading(file); Statement st = s.connection().createStatement()) {
            TableExport.parquet(s.connection(), out);
            Path quotes = out.resolve("quotes.parquet"), older = out.resolve("quotes-older.parquet");
            st.execute("COPY (SELECT * EXCLUDE (mode) FROM read_parquet('" + quotes + "')) TO '" + older + "' (FORMAT parquet)");
            Files.move(older, quotes, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path other = dir.resolve("older.duckdb");
        try (Store s = Store.openForWriting(other); StoreWriter w = s.writer(AnalysisRows.load(K))) {
            IngestRun run = new IngestRun(s, w, "test", Reference.NONE, IngestRun.Listener.NONE);
            run.analyses(out);
            assertEquals(41, run.finish().added());
        }
        assertSameTables(file, other, List.of("mode"));
        try (Store s = Store.openForReading(other); Statement st = s.connection().createStatement();
             ResultSet r = st.executeQuery("SELECT count(*), count(mode) FROM quotes")) {
            r.next();
            assertTrue(r.getLong(1) > 0);
            assertEquals(0, r.getLong(2), "a set without the column gives no mode");
        }
    }

    @Test void a_parquet_set_written_before_schema_5_loads_with_null_captures_country_provenance_and_repairs() throws Exception {
        Path out = dir.resolve("v4-parquet");
        Map<String, String> dropped = Map.of("documents", "captured", "actors", "country_from", "event_mentions", "repairs");
        try (Store s = Store.openForReading(file); Statement st = s.connection().createStatement()) {
            TableExport.parquet(s.connection(), out);
            for (var e : dropped.entrySet()) {
                Path p = out.resolve(e.getKey() + ".parquet"), older = out.resolve(e.getKey() + "-older.parquet");
                st.execute("COPY (SELECT * EXCLUDE (" + e.getValue() + ") FROM read_parquet('" + p + "')) TO '" + older + "' (FORMAT parquet)");
                Files.move(older, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path other = dir.resolve("v4.duckdb");
        try (Store s = Store.openForWriting(other); StoreWriter w = s.writer(AnalysisRows.load(K))) {
            IngestRun run = new IngestRun(s, w, "test", Reference.NONE, IngestRun.Listener.NONE);
            run.analyses(out);
            assertEquals(41, run.finish().added());
        }
        assertSameTables(file, other, List.copyOf(dropped.values()));
        try (Store s = Store.openForReading(other); Statement st = s.connection().createStatement()) {
            for (var e : dropped.entrySet()) {
                try (ResultSet r = st.executeQuery("SELECT count(*), count(" + e.getValue() + ") FROM " + e.getKey())) {
                    r.next();
                    assertTrue(r.getLong(1) > 0);
                    assertEquals(0, r.getLong(2), e.getKey() + "." + e.getValue() + ": a set without the column gives nulls");
                }
            }
        }
    }

    @Test void captures_country_provenance_and_repairs_are_stored_as_the_analyses_give_them() throws Exception {
        Synthetic gen = new Synthetic(7, LocalDate.parse("2023-12-20"), 40);
        Map<String, String> captured = new HashMap<>(), countryFrom = new HashMap<>();
        Map<String, List<String>> repairs = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            Analysis a = gen.next(i, 1 + i % 5);
            captured.put(a.id(), a.article().captured());
            for (var x : a.actors()) countryFrom.put(a.id() + "/" + x.id(), x.countryFrom());
            for (Event e : a.events()) repairs.put(a.id() + "/" + e.id(), e.repairs());
        }
        assertTrue(captured.values().stream().anyMatch(java.util.Objects::nonNull) && countryFrom.values().stream().anyMatch(java.util.Objects::nonNull)
                && repairs.values().stream().anyMatch(r -> !r.isEmpty()) && repairs.values().stream().anyMatch(List::isEmpty), "the generated set has each kind");
        try (Store s = Store.openForReading(file); Statement st = s.connection().createStatement()) {
            try (ResultSet r = st.executeQuery("SELECT doc_id, captured FROM documents WHERE doc_id <> 'undated'")) {
                int n = 0;
                for (; r.next(); n++) assertEquals(captured.get(r.getString(1)), r.getString(2), r.getString(1));
                assertEquals(40, n);
            }
            try (ResultSet r = st.executeQuery("SELECT doc_id || '/' || actor_id, country_from FROM actors WHERE doc_id <> 'undated'")) {
                while (r.next()) assertEquals(countryFrom.get(r.getString(1)), r.getString(2), r.getString(1));
            }
            try (ResultSet r = st.executeQuery("SELECT doc_id || '/' || mention_id, repairs FROM event_mentions WHERE doc_id <> 'undated'")) {
                while (r.next()) assertEquals(repairs.get(r.getString(1)), List.of((Object[]) r.getArray(2).getArray()), r.getString(1));
            }
        }
    }

    @Test void jsonl_of_the_analyses_loads_into_a_new_store_with_the_same_rows() throws Exception {
        Path out = dir.resolve("all.jsonl");
        try (Store s = Store.openForReading(file)) {
            assertEquals(41, TableExport.jsonl(s.connection(), out));
        }
        Path other = dir.resolve("other.duckdb");
        try (Store s = Store.openForWriting(other); StoreWriter w = s.writer(AnalysisRows.load(K))) {
            IngestRun run = new IngestRun(s, w, "test", Reference.NONE, IngestRun.Listener.NONE);
            run.analyses(out);
            assertEquals(41, run.finish().added());
        }
        // The JSONL carries the analyses, not the store's bookkeeping: hashes and ingest times differ, nothing else.
        assertSameTables(file, other, List.of("content_hash", "hash_of", "ingested_at", "first_seen", "last_seen"));
    }

    static void assertSameTables(Path a, Path b, List<String> except) throws Exception {
        try (Store sa = Store.openForReading(a); Statement st = sa.connection().createStatement()) {
            st.execute("ATTACH '" + b + "' AS other (READ_ONLY)");
            for (Table t : Tables.ALL) {
                String cols = String.join(", ", t.columns().stream().map(c -> c.name()).filter(c -> !except.contains(c)).toList());
                for (String sql : List.of("SELECT count(*) FROM (SELECT " + cols + " FROM " + t.name() + " EXCEPT ALL SELECT " + cols + " FROM other." + t.name() + ")",
                        "SELECT count(*) FROM (SELECT " + cols + " FROM other." + t.name() + " EXCEPT ALL SELECT " + cols + " FROM " + t.name() + ")")) {
                    try (ResultSet r = st.executeQuery(sql)) {
                        r.next();
                        assertEquals(0, r.getLong(1), t.name());
                    }
                }
            }
            st.execute("DETACH other");
        }
    }

}
