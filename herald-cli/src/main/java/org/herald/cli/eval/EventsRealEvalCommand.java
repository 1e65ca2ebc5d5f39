package org.herald.cli.eval;

import org.herald.cli.CommonOptions;
import org.herald.cli.ExitCodes;
import org.herald.eval.events.RealEventsEval;
import org.herald.eval.real.RealArticles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code herald eval events-real [--split dev|blind|all]}: root + source country + target country recall and
 * precision on the hand-coded events of real articles ({@link RealEventsEval}). Blind prints totals only.
 */
@Command(name = "events-real", mixinStandardHelpOptions = true,
        description = "Score event coding on real articles coded by hand (herald-eval/.../eval/real/events.jsonl over ../shared ground truth).")
public final class EventsRealEvalCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin CommonOptions common;

    @Option(names = "--split", defaultValue = "dev", description = "dev (default), blind (totals only) or all.")
    String split;

    @Option(names = "--gold", defaultValue = "herald-eval/src/test/resources/herald/eval/real/events.jsonl",
            description = "The event mentions (JSONL); articles.tsv beside it lists the pages and their split.")
    Path gold;

    @Option(names = "--truth", defaultValue = "../shared/eval/article-extraction/ground-truth.json",
            description = "The article-extraction benchmark's ground truth the offsets point into.")
    Path truth;

    @Option(names = "--errors", description = "dev only: list each gold mention not found in full and each event matching none.")
    boolean errors;

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        RealArticles.Split s;
        try {
            s = RealArticles.Split.parse(split);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("herald: --split is dev, blind or all, not " + split);
            return ExitCodes.USAGE;
        }
        if (errors && s != RealArticles.Split.DEV) {
            spec.commandLine().getErr().println("herald: --errors is for the dev split only (blind figures are totals)");
            return ExitCodes.USAGE;
        }
        Path pages = gold.resolveSibling(RealArticles.PAGES_FILE);
        for (Path p : new Path[] {gold, pages, truth})
            if (!Files.isRegularFile(p)) {
                spec.commandLine().getErr().println("herald: no such file " + p);
                return ExitCodes.USAGE;
            }
        var pipeline = common.pipeline(common.config(), spec.commandLine().getErr());
        var report = RealEventsEval.run(pipeline, RealEventsEval.read(gold), RealArticles.read(pages, truth), s);
        RealEventsEval.print(report, out, errors);
        out.flush();
        return ExitCodes.OK;
    }
}
