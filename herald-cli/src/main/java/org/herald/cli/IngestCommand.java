package org.herald.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.herald.HeraldConfig;
import org.herald.events.dating.Reference;
import org.herald.io.FileSource;
import org.herald.io.InputFormat;
import org.herald.io.tables.AnalysisRows;
import org.herald.pipeline.Pipeline;
import org.herald.store.IngestRun;
import org.herald.store.Store;
import org.herald.store.StoreException;
import org.herald.store.StoreWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code herald ingest}: analyse documents and store them, or load analyses without NLP; resumable and idempotent. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyse documents and store them in the store (<data>/herald.duckdb), with a search index beside it.",
                "A document already stored with the same content is skipped before it is analysed, so a run that was stopped "
                        + "continues where it stopped, and the same folder ingested twice changes nothing."})
public final class IngestCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin CommonOptions common;
    @Mixin RunOptions run;
    @Mixin StoreOptions storeOptions;

    @Option(names = "--analyses", description = "The paths are analyses, loaded without NLP: JSONL files (as analyze writes) or folders of the "
            + "store's tables as Parquet (as export --format parquet and the Spark job write).")
    boolean analyses;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "The day relative dates (\"on Wednesday\") are resolved against in documents without a publication date.")
    String referenceDate;

    @Option(names = "--input-format", description = "auto, html, text or jsonl (default: ${DEFAULT-VALUE}).", defaultValue = "auto")
    String inputFormat;

    @Option(names = "--progress", description = "auto (a bar on a terminal, lines otherwise), bar, lines or none (default: ${DEFAULT-VALUE}).",
            defaultValue = "auto")
    String progress;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders (or, with --analyses, JSONL files and Parquet folders).")
    List<String> inputs;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Reference fallback;
        InputFormat inFormat;
        try {
            fallback = referenceDate == null ? Reference.NONE : Reference.given(LocalDate.parse(referenceDate.strip()));
            inFormat = InputFormat.parse(inputFormat);
        } catch (DateTimeParseException e) {
            err.println("herald: --reference-date needs a day as YYYY-MM-DD, not '" + referenceDate + "'");
            return ExitCodes.USAGE;
        } catch (IllegalArgumentException e) {
            err.println("herald: --" + e.getMessage());
            return ExitCodes.USAGE;
        }
        HeraldConfig config = common.config();
        Path file = storeOptions.file(common.dataDir());
        try (Store store = Store.openForWriting(file); StoreWriter writer = store.writer(AnalysisRows.load(Pipeline.knowledge(config)));
             Progress bar = Progress.open(progress, err, -1)) {
            IngestRun ingest = new IngestRun(store, writer, "ingest " + String.join(" ", inputs), fallback, (id, outcome) -> {
                bar.step(id, outcome);
                if (common.verbose) err.println(outcome + " " + id);
            });
            ingest.resumedNote().ifPresent(note -> err.println("herald: " + note));
            if (analyses) {
                for (String p : inputs) ingest.analyses(Path.of(p));
            } else {
                ingest.pages(new FileSource(inputs, System.in, inFormat, config.limits().maxPageBytes()),
                        () -> run.runner(common.pipeline(config, err), config, common));
            }
            IngestRun.Summary s = ingest.finish();
            bar.close();
            summary(s, store, out);
            return s.failed() > 0 ? ExitCodes.DOCUMENT_ERRORS : ExitCodes.OK;
        } catch (StoreException e) {
            err.println("herald: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("herald: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    static void summary(IngestRun.Summary s, Store store, PrintWriter out) {
        out.printf("Stored in %s: %d new, %d unchanged, %d replaced, %d failed; %d event reports; %d analysed in %.1f s.%n",
                store.file(), s.added(), s.unchanged(), s.replaced(), s.failed(), s.events(), s.analysed(), s.seconds());
        if (s.undated() > 0)
            out.printf("%d documents have no date: their events are stored with a null day unless the text dates them (--reference-date gives one).%n", s.undated());
        s.resumed().ifPresent(r -> out.printf("Resumed: the run started %s did not finish; the %d documents it had stored were skipped, not analysed again.%n",
                r.startedAt(), s.unchanged()));
        out.flush();
    }

    /** Progress on standard error: a bar on a terminal, a line every few seconds otherwise. */
    interface Progress extends AutoCloseable {
        void step(String id, String outcome);

        @Override void close();

        static Progress open(String mode, PrintWriter err, long total) {
            boolean terminal = System.console() != null;
            String m = mode.equals("auto") ? (terminal ? "bar" : "lines") : mode;
            return switch (m) {
                case "bar" -> new Bar(new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                        .continuousUpdate().build());
                case "lines" -> new Lines(err);
                case "none" -> new Progress() {
                    @Override public void step(String id, String outcome) { }
                    @Override public void close() { }
                };
                default -> throw new CommandLine.ParameterException(new CommandLine(new IngestCommand()), "--progress: auto, bar, lines or none, not " + mode);
            };
        }
    }

    record Bar(ProgressBar bar) implements Progress {
        @Override public void step(String id, String outcome) {
            bar.step();
            bar.setExtraMessage(outcome);
        }

        @Override public void close() { bar.close(); }
    }

    static final class Lines implements Progress {
        private static final long EVERY_NANOS = 5_000_000_000L;
        private final PrintWriter err;
        private long last = System.nanoTime(), n;

        Lines(PrintWriter err) { this.err = err; }

        @Override public void step(String id, String outcome) {
            n++;
            if (System.nanoTime() - last >= EVERY_NANOS) {
                err.printf("herald ingest: %d documents (last: %s, %s)%n", n, id, outcome);
                err.flush();
                last = System.nanoTime();
            }
        }

        @Override public void close() { }
    }
}
