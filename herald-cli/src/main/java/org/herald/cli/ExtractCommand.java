package org.herald.cli;

import org.herald.HeraldConfig;
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

/** {@code herald extract}: the article stage alone (no NLP): title, authors, date, language and body per document. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Recover the article (title, authors, published, language, body) of news pages, without NLP.")
public final class ExtractCommand implements Callable<Integer> {
    enum Format { json, jsonl }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--format", description = "jsonl or json (default: ${DEFAULT-VALUE}).", defaultValue = "jsonl")
    Format format;

    @Option(names = "--input-format", description = "auto, html, text or jsonl (default: ${DEFAULT-VALUE}).", defaultValue = "auto")
    String inputFormat;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, JSONL files, WARC files (.warc, .warc.gz), or - for standard input.")
    List<String> inputs;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        InputFormat inFormat;
        try {
            inFormat = InputFormat.parse(inputFormat);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("herald: --" + e.getMessage());
            return ExitCodes.USAGE;
        }
        HeraldConfig config = common.config();
        List<Analysis> all = new ArrayList<>();
        int failed;
        // Extraction is fast next to reading and printing: one worker keeps the output's order cheap.
        try (Runner runner = Runner.of(Pipeline.articlesOnly(config)).threads(1).start(done -> {
            if (format == Format.jsonl) { out.println(AnalysisJson.articleLine(done.analysis())); out.flush(); }
            else all.add(done.analysis());
        })) {
            FileSource source = Inputs.source(inputs, inFormat, config);
            runner.run(source);
            runner.finish();
            Inputs.reportSkipped(source, spec.commandLine().getErr());
            failed = runner.failed();
        }
        if (format == Format.json) out.println(AnalysisJson.articlePretty(all));
        out.flush();
        return failed > 0 ? ExitCodes.DOCUMENT_ERRORS : ExitCodes.OK;
    }
}
