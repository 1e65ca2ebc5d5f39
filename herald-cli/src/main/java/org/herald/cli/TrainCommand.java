package org.herald.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code herald train ...}: fits Herald's learned models from training sets. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train one of Herald's learned models.",
        subcommands = {TrainEventsCommand.class})
public final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
