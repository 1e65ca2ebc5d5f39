package org.herald.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scaling lines of {@code herald bench}: medians per thread count, and ratios paired with neighbouring rounds. */
class BenchScalingTest {
    @Test void pairs_each_round_with_the_one_thread_rounds_beside_it() {
        // The machine speeds up between rounds: 1-thread 100 then 110, 2 threads 150 then 160.
        String out = print(List.of(1, 2, 1, 2), List.of(100.0, 150.0, 110.0, 160.0));
        assertTrue(out.contains("scaling: 1 thread  105.0 sentences/s (median of 2) = 1.00x\n"), out);
        // medians: 155 / 105; pairs: 150 / mean(100, 110) = 1.43 and 160 / 110 = 1.45, median 1.44
        assertTrue(out.contains("scaling: 2 threads 155.0 sentences/s (median of 2) = 1.48x; paired with the 1-thread "
                + "rounds beside them: median 1.44x (1.43-1.45, 2 pairs)\n"), out);
    }

    @Test void without_a_one_thread_round_prints_rates_only() {
        String out = print(List.of(2, 4), List.of(150.0, 200.0));
        assertTrue(out.contains("scaling: 2 threads 150.0 sentences/s (median of 1)\n"), out);
        assertTrue(out.contains("scaling: 4 threads 200.0 sentences/s (median of 1)\n"), out);
    }

    private static String print(List<Integer> threads, List<Double> rounds) {
        StringWriter s = new StringWriter();
        try (PrintWriter out = new PrintWriter(s)) { BenchCommand.printScaling(out, threads, rounds); }
        return s.toString().replace(System.lineSeparator(), "\n");
    }
}
