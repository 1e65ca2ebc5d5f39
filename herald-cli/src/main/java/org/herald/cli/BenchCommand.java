package org.herald.cli;

import org.herald.HeraldConfig;
import org.herald.Page;
import org.herald.StageTimer;
import org.herald.io.InputDocument;
import org.herald.io.InputFormat;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Stages;
import org.herald.run.Runner;
import org.herald.run.StageClock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code herald bench}: end-to-end speed on given pages (repeated as needed) after a warm-up: time per stage and
 * its share, documents, sentences and tokens per second, model load time and peak heap. Several thread counts
 * ({@code --threads 1,2}) are timed in the same JVM after the same warm-up, so their ratio compares like with like.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure the pipeline's speed, stage by stage.")
public final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--threads", split = ",", defaultValue = "1",
            description = "Worker threads; a list (1,2 or 1,2,1,2) times each in turn and prints the scaling: the median "
                    + "rate of each count, and the median ratio of each round to the 1-thread rounds beside it (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--docs", defaultValue = "0", description = "Documents to time (pages repeated as needed; default: each page once, at least 20).")
    int docs;

    // CoreNLP's code takes the JIT tens of seconds to compile; timing sooner measures the compiler, and with
    // two workers on two cores the compiler threads steal from them, which hides the scaling.
    @Option(names = "--warmup", defaultValue = "20",
            description = "Least seconds of analysis, on the most threads asked for, before timing starts; it goes on while "
                    + "the JIT is still compiling, up to three times as long (default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(names = "--typer", split = ",", paramLabel = "on|off",
            description = "Time each thread count with the learned event typer on and off in turn (on,off or off,on,off,on), "
                    + "in the same JVM after the same warm-up, and print the typer's cost; default: as the configuration says (events.typer).")
    List<String> typer;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Pages to analyse (same inputs as analyze).")
    List<String> inputs;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (threads.stream().anyMatch(t -> t < 1)) {
            spec.commandLine().getErr().println("herald: --threads must be at least 1");
            return ExitCodes.USAGE;
        }
        HeraldConfig config = common.config();
        if (typer != null && typer.stream().anyMatch(t -> !t.equals("on") && !t.equals("off"))) {
            spec.commandLine().getErr().println("herald: --typer takes on and off");
            return ExitCodes.USAGE;
        }
        if (typer != null && typer.contains("on")) config = config.withEventTyper(true);
        List<Page> pages = new ArrayList<>();
        Inputs.source(inputs, InputFormat.AUTO, config).read(d -> { if (d.ok()) pages.add(d.page()); });
        if (pages.isEmpty()) {
            spec.commandLine().getErr().println("herald: no readable pages in " + inputs);
            return ExitCodes.USAGE;
        }
        long t0 = System.nanoTime();
        Pipeline pipeline = common.pipeline(config, spec.commandLine().getErr());
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        Pipeline typerOff = pipeline.withStages(pipeline.stages().withTyper(Stages.NO_TYPER));
        List<String> settings = typer == null ? List.of("") : typer;

        int most = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
        double warmed = warmUp(pipeline, pages, most);

        int n = docs > 0 ? docs : Math.max(20, pages.size());
        out.printf("Herald bench: %d documents (%d distinct pages), profile %s, model load %.1f s, warm-up %.0f s%n",
                n, pages.size(), config.nlpProfile().name().toLowerCase(), loadSeconds, warmed);
        List<Double> rounds = new ArrayList<>();
        Map<String, List<Double>> byTyper = new java.util.LinkedHashMap<>();
        for (int t : threads) {
            for (String setting : settings) {
                StageClock clock = new StageClock();
                resetPeaks();
                long jit = compileMillis(), cpu = processCpuNanos(), t1 = System.nanoTime();
                int[] failed = run(setting.equals("off") ? typerOff : pipeline, pages, n, t, clock);
                double wall = (System.nanoTime() - t1) / 1e9;
                if (!setting.isEmpty()) out.printf("%ntyper %s", setting);
                report(out, clock, n, t, failed[0], wall, compileMillis() - jit, (processCpuNanos() - cpu) / 1e9);
                if (setting.isEmpty() || settings.indexOf(setting) == 0) rounds.add(clock.count("sentences") / wall);
                byTyper.computeIfAbsent(setting + " " + t, k -> new ArrayList<>()).add(clock.count("sentences") / wall);
            }
        }
        if (threads.size() > 1) printScaling(out, threads, rounds);
        if (typer != null && typer.size() > 1) {
            out.println();
            byTyper.forEach((k, r) -> out.printf("typer %s thread(s): %.1f sentences/s (median of %d)%n", k, median(r), r.size()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Runs the pipeline for at least {@code --warmup} seconds and then until the JIT has gone quiet (under 2% of a core
     * compiling over 5 s), at most three times as long; returns the seconds spent.
     */
    private double warmUp(Pipeline pipeline, List<Page> pages, int threads) {
        long start = System.nanoTime(), min = start + (long) (warmupSeconds * 1e9), max = start + (long) (3 * warmupSeconds * 1e9);
        long windowStart = start, windowJit = compileMillis();
        while (true) {
            run(pipeline, pages, Math.max(2 * threads, pages.size()), threads, StageTimer.NONE);
            long now = System.nanoTime();
            if (now >= max) break;
            if (now - windowStart >= 5e9) {
                double share = (compileMillis() - windowJit) / ((now - windowStart) / 1e6);
                if (now >= min && share < 0.02) break;
                windowStart = now;
                windowJit = compileMillis();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The process's CPU time (all its threads, the JIT and collector included), or 0 where the JVM does not say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long compileMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /**
     * Prints each thread count's median rate and its ratio to one thread. This machine's speed drifts from minute to
     * minute, so each round of more threads is also compared with the one-thread rounds beside it, and the median of
     * those paired ratios is printed too: drift that spans both rounds of a pair cancels out.
     */
    static void printScaling(PrintWriter out, List<Integer> threads, List<Double> rounds) {
        Map<Integer, List<Double>> rates = new java.util.TreeMap<>(), paired = new java.util.TreeMap<>();
        for (int i = 0; i < threads.size(); i++) {
            rates.computeIfAbsent(threads.get(i), k -> new ArrayList<>()).add(rounds.get(i));
            List<Double> beside = new ArrayList<>();
            for (int j : new int[] {i - 1, i + 1})
                if (j >= 0 && j < threads.size() && threads.get(j) == 1) beside.add(rounds.get(j));
            if (threads.get(i) != 1 && !beside.isEmpty())
                paired.computeIfAbsent(threads.get(i), k -> new ArrayList<>())
                        .add(rounds.get(i) / beside.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
        }
        List<Double> one = rates.get(1);
        out.println();
        rates.forEach((t, r) -> {
            out.printf("scaling: %d thread%s %.1f sentences/s (median of %d)", t, t == 1 ? " " : "s", median(r), r.size());
            if (one != null) out.printf(" = %.2fx", median(r) / median(one));
            List<Double> p = paired.get(t);
            if (p != null) out.printf("; paired with the 1-thread rounds beside them: median %.2fx (%.2f-%.2f, %d pairs)",
                    median(p), java.util.Collections.min(p), java.util.Collections.max(p), p.size());
            out.println();
        });
    }

    private static int[] run(Pipeline pipeline, List<Page> pages, int n, int threads, StageTimer timer) {
        try (Runner runner = Runner.of(pipeline).threads(threads).timer(timer).start(done -> { })) {
            for (int i = 0; i < n; i++) runner.submit(InputDocument.of(pages.get(i % pages.size())));
            runner.finish();
            return new int[] {runner.failed()};
        }
    }

    private static void report(PrintWriter out, StageClock clock, int n, int threads, int failed, double wall, long jitMillis,
                               double cpuSeconds) {
        Map<String, Double> stages = clock.seconds();
        double total = stages.values().stream().mapToDouble(Double::doubleValue).sum();
        long sentences = clock.count("sentences"), tokens = clock.count("tokens");
        out.printf("%n%d thread%s%n", threads, threads == 1 ? "" : "s");
        out.printf("%-16s %10s %8s %12s%n", "stage", "seconds", "share", "ms/doc");
        for (var e : stages.entrySet())
            out.printf("%-16s %10.2f %7.1f%% %12.2f%n", e.getKey(), e.getValue(), 100 * e.getValue() / total, 1000 * e.getValue() / n);
        out.printf("%-16s %10.2f %7.1f%% %12.2f%n%n", "total (threads)", total, 100.0, 1000 * total / n);
        out.printf("wall time:       %.2f s%n", wall);
        out.printf("documents/s:     %.2f%n", n / wall);
        out.printf("sentences/s:     %.1f   (%d sentences)%n", sentences / wall, sentences);
        out.printf("tokens/s:        %.0f   (%d tokens)%n", tokens / wall, tokens);
        out.printf("peak heap:       %.0f MB (max %.0f MB)%n", peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        out.printf("JIT compiling:   %.2f s during the round%n", jitMillis / 1e3);
        if (failed > 0) out.printf("documents with errors: %d%n", failed);
        Double typer = stages.get("typer");
        long clauses = clock.count("typer clauses"), runs = clock.count("typer runs");
        if (typer != null) {
            double cpu = clock.count("typer cpu nanos") / 1e9;
            out.printf("typer:           %.3f ms per sentence, %.2f ms per clause typed (%d clauses in %d runs of the model)%n",
                    1000 * typer / Math.max(1, sentences), 1000 * typer / Math.max(1, clauses), clauses, runs);
            out.printf("typer CPU time:  %.3f ms per sentence, %.2f ms per clause (its threads' CPU: unlike wall time, not "
                    + "stretched by other processes)%n", 1000 * cpu / Math.max(1, sentences), 1000 * cpu / Math.max(1, clauses));
        }
        out.printf("process CPU:     %.2f s, %.1f sentences per CPU second%n", cpuSeconds, sentences / cpuSeconds);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int m = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        return sum;
    }
}
