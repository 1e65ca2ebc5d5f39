package org.herald.store;

import org.herald.events.dating.Reference;
import org.herald.io.tables.AnalysisRows;
import org.herald.io.tables.Provenance;
import org.herald.knowledge.KnowledgeSource;
import org.herald.pipeline.Analysis;
import org.herald.store.query.DyadRow;
import org.herald.store.query.EventFilter;
import org.herald.store.query.Page;
import org.herald.store.query.Paging;
import org.herald.store.query.QuoteFilter;
import org.herald.store.search.SearchFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Storing analyses and reading them back through the query API. */
class StoreTest {
    static final AnalysisRows ROWS = AnalysisRows.load(KnowledgeSource.shipped());
    @TempDir Path dir;

    static Provenance prov(String hash) { return new Provenance(hash, "page", Instant.parse("2024-11-01T10:00:00Z"), Reference.NONE); }

    static long count(Store s, String sql) throws Exception {
        try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test void analyses_are_stored_once_and_read_back() throws Exception {
        Synthetic gen = new Synthetic(1, LocalDate.parse("2024-01-01"), 30);
        List<Analysis> docs = List.of(gen.next(1, 5), gen.next(2, 7), gen.next(3, 4));
        Path file = dir.resolve("h.duckdb");
        try (Store s = Store.openForWriting(file); StoreWriter w = s.writer(ROWS)) {
            for (Analysis a : docs) assertEquals(StoreWriter.Outcome.NEW, w.put(a, prov("h" + a.id())));
            w.commit();
            assertEquals(StoreWriter.Outcome.UNCHANGED, w.put(docs.get(0), prov("h" + docs.get(0).id())));
            assertEquals(16, count(s, "SELECT count(*) FROM event_mentions"));
            assertEquals(count(s, "SELECT count(DISTINCT event_id) FROM event_mentions"), count(s, "SELECT count(*) FROM events"));
            assertEquals(docs.get(1), s.queries().document(docs.get(1).id()).orElseThrow().analysis());
        }
        try (Store s = Store.openForReading(file)) {
            Page<org.herald.store.query.EventRow> all = s.queries().events(EventFilter.ANY, Paging.first(5));
            assertEquals(count(s, "SELECT count(*) FROM events"), all.total());
            assertEquals(5, all.items().size());
            assertTrue(all.more());
            for (int i = 1; i < all.items().size(); i++) assertTrue(!all.items().get(i).day().isAfter(all.items().get(i - 1).day()), "newest first");
            assertTrue(all.items().get(0).evidence() != null);
            String src = all.items().get(0).sourceCode().substring(0, 3);
            assertTrue(s.queries().events(EventFilter.ANY.withSource(src), Paging.first(100)).items().stream().allMatch(e -> e.sourceCode().startsWith(src)));
            assertEquals(3, s.queries().quotes(QuoteFilter.ANY, Paging.first(10)).total());
            for (org.herald.quotes.Quote.Mode mode : org.herald.quotes.Quote.Mode.values()) {
                long want = docs.stream().flatMap(a -> a.quotes().stream()).filter(q -> q.mode() == mode).count();
                Page<org.herald.store.query.QuoteRow> got = s.queries().quotes(new QuoteFilter(null, null, null, null, mode), Paging.first(10));
                assertEquals(want, got.total(), mode.toString());
                assertTrue(got.items().stream().allMatch(q -> q.mode().equals(mode.toString())), mode.toString());
            }
            long dyadEvents = s.queries().dyads(DyadRow.Period.DAY, DyadRow.Level.CODE, EventFilter.ANY, Paging.first(1000)).items().stream().mapToLong(DyadRow::events).sum();
            assertEquals(count(s, "SELECT count(*) FROM events"), dyadEvents);
            assertTrue(s.queries().search("talks | sanctions | troops | aid", SearchFilter.NONE, Paging.first(10)).total() > 0);
        }
    }

    @Test void the_same_content_again_changes_nothing_and_an_edited_document_replaces_its_rows() throws Exception {
        Synthetic gen = new Synthetic(2, LocalDate.parse("2024-01-01"), 10);
        Analysis a = gen.next(1, 6), b = gen.next(2, 3);
        Path file = dir.resolve("h.duckdb");
        String[] tables = {"documents", "actors", "actor_mentions", "quotes", "events", "event_mentions", "claims"};
        long[] before = new long[tables.length];
        try (Store s = Store.openForWriting(file); StoreWriter w = s.writer(ROWS)) {
            w.put(a, prov("A"));
            w.put(b, prov("B"));
            w.commit();
            for (int i = 0; i < tables.length; i++) before[i] = count(s, "SELECT count(*) FROM " + tables[i]);
            assertEquals(StoreWriter.Outcome.UNCHANGED, w.put(a, prov("A")));
            w.commit();
            for (int i = 0; i < tables.length; i++) assertEquals(before[i], count(s, "SELECT count(*) FROM " + tables[i]), tables[i]);
            // An edited version of document 1: two events instead of six, under the same id.
            Analysis edited = new Analysis(a.id(), a.source(), a.article(), a.actors(), a.quotes(), a.events().subList(0, 2), a.claims(), a.errors(), a.learned());
            assertEquals(StoreWriter.Outcome.REPLACED, w.put(edited, prov("A2")));
            w.commit();
            assertEquals(2, count(s, "SELECT count(*) FROM documents"));
            assertEquals(2, count(s, "SELECT count(*) FROM event_mentions WHERE doc_id = '" + a.id() + "'"));
            assertEquals(count(s, "SELECT count(DISTINCT event_id) FROM event_mentions"), count(s, "SELECT count(*) FROM events"),
                    "the events only the old version reported are gone");
            assertEquals(count(s, "SELECT count(*) FROM event_mentions"), count(s, "SELECT sum(mention_count) FROM events"));
            assertEquals("A2", s.queries().document(a.id()).orElseThrow().contentHash());
        }
    }

    @Test void one_event_reported_by_two_articles_is_one_row_with_two_reports() throws Exception {
        Synthetic gen = new Synthetic(3, LocalDate.parse("2024-01-01"), 1);
        Analysis a = gen.next(1, 1);
        Analysis copy = new Analysis("other", "https://another.example/x", a.article(), a.actors(), a.quotes(), a.events(), a.claims(), a.errors(), a.learned());
        try (Store s = Store.openForWriting(dir.resolve("h.duckdb")); StoreWriter w = s.writer(ROWS)) {
            w.put(a, prov("A"));
            w.commit();
            w.put(copy, new Provenance("C", "page", Instant.parse("2024-11-02T10:00:00Z"), Reference.NONE));
            w.commit();
            assertEquals(1, count(s, "SELECT count(*) FROM events"));
            var e = s.queries().events(EventFilter.ANY, Paging.first(1)).items().get(0);
            assertEquals(2, e.mentions());
            assertEquals(2, e.documents());
            assertEquals(2, e.sources());
            assertEquals(a.id(), e.firstDocId(), "the first report is the one stored first");
        }
    }

    @Test void events_rolled_up_in_sql_equal_the_rollup_of_their_reports() throws Exception {
        Synthetic gen = new Synthetic(4, LocalDate.parse("2024-01-01"), 2);
        List<Analysis> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) docs.add(gen.next(i, 6));
        try (Store s = Store.openForWriting(dir.resolve("h.duckdb")); StoreWriter w = s.writer(ROWS)) {
            for (Analysis a : docs) w.put(a, prov("h" + a.id()));
            w.commit();
            // The same events again from other outlets (held events gain reports), and one document edited (it loses some).
            for (int i = 0; i < 3; i++) {
                Analysis a = docs.get(i);
                w.put(new Analysis(a.id() + "-copy", "https://outlet" + i + ".example/x", a.article(), a.actors(), a.quotes(), a.events(), a.claims(),
                        a.errors(), a.learned()), new Provenance("c" + i, "page", Instant.parse("2024-11-0" + (i + 2) + "T10:00:00Z"), Reference.NONE));
            }
            Analysis e = docs.get(4);
            w.put(new Analysis(e.id(), e.source(), e.article(), e.actors(), e.quotes(), e.events().subList(0, 2), e.claims(), e.errors(), e.learned()), prov("edited"));
            w.commit();
            assertTrue(count(s, "SELECT count(*) FROM events WHERE mention_count > 1") > 3, "events with several reports");
            java.util.Map<Long, List<org.herald.io.tables.EventRollup.Report>> reports = new java.util.HashMap<>();
            org.herald.io.tables.Table M = org.herald.io.tables.Tables.EVENT_MENTIONS, E = org.herald.io.tables.Tables.EVENTS;
            try (Statement st = s.connection().createStatement();
                 ResultSet r = st.executeQuery("SELECT " + M.columnList().replaceAll("(^|, )", "$1m.") + ", d.outlet, d.url, d.source, d.ingested_at "
                         + "FROM event_mentions m JOIN documents d ON d.doc_id = m.doc_id")) {
                int n = M.columns().size();
                while (r.next()) {
                    Object[] m = Rows.read(r, M, 1);
                    reports.computeIfAbsent(M.<Long>get(m, "event_id"), k -> new java.util.ArrayList<>()).add(new org.herald.io.tables.EventRollup.Report(m,
                            r.getString(n + 1), r.getString(n + 2), r.getString(n + 3), r.getObject(n + 4, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC)));
                }
            }
            int compared = 0;
            try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery("SELECT " + E.columnList() + " FROM events")) {
                while (r.next()) {
                    Object[] got = Rows.read(r, E, 1);
                    List<org.herald.io.tables.EventRollup.Report> rs = reports.remove(E.<Long>get(got, "event_id"));
                    assertTrue(rs != null, "an event without reports");
                    assertEquals(java.util.Arrays.asList(org.herald.io.tables.EventRollup.of(rs)), java.util.Arrays.asList(got));
                    compared++;
                }
            }
            assertTrue(reports.isEmpty(), "every reported event has its row");
            assertEquals(count(s, "SELECT count(DISTINCT event_id) FROM event_mentions"), compared);
        }
    }
}
