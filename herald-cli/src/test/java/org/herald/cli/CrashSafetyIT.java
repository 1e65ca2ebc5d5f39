package org.herald.cli;

import org.herald.io.AnalysisJson;
import org.herald.store.Store;
import org.herald.store.Synthetic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kill -9} of a real {@code herald ingest} at random points, several times, then a run to the end: the store
 * opens, every document is stored exactly once and whole, no document stored before a restart is analysed again, and
 * the summary says what was resumed.
 */
class CrashSafetyIT {
    private static final String[] COUNTRIES = {"Chile", "Peru", "Kenya", "Norway", "Japan", "Egypt", "Brazil", "Canada", "Poland", "Ghana",
            "Spain", "India", "Italy", "Nepal", "Mali", "Chad", "Cuba", "Iraq", "Laos", "Oman"};
    @TempDir Path dir;

    private static Set<String> storedIds(Path store) throws Exception {
        if (!Files.exists(store)) return Set.of();
        Set<String> ids = new HashSet<>();
        try (Store s = Store.openForReading(store); Statement st = s.connection().createStatement();
             ResultSet r = st.executeQuery("SELECT doc_id FROM documents")) {
            while (r.next()) ids.add(r.getString(1));
        }
        return ids;
    }

    private static long scalar(Path store, String sql) throws Exception {
        try (Store s = Store.openForReading(store); Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Ids the run's verbose lines report with this outcome ("new chile", "unchanged peru"). */
    private static Set<String> reported(Path err, String outcome) throws Exception {
        return Files.readAllLines(err).stream().filter(l -> l.startsWith(outcome + " ")).map(l -> l.substring(outcome.length() + 1).strip())
                .collect(Collectors.toSet());
    }

    /** Starts an ingest and kills it with SIGKILL {@code millis} after it reported its first analysed document. */
    private static boolean killAfter(long millis, Path err, String... args) throws Exception {
        Process p = ChildHerald.start(err.resolveSibling(err.getFileName() + ".out"), err, args);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (p.isAlive() && reported(err, "new").isEmpty() && reported(err, "unchanged").size() < COUNTRIES.length && System.nanoTime() < deadline)
            Thread.sleep(20);
        Thread.sleep(millis);
        boolean alive = p.isAlive();
        new ProcessBuilder("kill", "-9", Long.toString(p.pid())).start().waitFor();
        p.waitFor(30, TimeUnit.SECONDS);
        return alive;
    }

    @Test void an_ingest_killed_at_random_points_resumes_with_every_document_once() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < COUNTRIES.length; i++) {
            String a = COUNTRIES[i], b = COUNTRIES[(i + 5) % COUNTRIES.length];
            Files.writeString(in.resolve(a.toLowerCase() + ".txt"), a + " and " + b + " sign a trade pact\n\n"
                    + a + "'s foreign minister said on Monday that " + b + " had violated the border agreement. " + a
                    + " accused " + b + " of sending troops across the river. The two governments agreed to hold talks next week.\n");
        }
        Path store = dir.resolve("h.duckdb");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String[] args = {"ingest", "--verbose", "--threads", "1", "--progress", "none", "--store", store.toString(), in.toString()};
        boolean killed = false;
        for (int kill = 1; kill <= 3; kill++) {
            Set<String> before = storedIds(store);
            Path err = dir.resolve("run" + kill + ".err");
            killed = killAfter(500 + random.nextInt(7000), err, args);
            Set<String> analysed = reported(err, "new");
            for (String id : analysed) assertTrue(!before.contains(id), "seed " + seed + ": " + id + " was stored before run " + kill + " and analysed again");
            assertEquals(before, reported(err, "unchanged"), "seed " + seed + ": run " + kill + " skipped exactly what was stored");
            Set<String> after = storedIds(store);
            assertTrue(after.containsAll(before), "nothing stored is lost");
        }
        Set<String> before = storedIds(store);
        Path err = dir.resolve("final.err"), out = dir.resolve("final.out");
        assertEquals(0, ChildHerald.run(out, err, 300, args), Files.readString(err));
        if (killed) assertTrue(Files.readString(out).contains("Resumed: the run started"), Files.readString(out));
        assertTrue(reported(err, "new").stream().noneMatch(before::contains), "seed " + seed);
        assertEquals(COUNTRIES.length, storedIds(store).size());
        assertEquals(COUNTRIES.length, scalar(store, "SELECT count(*) FROM documents"), "no document stored twice");
        assertEquals(scalar(store, "SELECT count(*) FROM event_mentions"), scalar(store, "SELECT sum(mention_count) FROM events"));
        assertEquals(scalar(store, "SELECT count(DISTINCT event_id) FROM event_mentions"), scalar(store, "SELECT count(*) FROM events"));
        assertTrue(scalar(store, "SELECT count(*) FROM events") >= COUNTRIES.length, "events were coded");

        // The same folder again: nothing analysed, nothing changed.
        long events = scalar(store, "SELECT count(*) FROM events");
        assertEquals(0, ChildHerald.run(out, err, 300, args), Files.readString(err));
        assertTrue(Files.readString(out).contains("0 new, " + COUNTRIES.length + " unchanged, 0 replaced"), Files.readString(out));
        assertEquals(events, scalar(store, "SELECT count(*) FROM events"));
    }

    @Test void loading_analyses_killed_at_random_points_resumes_with_every_document_once_and_whole() throws Exception {
        Path jsonl = dir.resolve("analyses.jsonl");
        int docs = 8_000;
        Synthetic gen = new Synthetic(11, LocalDate.parse("2024-01-01"), 200);
        try (BufferedWriter w = Files.newBufferedWriter(jsonl)) {
            for (int i = 0; i < docs; i++) {
                w.write(AnalysisJson.line(gen.next(i, 1 + i % 7)));
                w.write('\n');
            }
        }
        Path store = dir.resolve("h.duckdb");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String[] args = {"ingest", "--analyses", "--progress", "none", "--store", store.toString(), jsonl.toString()};
        for (int kill = 1; kill <= 3; kill++) {
            Process p = ChildHerald.start(dir.resolve("a" + kill + ".out"), dir.resolve("a" + kill + ".err"), args);
            Thread.sleep(1500 + random.nextInt(3500));
            new ProcessBuilder("kill", "-9", Long.toString(p.pid())).start().waitFor();
            p.waitFor(30, TimeUnit.SECONDS);
            assertEquals(0, complete(store), "seed " + seed + ": after kill " + kill + " every stored document is whole");
        }
        Path out = dir.resolve("a.out"), err = dir.resolve("a.err");
        assertEquals(0, ChildHerald.run(out, err, 600, args), Files.readString(err));
        assertEquals(docs, scalar(store, "SELECT count(*) FROM documents"), "seed " + seed);
        assertEquals(docs, scalar(store, "SELECT count(DISTINCT doc_id) FROM documents"));
        assertEquals(0, complete(store));
        assertEquals(scalar(store, "SELECT count(*) FROM event_mentions"), scalar(store, "SELECT sum(mention_count) FROM events"));
        // The search index (written on its own thread, caught up from the queue after each kill) holds every document once.
        assertEquals(0, scalar(store, "SELECT count(*) FROM herald_index_queue"), "the queue is empty after a finished run");
        try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(Store.indexDir(store)))) {
            var searcher = new org.apache.lucene.search.IndexSearcher(reader);
            assertEquals(scalar(store, "SELECT count(*) FROM quotes"),
                    searcher.count(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("kind", "quote"))), "each quote indexed once");
            for (int i = 0; i < docs; i += 97)
                assertTrue(searcher.count(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("doc_id", "syn-" + i))) > 0, "syn-" + i + " indexed");
        }
    }

    /** Documents whose stored reports are not the 1 + n % 7 their analysis had (0 when every one is whole). */
    private static long complete(Path store) throws Exception {
        if (!Files.exists(store)) return 0;
        return scalar(store, "SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM event_mentions m WHERE m.doc_id = d.doc_id) "
                + "<> 1 + CAST(substr(d.doc_id, 5) AS INTEGER) % 7");
    }

}
