package org.herald.cli.eval;

import org.herald.HeraldConfig;
import org.herald.cli.CommonOptions;
import org.herald.cli.ExitCodes;
import org.herald.eval.petrarch.PetrarchEval;
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
            return ExitCodes.USAGE;
        }
        HeraldConfig config = common.config();
        NlpModels.installCompilerDirectives();
        try (NlpModels models = NlpModels.load(config.nlpProfile())) {
            PetrarchEval.run(config, models, dir, verbs).print(out, misses);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
