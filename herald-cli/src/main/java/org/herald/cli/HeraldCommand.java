package org.herald.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code herald}: the command-line driver. Only {@link #main} calls {@code System.exit}. */
@Command(name = "herald", mixinStandardHelpOptions = true, version = "Herald 0.1.0",
        description = "Turns news pages into political event data: article, actors, quotes, CAMEO/PLOVER events, claims.",
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, QuotesCommand.class, IngestCommand.class, WatchCommand.class, QueryCommand.class, SearchCommand.class,
                EventsCommand.class, WhoSaidCommand.class, DyadsCommand.class, ContextCommand.class, ExportCommand.class,
                ActorsCommand.class, DemoCommand.class, ServeCommand.class, BenchCommand.class, StoreBenchCommand.class,
                EvalCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class HeraldCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new HeraldCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("herald: " + ex.getMessage());
            return ExitCodes.USAGE;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
