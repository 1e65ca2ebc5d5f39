package org.herald.cli.eval;

import org.herald.cli.CommonOptions;
import org.herald.cli.ExitCodes;
import org.herald.eval.quotes.RealQuoteScorer;
import org.herald.eval.real.RealArticles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code herald eval quotes-real}: speaker+content F1 on the hand-annotated real articles (blind: totals only). */
@Command(name = "quotes-real", mixinStandardHelpOptions = true,
        description = "Score quote attribution on the annotated real news articles (eval/real/quotes.jsonl).")
public final class EvalQuotesRealCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--split", defaultValue = "dev", description = "dev, blind (totals only) or all (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--errors", description = "List every missed, extra or misattributed quote (not for blind).")
    boolean errors;

    @Option(names = "--annotations", defaultValue = "herald-eval/src/test/resources/herald/eval/real/quotes.jsonl",
            description = "The annotation file; articles.tsv beside it lists the pages and their split (default: ${DEFAULT-VALUE}).")
    Path annotations;

    @Option(names = "--truth", defaultValue = "../shared/eval/article-extraction/ground-truth.json",
            description = "The ground-truth bodies the offsets point into (default: ${DEFAULT-VALUE}).")
    Path truth;

    @Override public Integer call() throws IOException {
        if (!split.equals("dev") && !split.equals("blind") && !split.equals("all")) {
            spec.commandLine().getErr().println("--split must be dev, blind or all");
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        RealArticles articles = RealArticles.read(annotations.resolveSibling(RealArticles.PAGES_FILE), truth);
        RealQuoteScorer.run(common.pipeline(common.config(), spec.commandLine().getErr()), annotations, articles, RealArticles.Split.parse(split))
                .print(out, errors && !split.equals("blind"));
        out.flush();
        return ExitCodes.OK;
    }
}
