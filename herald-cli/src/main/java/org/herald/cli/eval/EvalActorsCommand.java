package org.herald.cli.eval;

import org.herald.cli.CommonOptions;
import org.herald.cli.ExitCodes;

import org.herald.Analysis;
import org.herald.HeraldConfig;
import org.herald.Page;
import org.herald.actors.ActorEvaluation;
import org.herald.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        HeraldConfig config = common.config();
        Pipeline pipeline = Pipeline.load(config);
        for (Path set : sets) {
            List<ActorEvaluation.Doc> docs = ActorEvaluation.parse(Files.readString(set, StandardCharsets.UTF_8), set.toString());
            // Warm the models once so the time shares are not the first call's.
            if (!docs.isEmpty()) pipeline.analyze(Page.ofText("warm-up", docs.get(0).text()));
            Map<String, Long> nanos = new TreeMap<>();
            ActorEvaluation.Result r = ActorEvaluation.score(docs, d -> {
                Analysis a = pipeline.analyze(Page.ofText(d.id(), d.text()), (stage, ns) -> nanos.merge(stage, ns, Long::sum));
                return a.actors();
            });
            long total = 0;
            for (var e : nanos.entrySet()) if (!e.getKey().equals("nlp")) total += e.getValue();
            long actors = nanos.getOrDefault("actors", 0L);
            out.printf("%s: %d documents, %d marked mentions%n", set, r.documents(), r.goldMentions());
            out.printf("  country  %s%n  agent    %s%n  code     %s%n", r.country(), r.agent(), r.code());
            out.printf("  time: actors %.1f ms of %.1f ms in the pipeline's stages (%.1f%%)%n", actors / 1e6, total / 1e6, 100.0 * actors / Math.max(1, total));
            if (errors) for (String e : r.errors()) out.println("  " + e);
            else if (!r.errors().isEmpty()) out.printf("  %d mismatches (--errors lists them)%n", r.errors().size());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
