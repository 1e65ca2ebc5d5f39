package org.herald.cli.eval;

import org.herald.cli.CommonOptions;
import org.herald.cli.ExitCodes;
import org.herald.eval.events.PloverEval;
import org.herald.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code herald eval plover FILE.jsonl}: PLOVER type and actor accuracy on hand-coded sentences ({@link PloverEval}). */
@Command(name = "plover", mixinStandardHelpOptions = true,
        description = "Score event coding on PLOVER gold-standard sentences (JSONL: text, event, source[], target[]).")
public final class PloverEvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--misses", description = "List the sentences whose gold event was not reproduced (MISS: no event of its type; "
            + "ACTORS: type right, parties wrong), those with extra wrong events (EXTRA) and events on sentences that report none (NOEVENT), "
            + "with what was coded.")
    boolean misses;

    @Option(names = "--parse", description = "With --misses: print each missed sentence's dependency edges.")
    boolean parse;

    @Parameters(index = "0", paramLabel = "FILE.jsonl")
    Path file;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("herald: no such file " + file);
            return ExitCodes.USAGE;
        }
        Pipeline pipeline = common.pipeline(common.config(), spec.commandLine().getErr());
        PloverEval.print(PloverEval.run(pipeline, PloverEval.read(file)), out, misses, parse, pipeline);
        out.flush();
        return ExitCodes.OK;
    }
}
