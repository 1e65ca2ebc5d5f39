package org.herald.cli;

import org.herald.io.AnalysisJson;
import org.herald.store.Synthetic;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A full disk and a read-only location, made real: each case runs Herald in a private mount namespace
 * ({@code unshare -m}, as root) on a tiny tmpfs, which vanishes with it. Where mount namespaces are not allowed the
 * test is skipped with a message.
 */
class StoreLimitsIT {
    @TempDir Path dir;
    Path big, small;

    @BeforeEach void analyses() throws Exception {
        Synthetic gen = new Synthetic(5, LocalDate.parse("2024-01-01"), 100);
        big = dir.resolve("big.jsonl");
        small = dir.resolve("small.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(big); BufferedWriter s = Files.newBufferedWriter(small)) {
            for (int i = 0; i < 6000; i++) {
                String line = AnalysisJson.line(gen.next(i, 1 + i % 7)) + "\n";
                w.write(line);
                if (i < 50) s.write(line);
            }
        }
    }

    /** Runs {@code script} (bash, in its own mount namespace); skips the test when the namespace or the mount is refused. */
    private void inNamespace(String script) throws Exception {
        Path sh = Files.writeString(dir.resolve("run.sh"), "set -u\nmkdir -p \"$D\"\nmount -t tmpfs -o size=4m tmpfs \"$D\" || exit 77\n" + script);
        ProcessBuilder pb = new ProcessBuilder("unshare", "-m", "bash", sh.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile());
        pb.environment().put("D", dir.resolve("mnt").toString());
        Process p;
        try {
            p = pb.start();
        } catch (java.io.IOException e) {
            Assumptions.abort("skipped: no unshare here (" + e.getMessage() + ")");
            return;
        }
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the script ended");
        Assumptions.assumeTrue(p.exitValue() != 77 && !Files.readString(dir.resolve("run.log")).contains("unshare failed"),
                "skipped: mount namespaces or tmpfs mounts are not allowed here: " + Files.readString(dir.resolve("run.log")));
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("run.log")));
    }

    private String herald(String name, String... args) {
        return ChildHerald.quoted(ChildHerald.command(args)) + "> " + dir.resolve(name + ".out") + " 2> " + dir.resolve(name + ".err")
                + "; echo $? > " + dir.resolve(name + ".rc") + "\n";
    }

    private String read(String name, String ext) throws Exception { return Files.readString(dir.resolve(name + "." + ext)).strip(); }

    @Test void a_full_disk_stops_the_ingest_with_a_clear_error_and_no_partial_document() throws Exception {
        String store = dir.resolve("mnt/h.duckdb").toString();
        inNamespace(herald("full", "ingest", "--analyses", "--progress", "none", "--store", store, big.toString())
                + herald("check", "query", "--store", store, "--format", "csv", "SELECT (SELECT count(*) FROM documents) AS docs, "
                + "(SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM event_mentions m WHERE m.doc_id = d.doc_id) "
                + "<> 1 + CAST(substr(d.doc_id, 5) AS INTEGER) % 7) AS partial, "
                + "(SELECT count(*) FROM events) - (SELECT count(DISTINCT event_id) FROM event_mentions) AS stray"));
        assertEquals("2", read("full", "rc"), read("full", "err"));
        assertTrue(read("full", "err").contains("disk is full") || read("full", "err").contains("No space left"), read("full", "err"));
        assertEquals("0", read("check", "rc"), "the store opens after the failure: " + read("check", "err"));
        String[] row = read("check", "out").split("\n")[1].split(",");
        assertTrue(Long.parseLong(row[0]) < 6000, "the disk filled before the end");
        assertEquals("0", row[1], "every stored document is whole");
        assertEquals("0", row[2], "no event without its reports");
    }

    @Test void a_read_only_location_refuses_writing_clearly_and_still_answers_queries() throws Exception {
        String store = dir.resolve("mnt/h.duckdb").toString();
        inNamespace(herald("first", "ingest", "--analyses", "--progress", "none", "--store", store, small.toString())
                + "mount -o remount,ro \"$D\"\n"
                + herald("again", "ingest", "--analyses", "--progress", "none", "--store", store, small.toString())
                + herald("read", "query", "--store", store, "--format", "csv", "SELECT count(*) AS docs FROM documents")
                + herald("search", "search", "--store", store, "--format", "csv", "talks"));
        assertEquals("0", read("first", "rc"), read("first", "err"));
        assertEquals("2", read("again", "rc"));
        assertTrue(read("again", "err").contains(store) && (read("again", "err").contains("cannot be written") || read("again", "err").contains("Read-only")),
                read("again", "err"));
        assertEquals("0", read("read", "rc"), read("read", "err"));
        assertEquals(List.of("docs", "50"), List.of(read("read", "out").split("\n")));
        assertEquals("0", read("search", "rc"), read("search", "err"));
    }
}
