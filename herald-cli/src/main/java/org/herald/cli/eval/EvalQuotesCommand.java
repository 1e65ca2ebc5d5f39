package org.herald.cli.eval;

import org.herald.cli.CommonOptions;
import org.herald.cli.ExitCodes;

import org.herald.Analysis;
import org.herald.Page;
import org.herald.StageTimer;
import org.herald.pipeline.Pipeline;
import org.herald.quotes.QuoteScorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code herald eval quotes FILE.jsonl}: precision and recall of quote spans and speakers on labelled passages. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Score quote attribution on passages laid out like eval/quotes/cases.jsonl.")
public final class EvalQuotesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--errors", description = "List every missed, extra or misattributed quote.")
    boolean errors;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSONL files of labelled passages.")
    List<Path> files;

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Pipeline pipeline = Pipeline.load(common.config());
        QuoteScorer.Score total = QuoteScorer.Score.ZERO;
        int cases = 0;
        Map<String, Long> nanos = new HashMap<>();
        StageTimer timer = (stage, n) -> nanos.merge(stage, n, Long::sum);
        for (Path file : files) {
            for (QuoteScorer.Case c : QuoteScorer.read(file)) {
                Analysis a = pipeline.analyze(Page.ofText(c.id(), c.text()), timer);
                total = total.plus(QuoteScorer.score(c, a));
                cases++;
            }
        }
        if (errors) for (String m : total.misses()) out.println(m);
        out.printf("cases %d  gold quotes %d  produced %d%n", cases, total.gold(), total.produced());
        out.printf("spans     precision %.3f  recall %.3f%n", total.spanPrecision(), total.spanRecall());
        out.printf("speakers  precision %.3f  recall %.3f  F1 %.3f%n", total.speakerPrecision(), total.speakerRecall(), total.speakerF1());
        out.printf("speaker names (country left aside) recall %.3f%n", total.nameRecall());
        out.printf("kinds     %d of %d matched quotes right; scare quotes produced: %d%n", total.kindMatched(), total.spanMatched(),
                total.notQuotesProduced());
        out.printf("quotes stage %.2f ms per passage%n", nanos.getOrDefault("quotes", 0L) / 1e6 / Math.max(1, cases));
        out.flush();
        return ExitCodes.OK;
    }
}
