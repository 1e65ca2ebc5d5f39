package org.herald.cli;

import org.herald.events.Codebook;
import org.herald.events.typer.SentenceEncoder;
import org.herald.events.typer.SoftmaxRegression;
import org.herald.events.typer.TyperHead;
import org.herald.events.typer.TyperTrainer;
import org.herald.knowledge.KnowledgeSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code herald train events}: the event typer's head ({@link TyperTrainer}) from the labelled sentences of a folder,
 * written as {@code events/typer-head.tsv}. The same data and seed give the same file.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Train the event typer's head from labelled sentences (.jsonl files of a folder).")
public final class TrainEventsCommand implements Callable<Integer> {
    static final String SHIPPED = "herald-core/src/main/resources/herald/" + TyperHead.FILE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", description = "Folder of training .jsonl files (default: ${DEFAULT-VALUE}).", defaultValue = "training/events")
    Path data;

    @Option(names = "--out", description = "Head file to write (default: ${DEFAULT-VALUE}).", defaultValue = SHIPPED)
    Path out;

    @Option(names = "--folds", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).", defaultValue = "5")
    int folds;

    @Option(names = "--seed", description = "Seed of the fold draw (default: ${DEFAULT-VALUE}).", defaultValue = "13")
    long seed;

    @Option(names = "--epochs", description = "Passes of the fit (default: ${DEFAULT-VALUE}).", defaultValue = "400")
    int epochs;

    @Option(names = "--rate", description = "Adam's step size (default: ${DEFAULT-VALUE}).", defaultValue = "0.1")
    double rate;

    @Option(names = "--l2", description = "Weight of the L2 penalty (default: ${DEFAULT-VALUE}).", defaultValue = "0.0001")
    double l2;

    @Override public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        if (folds < 2) throw new CommandLine.ParameterException(spec.commandLine(), "--folds needs at least 2");
        List<TyperTrainer.Example> examples = TyperTrainer.read(data);
        long t0 = System.nanoTime();
        TyperTrainer.Result r;
        try (SentenceEncoder encoder = SentenceEncoder.load()) {
            List<String> provenance = new ArrayList<>();
            provenance.add(TyperHead.FILE + ": the event typer's linear softmax head (org.herald.events.typer).");
            provenance.add("Trained by: herald train events --data " + data + " --folds " + folds + " --seed " + seed
                    + " --epochs " + epochs + " --rate " + rate + " --l2 " + l2);
            provenance.add("Data: " + String.join(", ", TyperTrainer.digests(data)) + ".");
            r = new TyperTrainer(encoder, Codebook.load(KnowledgeSource.shipped()), new SoftmaxRegression(epochs, rate, l2))
                    .train(examples, folds, seed, provenance);
        }
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        Files.writeString(out, r.head().format(), StandardCharsets.UTF_8);
        TyperTrainer.Figures f = r.figures();
        w.printf(Locale.ROOT, "%d event and %d no-event sentences; %d-fold cross-validation, seed %d (%.1f s)%n",
                f.events(), f.none(), folds, seed, (System.nanoTime() - t0) / 1e9);
        w.printf(Locale.ROOT, "threshold %.2f: type accuracy on events %.3f, no-event rejection %.3f%n",
                f.threshold(), f.eventAccuracy(), f.rejection());
        w.printf(Locale.ROOT, "no threshold: type accuracy on events %.3f, no-event rejection %.3f%n",
                f.eventAccuracyUngated(), f.rejectionUngated());
        w.println("wrote " + out);
        w.flush();
        return ExitCodes.OK;
    }
}
