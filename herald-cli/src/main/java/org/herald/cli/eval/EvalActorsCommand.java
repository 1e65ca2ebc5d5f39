package org.herald.cli.eval;

import org.herald.cli.CommonOptions;
import org.herald.cli.ExitCodes;

import org.herald.eval.actors.ActorEvaluation;
import org.herald.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code herald eval actors SET.tsv}: precision and recall of actor country and agent codes on a marked-up set
 * (see {@link ActorEvaluation}), and the share of pipeline time the actors stage takes.
 */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Score actor codes on a marked-up set (e.g. herald-core/src/test/resources/herald/eval/actors/actors.tsv).")
public final class EvalActorsCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin CommonOptions common;
    @Parameters(paramLabel = "SET", arity = "1..*", description = "Test set files (doc<TAB>text with [[words|CODE]] marks).") List<Path> sets;
    @Option(names = "--errors", description = "Print every mismatch.") boolean errors;

    @Override public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Pipeline pipeline = common.pipeline(common.config(), spec.commandLine().getErr());
        for (Path set : sets) ActorEvaluation.run(pipeline, set).print(out, errors);
        out.flush();
        return ExitCodes.OK;
    }
}
