package org.herald.cli;

import org.herald.Analysis;
import org.herald.HeraldConfig;
import org.herald.cli.input.InputReader;
import org.herald.cli.output.Json;
import org.herald.cli.output.TableWriter;
import org.herald.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code herald analyze}: the whole pipeline on files, folders, JSONL or standard input. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse news pages: article, actors, quotes, events, claims.")
public final class AnalyzeCommand implements Callable<Integer> {
    enum Format { json, jsonl, table }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--format", description = "json, jsonl or table (default: ${DEFAULT-VALUE}).", defaultValue = "jsonl")
    Format format;

    @Option(names = "--input-format", description = "auto, html, text or jsonl (default: ${DEFAULT-VALUE}).", defaultValue = "auto")
    String inputFormat;

    // Results do not depend on the thread count: LearningRun's batches are barriers.
    @Option(names = "--threads", description = "Worker threads (default: one per core, at most 8; ${DEFAULT-VALUE} here).")
    int threads = AnalysisRunner.defaultThreads();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, JSONL files, or - for standard input.")
    List<String> inputs;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputReader.InputFormat inFormat;
        try {
            inFormat = InputReader.InputFormat.valueOf(inputFormat.toUpperCase());
        } catch (IllegalArgumentException e) {
            err.println("herald: --input-format must be auto, html, text or jsonl");
            return ExitCodes.USAGE;
        }
        HeraldConfig config = common.config();
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.load(config);
        if (common.verbose) err.printf("models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        List<Analysis> all = new ArrayList<>();
        int[] failed = {0};
        long[] last = {System.nanoTime()};
        try (LearningRun runner = new LearningRun(pipeline, RegistryFile.in(common.dataDir()), threads, org.herald.StageTimer.NONE, a -> {
            if (a.hasErrors()) failed[0]++;
            if (common.verbose) {
                long now = System.nanoTime();
                err.printf("%s: %.2f s%s%n", a.id(), (now - last[0]) / 1e9, a.hasErrors() ? " (errors: " + a.errors().size() + ")" : "");
                last[0] = now;
            }
            switch (format) {
                case jsonl -> { out.println(Json.line(a)); out.flush(); }
                case table -> { TableWriter.write(a, out); out.flush(); }
                case json -> all.add(a);
            }
        })) {
            new InputReader(inFormat, config.limits().maxPageBytes()).read(inputs, System.in, runner::submit);
        }
        if (format == Format.json) out.println(all.size() == 1 ? Json.pretty(all.get(0)) : Json.pretty(all));
        out.flush();
        return failed[0] > 0 ? ExitCodes.DOCUMENT_ERRORS : ExitCodes.OK;
    }
}
