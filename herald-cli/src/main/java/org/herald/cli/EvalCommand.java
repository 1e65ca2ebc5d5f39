package org.herald.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code herald eval ...}: quality on evaluation sets, one subcommand per stage. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score Herald on an evaluation set.",
        subcommands = {org.herald.cli.eval.EvalExtractionCommand.class, org.herald.cli.eval.EvalMetadataCommand.class,
                EvalActorsCommand.class, EvalQuotesCommand.class, org.herald.cli.eval.PloverEvalCommand.class, org.herald.cli.eval.PetrarchEvalCommand.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
