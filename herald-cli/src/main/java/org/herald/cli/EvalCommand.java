package org.herald.cli;

import org.herald.cli.eval.EvalActorsCommand;
import org.herald.cli.eval.EvalActorsRealCommand;
import org.herald.cli.eval.EvalExtractionCommand;
import org.herald.cli.eval.EvalMetadataCommand;
import org.herald.cli.eval.EvalQuotesCommand;
import org.herald.cli.eval.EvalQuotesRealCommand;
import org.herald.cli.eval.EventsRealEvalCommand;
import org.herald.cli.eval.PetrarchEvalCommand;
import org.herald.cli.eval.PloverEvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code herald eval ...}: quality on evaluation sets, one subcommand per stage. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score Herald on an evaluation set.",
        subcommands = {EvalExtractionCommand.class, EvalMetadataCommand.class, EvalActorsCommand.class, EvalActorsRealCommand.class,
                EvalQuotesCommand.class, EvalQuotesRealCommand.class,
                PloverEvalCommand.class, PetrarchEvalCommand.class, EventsRealEvalCommand.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
