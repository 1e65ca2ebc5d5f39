package org.herald.cli.eval;

import org.herald.cli.CommonOptions;
import org.herald.cli.ExitCodes;
import org.herald.eval.extraction.ExtractionEval;
import org.herald.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code herald eval extraction DIR}: body F1 on a folder laid out like the article-extraction benchmark ({@link ExtractionEval}). */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score article-body extraction on a benchmark folder (html/<id>.html.gz + ground-truth.json).")
public final class EvalExtractionCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--flatten", description = "Flatten each page to its visible text first and extract with the text path.")
    boolean flatten;

    @Option(names = "--timing", description = "Also time extraction: one warm-up pass, then median CPU ms/page and pages/s of a second pass "
            + "(thread CPU time, so other processes on the machine do not count), and a 5 MB page made of the set's page bodies.")
    boolean timing;

    @Option(names = "--worst", paramLabel = "N", description = "List the N documents with the lowest F1.", defaultValue = "0")
    int worst;

    @Option(names = "--predictions", paramLabel = "FILE", description = "Write the predictions as {id: {articleBody}} JSON.")
    Path predictions;

    @Parameters(paramLabel = "DIR", description = "The benchmark folder.")
    Path dir;

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ExtractionEval.Report r = ExtractionEval.run(Pipeline.articlesOnly(common.config()), dir, flatten, timing);
        r.print(out, worst);
        if (predictions != null) r.writePredictions(predictions);
        out.flush();
        return ExitCodes.OK;
    }
}
