package org.herald.cli;

import org.herald.HeraldConfig;
import org.herald.cli.output.TableWriter;
import org.herald.io.AnalysisJson;
import org.herald.io.FileSource;
import org.herald.io.InputFormat;
import org.herald.pipeline.Analysis;
import org.herald.pipeline.Pipeline;
import org.herald.run.Runner;
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

    @Mixin
    RunOptions run;

    @Option(names = "--format", description = "json, jsonl or table (default: ${DEFAULT-VALUE}).", defaultValue = "jsonl")
    Format format;

    @Option(names = "--input-format", description = "auto, html, text or jsonl (default: ${DEFAULT-VALUE}).", defaultValue = "auto")
    String inputFormat;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, JSONL files, WARC files (.warc, .warc.gz), or - for standard input.")
    List<String> inputs;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputFormat inFormat;
        try {
            inFormat = InputFormat.parse(inputFormat);
        } catch (IllegalArgumentException e) {
            err.println("herald: --" + e.getMessage());
            return ExitCodes.USAGE;
        }
        HeraldConfig config = common.config();
        Pipeline pipeline = common.pipeline(config, err);
        List<Analysis> all = new ArrayList<>();
        int failed;
        try (Runner runner = run.runner(pipeline, config, common).start(done -> {
            Analysis a = done.analysis();
            if (common.verbose)
                err.printf("%s: %.2f s%s%n", a.id(), done.nanos() / 1e9, a.hasErrors() ? " (errors: " + a.errors().size() + ")" : "");
            switch (format) {
                case jsonl -> { out.println(AnalysisJson.line(a)); out.flush(); }
                case table -> { TableWriter.write(a, out); out.flush(); }
                case json -> all.add(a);
            }
        })) {
            FileSource source = Inputs.source(inputs, inFormat, config);
            runner.run(source);
            runner.finish();
            Inputs.reportSkipped(source, err);
            failed = runner.failed();
        }
        if (format == Format.json) out.println(all.size() == 1 ? AnalysisJson.pretty(all.get(0)) : AnalysisJson.pretty(all));
        out.flush();
        return failed > 0 ? ExitCodes.DOCUMENT_ERRORS : ExitCodes.OK;
    }
}
