package org.herald.cli.eval;

import org.herald.HeraldConfig;
import org.herald.cli.CommonOptions;
import org.herald.events.petrarch.PetrarchEval;
import org.herald.nlp.NlpModels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code herald eval petrarch DIR}: the PETRARCH validation suite through the imported verb dictionary. */
@Command(name = "petrarch", mixinStandardHelpOptions = true,
        description = {"Run the PETRARCH validation suite (records.jsonl and its dictionaries in DIR) through Herald's import of PETRARCH verb dictionaries.",
                "The sentences are re-parsed by Herald's CoreNLP pipeline; the suite's constituency parses are not used."})
public final class PetrarchEvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--verbs", description = "Verb dictionary, relative to DIR (default: ${DEFAULT-VALUE}, the original file the expected codes were made with).",
            defaultValue = "PETR.Validate.verbs.txt")
    String verbs;

    @Option(names = "--misses", description = "List the records not passed, with expected and produced events.")
    boolean misses;

    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(dir.resolve("records.jsonl")) || !Files.isRegularFile(dir.resolve(verbs))) {
            spec.commandLine().getErr().println("herald: " + dir + " needs records.jsonl and " + verbs);
            return 2;
        }
        HeraldConfig config = common.config();
        NlpModels models = NlpModels.load(config.nlpProfile());
        PetrarchEval.Report r = PetrarchEval.run(models, config.limits(), dir, verbs);
        if (misses)
            for (PetrarchEval.Outcome o : r.outcomes())
                if (!o.passed()) out.printf("%s %s%n  expected %s%n  produced %s%n", o.uid(), o.text(), o.expected(), o.produced());
        var s = r.stats();
        out.printf("verb file %s (text re-parsed with CoreNLP)%nimported: %d verbs, %d patterns, %d synsets; %d transformations read, not applied; "
                        + "%d patterns with non-numeric codes and %d with no-event codes left out%n"
                        + "records %d, passed %d (%.3f)%nexpected events %d, reproduced %d (share %.3f); produced %d%n",
                r.verbFile(), s.verbs(), s.patterns(), s.synsets(), s.transformations(), s.skippedCodes(), s.noEventCodes(),
                r.records(), r.passed(), r.recordsPassed(), r.expected(), r.reproduced(), r.shareReproduced(), r.produced());
        out.flush();
        return 0;
    }
}
