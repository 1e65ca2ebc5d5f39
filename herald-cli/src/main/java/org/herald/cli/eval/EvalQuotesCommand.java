package org.herald.cli.eval;

import org.herald.cli.CommonOptions;
import org.herald.cli.ExitCodes;

import org.herald.eval.quotes.QuoteScorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code herald eval quotes FILE.jsonl}: precision and recall of quote spans and speakers on labelled passages. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Score quote attribution on passages laid out like eval/quotes/cases.jsonl.")
public final class EvalQuotesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--errors", description = "List every missed, extra or misattributed quote.")
    boolean errors;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSONL files of labelled passages.")
    List<Path> files;

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        QuoteScorer.run(common.pipeline(common.config(), spec.commandLine().getErr()), files).print(out, errors);
        out.flush();
        return ExitCodes.OK;
    }
}
