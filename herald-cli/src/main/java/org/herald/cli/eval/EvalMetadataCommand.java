package org.herald.cli.eval;

import org.herald.cli.CommonOptions;
import org.herald.cli.ExitCodes;
import org.herald.eval.metadata.MetadataEval;
import org.herald.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code herald eval metadata DIR}: title, authors, date and language accuracy ({@link MetadataEval}). */
@Command(name = "metadata", mixinStandardHelpOptions = true,
        description = "Score title, authors, date and language on a metadata set (html/<id>.html.gz + gold.jsonl).")
public final class EvalMetadataCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--misses", description = "List every wrong field with gold and prediction.")
    boolean misses;

    @Parameters(paramLabel = "DIR", description = "The metadata set folder.")
    Path dir;

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        MetadataEval.run(Pipeline.articlesOnly(common.config()), dir).print(out, misses);
        out.flush();
        return ExitCodes.OK;
    }
}
