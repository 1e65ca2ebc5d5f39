package org.herald.cli;

import org.herald.HeraldConfig;
import org.herald.actors.Actor;
import org.herald.io.FileSource;
import org.herald.io.InputFormat;
import org.herald.pipeline.Analysis;
import org.herald.pipeline.Pipeline;
import org.herald.quotes.Quote;
import org.herald.run.Runner;
import org.herald.run.StageClock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code herald quotes}: who said what, for a person to read (speaker — role — quote). */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Print who said what in news pages: speaker — role — quote.")
public final class QuotesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    RunOptions run;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, JSONL files, WARC files (.warc, .warc.gz), or - for standard input.")
    List<String> inputs;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        HeraldConfig config = common.config();
        Pipeline pipeline = common.pipeline(config, spec.commandLine().getErr());
        int[] documents = {0};
        int failed;
        StageClock clock = new StageClock();
        try (Runner runner = run.runner(pipeline, config, common).timer(clock).start(done -> {
            documents[0]++;
            write(done.analysis(), out);
            out.flush();
        })) {
            FileSource source = Inputs.source(inputs, InputFormat.AUTO, config);
            runner.run(source);
            runner.finish();
            Inputs.reportSkipped(source, spec.commandLine().getErr());
            failed = runner.failed();
        }
        if (common.verbose && documents[0] > 0) {
            double all = clock.seconds().values().stream().mapToDouble(Double::doubleValue).sum();
            spec.commandLine().getErr().printf("quotes stage %.2f ms per document; whole pipeline %.0f ms per document (%d documents)%n",
                    clock.seconds().getOrDefault("quotes", 0.0) * 1e3 / documents[0], all * 1e3 / documents[0], documents[0]);
        }
        return failed > 0 ? ExitCodes.DOCUMENT_ERRORS : ExitCodes.OK;
    }

    static void write(Analysis a, PrintWriter out) {
        out.println("== " + a.id() + " (" + a.quotes().size() + " quote" + (a.quotes().size() == 1 ? "" : "s") + ")");
        for (Quote q : a.quotes()) {
            String who = "(unknown)", role = "-";
            if (q.speaker() != null) {
                who = q.speaker().name() + (q.speaker().code() == null ? "" : " [" + q.speaker().code() + "]");
                Actor actor = q.speaker().actor() == null ? null : a.actors().stream()
                        .filter(x -> x.id().equals(q.speaker().actor())).findFirst().orElse(null);
                if (actor != null && actor.role() != null) role = actor.role();
            }
            String text = q.text().replaceAll("\\s+", " ");
            String marks = q.kind() == Quote.Kind.INDIRECT ? "" : "“";
            out.printf("%s %-8s %s — %s — %s%s%s  (cue: %s)%n", q.id(), q.kind(), who, role, marks, text,
                    marks.isEmpty() ? "" : "”", q.cue() == null ? "-" : q.cue());
        }
        a.errors().forEach(e -> out.println("error [" + e.stage() + "]: " + e.message()));
        out.println();
    }
}
