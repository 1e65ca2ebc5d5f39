package org.herald.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code herald bench} times each thread count it is given on the same pages and compares them. */
class BenchCommandIT {
    private static final Path SAMPLE = Path.of("src/main/resources/herald/samples/03-asean-fisheries-pact.txt");

    @Test void times_each_thread_count_and_prints_the_scaling() {
        CliRun run = CliRun.of("bench", "--threads", "1,2", "--docs", "3", "--warmup", "0", SAMPLE.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("\n1 thread\n") && run.out().contains("\n2 threads\n"), run.out());
        for (String stage : new String[] {"extract", "nlp.depparse", "nlp.enhance", "actors", "quotes", "events", "claims"})
            assertTrue(run.out().contains("\n" + stage + " "), stage + " is timed:\n" + run.out());
        Matcher base = Pattern.compile("scaling: 1 thread +([\\d.]+) sentences/s \\(median of 1\\) = 1\\.00x").matcher(run.out());
        Matcher two = Pattern.compile("scaling: 2 threads ([\\d.]+) sentences/s \\(median of 1\\) = ([\\d.]+)x; paired").matcher(run.out());
        assertTrue(base.find() && two.find(), run.out());
        double ratio = Double.parseDouble(two.group(1)) / Double.parseDouble(base.group(1));
        assertEquals(ratio, Double.parseDouble(two.group(2)), 0.01, "the printed ratio is the ratio of the rates");
    }

    @Test void refuses_a_thread_count_below_one() {
        CliRun run = CliRun.of("bench", "--threads", "0", "--warmup", "0", SAMPLE.toString());
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("--threads"), run.err());
    }

    @Test void times_the_typer_on_and_off_in_turn() {
        CliRun run = CliRun.of("bench", "--typer", "on,off", "--docs", "2", "--warmup", "0", SAMPLE.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.out() + run.err());
        String out = run.out();
        int on = out.indexOf("typer on\n"), off = out.indexOf("typer off\n");
        assertTrue(on >= 0 && off > on, out);
        assertTrue(out.substring(on, off).contains("\ntyper ") && out.substring(on, off).contains("typer CPU time:"), "the typer's stage and cost:\n" + out);
        assertTrue(!out.substring(off).contains("\ntyper  "), "no typer stage when it is off:\n" + out);
        assertTrue(out.contains("typer on 1 thread(s): ") && out.contains("typer off 1 thread(s): "), out);
        assertEquals(ExitCodes.USAGE, CliRun.of("bench", "--typer", "maybe", "--warmup", "0", SAMPLE.toString()).exit());
    }
}
