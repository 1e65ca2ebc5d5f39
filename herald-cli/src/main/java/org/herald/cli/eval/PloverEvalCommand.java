package org.herald.cli.eval;

import org.herald.cli.CommonOptions;
import org.herald.events.Event;
import org.herald.events.eval.PloverEval;
import org.herald.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code herald eval plover FILE.jsonl}: PLOVER type and actor accuracy on hand-coded sentences. */
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
            return 2;
        }
        List<PloverEval.Gold> golds = PloverEval.read(file);
        Pipeline pipeline = Pipeline.load(common.config());
        PloverEval.Report r = PloverEval.run(pipeline, golds);
        if (misses) {
            for (PloverEval.Outcome o : r.outcomes()) {
                boolean noEvent = o.gold().type() == null;
                boolean extra = o.events().size() > o.correctEvents();
                if (noEvent ? o.events().isEmpty() : o.fullHit() && !extra) continue;
                String kind = noEvent ? "NOEVENT" : o.fullHit() ? "EXTRA" : o.typeHit() ? "ACTORS" : "MISS";
                out.printf("%s %s%s gold %s %s -> %s%n  %s%n", kind, o.gold().type(), "",
                        o.gold().sources(), o.gold().targets(), o.gold().id(), o.gold().text());
                if (parse) {
                    var doc = pipeline.models().annotate(o.gold().text(), pipeline.config().limits(), org.herald.StageTimer.NONE).document();
                    for (var sen : doc.sentences())
                        for (var d : sen.dependencies())
                            if (d.governor() >= 0) out.printf("      %s(%s-%s, %s-%s)%n", d.relation(), sen.token(d.governor()).word(),
                                    sen.token(d.governor()).lemma(), sen.token(d.dependent()).word(), sen.token(d.dependent()).pos());
                }
                for (Event e : o.events())
                    out.printf("    %s %s %s -> %s [%s] %s%n", e.cameo(), e.plover(), e.source() == null ? null : e.source().name(),
                            e.target() == null ? null : e.target().name(), e.evidence().text(), e.rule());
            }
        }
        if (r.noEventSentences() > 0)
            out.printf("sentences with no event %d: %d events emitted on them (counted against precision)%n", r.noEventSentences(), r.noEventEvents());
        out.printf("sentences %d%ntype accuracy %.3f (%d)%nfull accuracy %.3f (%d)%nevents %d, %.2f per sentence%nprecision %.3f (%d correct)%ntime %.1f s; NLP %.2f s, event coding %.3f s (%.1f%% of NLP)%n",
                r.sentences(), r.typeAccuracy(), r.typeHits(), r.fullAccuracy(), r.fullHits(), r.events(), r.eventsPerSentence(),
                r.precision(), r.correctEvents(), r.nanos() / 1e9, r.nlpNanos() / 1e9, r.eventNanos() / 1e9, 100 * r.eventShareOfNlp());
        out.flush();
        return 0;
    }
}
