package org.herald.cli;

import org.herald.events.dating.Reference;
import org.herald.io.tables.AnalysisRows;
import org.herald.io.tables.Provenance;
import org.herald.knowledge.KnowledgeSource;
import org.herald.store.Store;
import org.herald.store.StoreWriter;
import org.herald.store.Synthetic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code herald query} reads and cannot write; the reading commands answer from the store. */
class QueryCommandTest {
    @TempDir Path dir;
    Path store;

    @BeforeEach void fill() {
        store = dir.resolve("h.duckdb");
        Synthetic gen = new Synthetic(3, LocalDate.parse("2024-03-01"), 20);
        try (Store s = Store.openForWriting(store); StoreWriter w = s.writer(AnalysisRows.load(KnowledgeSource.shipped()))) {
            for (int i = 0; i < 30; i++) w.put(gen.next(i, 4), new Provenance("h" + i, "page", Instant.now(), Reference.NONE));
        }
    }

    private CliRun query(String sql, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("query", "--store", store.toString()));
        args.addAll(List.of(more));
        args.add(sql);
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test void a_select_answers_in_table_csv_and_json() {
        CliRun csv = query("SELECT count(*) AS docs FROM documents", "--format", "csv");
        assertEquals(0, csv.exit(), csv.err());
        assertEquals("docs\n30", csv.out().strip());
        CliRun json = query("SELECT doc_id, body_chars FROM documents ORDER BY doc_id LIMIT 1", "--format", "json");
        assertTrue(json.out().startsWith("{\"doc_id\":\"syn-0\",\"body_chars\":"), json.out());
        assertEquals(0, query("DESCRIBE events").exit());
    }

    @Test void sql_that_writes_copies_out_or_attaches_is_refused_and_changes_nothing() throws Exception {
        Path outside = dir.resolve("out.csv");
        for (String sql : List.of("INSERT INTO documents (doc_id) VALUES ('x')", "DROP TABLE events", "DELETE FROM events",
                "COPY events TO '" + outside + "'", "ATTACH '" + dir.resolve("x.duckdb") + "' AS x", "SELECT 1; DROP TABLE events",
                "UPDATE documents SET title = 'x'", "CREATE TABLE t AS SELECT 1", "SET enable_external_access = true", "INSTALL httpfs",
                "EXPORT DATABASE '" + dir.resolve("dump") + "'", "SELECT * FROM read_csv('/etc/passwd')")) {
            CliRun r = query(sql);
            assertEquals(ExitCodes.USAGE, r.exit(), sql + " ran: " + r.out());
            assertTrue(r.err().startsWith("herald: "), r.err());
        }
        assertTrue(Files.notExists(outside) && Files.notExists(dir.resolve("x.duckdb")) && Files.notExists(dir.resolve("dump")));
        assertEquals("n\n30", query("SELECT count(*) AS n FROM documents", "--format", "csv").out().strip());
    }

    @Test void the_reading_commands_answer_from_the_store() {
        CliRun events = CliRun.of("events", "--store", store.toString(), "--format", "csv", "--limit", "5");
        assertEquals(0, events.exit(), events.err());
        assertEquals(6, events.out().strip().split("\n").length, "a header and five events");
        CliRun dyads = CliRun.of("dyads", "--store", store.toString(), "--by", "month", "--format", "csv", "--limit", "1000");
        long total = dyads.out().strip().lines().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[3])).sum();
        CliRun count = query("SELECT count(*) FROM events WHERE source_code IS NOT NULL AND target_code IS NOT NULL AND day IS NOT NULL", "--format", "csv");
        assertEquals(count.out().strip().split("\n")[1], Long.toString(total), "every dyad event counted once");
        CliRun who = CliRun.of("who-said", "--store", store.toString(), "--format", "json", "--limit", "3");
        assertEquals(3, who.out().strip().split("\n").length, who.err());
        CliRun beliefs = CliRun.of("who-said", "--store", store.toString(), "--format", "csv", "--mode", "belief", "--limit", "1000");
        assertEquals(0, beliefs.exit(), beliefs.err());
        List<String> lines = beliefs.out().strip().lines().skip(1).toList();
        assertTrue(!lines.isEmpty(), beliefs.out());
        for (String l : lines) assertEquals("belief", l.split(",")[4], l);
        CliRun rumour = CliRun.of("who-said", "--store", store.toString(), "--mode", "rumour");
        assertEquals(ExitCodes.USAGE, rumour.exit());
        assertTrue(rumour.err().contains("speech, belief, intention, evidence"), rumour.err());
        CliRun search = CliRun.of("search", "--store", store.toString(), "--format", "csv", "talks | ceasefire");
        assertEquals(0, search.exit(), search.err());
        CliRun bad = CliRun.of("events", "--store", store.toString(), "--source", "U;DROP");
        assertEquals(ExitCodes.USAGE, bad.exit());
        assertTrue(bad.err().contains("CAMEO letters"), bad.err());
        CliRun missing = CliRun.of("events", "--store", dir.resolve("none.duckdb").toString());
        assertEquals(ExitCodes.USAGE, missing.exit());
        assertTrue(missing.err().contains("no store at"), missing.err());
    }
}
