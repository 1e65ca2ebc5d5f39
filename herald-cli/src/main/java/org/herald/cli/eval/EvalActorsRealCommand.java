package org.herald.cli.eval;

import org.herald.cli.CommonOptions;
import org.herald.cli.ExitCodes;
import org.herald.eval.actors.RealActorEvaluation;
import org.herald.eval.real.RealArticles;
import org.herald.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code herald eval actors-real}: actor codes on the parties of the real-article event annotations (see
 * {@link RealActorEvaluation}); mismatches are listed for the dev split only.
 */
@Command(name = "actors-real", mixinStandardHelpOptions = true,
        description = "Score actor codes on the annotated event parties of the real articles (eval/real/events.jsonl).")
public final class EvalActorsRealCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin CommonOptions common;
    @Option(names = "--split", defaultValue = "dev", description = "dev, blind or all (default: dev).") String split;
    @Option(names = "--events", defaultValue = "herald-eval/src/test/resources/herald/eval/real/events.jsonl",
            description = "The event annotations; articles.tsv beside them lists the pages and their split (default: ${DEFAULT-VALUE}).") Path events;
    @Option(names = "--truth", defaultValue = "../shared/eval/article-extraction/ground-truth.json",
            description = "The article-extraction set's ground-truth.json (default: ${DEFAULT-VALUE}).") Path truth;
    @Option(names = "--errors", description = "Print every mismatch of the dev split.") boolean errors;

    @Override public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!split.equals("dev") && !split.equals("blind") && !split.equals("all"))
            throw new CommandLine.ParameterException(spec.commandLine(), "--split must be dev, blind or all, not '" + split + "'");
        Path pages = events.resolveSibling(RealArticles.PAGES_FILE);
        for (Path p : new Path[] {events, pages, truth})
            if (!Files.isRegularFile(p)) throw new CommandLine.ParameterException(spec.commandLine(), "no file " + p);
        RealArticles articles = RealArticles.read(pages, truth);
        Pipeline pipeline = common.pipeline(common.config(), spec.commandLine().getErr());
        for (RealActorEvaluation.SplitReport r : RealActorEvaluation.run(pipeline, events, articles, RealArticles.Split.parse(split)))
            r.print(out, errors && r.split().equals(RealArticles.Split.DEV.label()));
        out.flush();
        return ExitCodes.OK;
    }
}
