package org.herald.actors.memory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two JVMs merging into one memory file at once, while this one reads it: nothing is lost, no read sees a torn file. */
class TwoProcessMergeTest {
    private static final int EACH = 120;

    @Test void two_processes_merge_into_one_file_and_lose_nothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("actors/registry.tsv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        List<Process> workers = new ArrayList<>();
        for (String prefix : List.of("Alpha", "Beta"))
            workers.add(new ProcessBuilder(java, "-cp", classpath, MergeWorker.class.getName(), file.toString(), prefix, String.valueOf(EACH))
                    .redirectErrorStream(true).redirectOutput(dir.resolve(prefix + ".log").toFile()).start());

        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> torn = new AtomicReference<>();
        AtomicInteger reads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            TsvActorMemory m = TsvActorMemory.at(file);
            while (!done.get()) {
                try {
                    int n = m.entries().size();
                    if (n > 2 * EACH) throw new AssertionError("more rows than were merged: " + n);
                    reads.incrementAndGet();
                } catch (Throwable t) {
                    torn.compareAndSet(null, t);
                }
            }
        });
        reader.start();
        for (Process p : workers) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "a worker did not finish");
            assertEquals(0, p.exitValue(), () -> Files.exists(dir.resolve("Alpha.log")) ? readLogs(dir) : "");
        }
        done.set(true);
        reader.join();

        assertNull(torn.get(), () -> "a read failed while the workers wrote: " + torn.get());
        assertTrue(reads.get() > 0);
        List<TsvActorMemory.Entry> rows = TsvActorMemory.at(file).entries();
        assertEquals(2 * EACH, rows.size(), "every official of both workers is there");
        for (String prefix : List.of("Alpha", "Beta"))
            for (int i = 0; i < EACH; i++) {
                String name = prefix + " Official" + i;
                assertTrue(rows.stream().anyMatch(r -> r.official().name().equals(name)), name + " lost");
            }
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of("registry.tsv", "registry.tsv.lock"), files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no temporary file is left behind");
        }
    }

    private static String readLogs(Path dir) {
        StringBuilder b = new StringBuilder();
        for (String p : List.of("Alpha", "Beta")) {
            try {
                b.append(p).append(": ").append(Files.readString(dir.resolve(p + ".log"))).append(File.separator);
            } catch (Exception e) {
                b.append(e);
            }
        }
        return b.toString();
    }
}
