package org.herald.cli;

import org.herald.HeraldConfig;
import org.herald.io.tables.AnalysisRows;
import org.herald.pipeline.Pipeline;
import org.herald.run.Runner;
import org.herald.store.Store;
import org.herald.store.StoreException;
import org.herald.store.StoreWriter;
import org.herald.store.feeds.FeedList;
import org.herald.store.feeds.FeedSettings;
import org.herald.store.feeds.FeedWatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code herald watch}: poll feeds and ingest their new articles into the store, every so often or once. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Poll RSS/Atom feeds and ingest their new articles into the store, as ingest does.",
                "FEEDS is a text file with one feed URL a line (# starts a comment). No article is ingested twice, "
                        + "across polls and restarts: the store remembers the links it has seen."})
public final class WatchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin CommonOptions common;
    @Mixin RunOptions run;
    @Mixin StoreOptions storeOptions;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m",
            description = "Time from the start of one poll to the start of the next: 90s, 15m, 1h (default: ${DEFAULT-VALUE}).")
    String every;

    @Option(names = "--once", description = "Poll once and stop.")
    boolean once;

    @Option(names = "--host-delay", paramLabel = "DURATION", defaultValue = "2s",
            description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).")
    String hostDelay;

    @Option(names = "--attempts", paramLabel = "N",
            description = "Polls at which a page that failed for a reason that may pass (timeout, 5xx, 429) is fetched before it "
                    + "is stored as a failed document; 1 stores it at the first failure (default: 3).")
    Integer attempts;

    @Parameters(index = "0", paramLabel = "FEEDS", description = "The feeds file.")
    Path feedsFile;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Duration interval, delay;
        List<URI> feeds;
        try {
            interval = duration(every, "--every");
            delay = duration(hostDelay, "--host-delay");
            feeds = FeedList.read(feedsFile);
            if (attempts != null && attempts < 1) throw new IllegalArgumentException("--attempts must be at least 1, not " + attempts);
        } catch (IllegalArgumentException e) {
            err.println("herald: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("herald: cannot read " + feedsFile + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        HeraldConfig config = common.config();
        FeedSettings settings = FeedSettings.defaults(config.limits().maxPageBytes()).withHostDelay(delay);
        if (attempts != null) settings = settings.withMaxAttempts(attempts);
        Pipeline[] pipeline = {null};
        // Models load at the first new article, once for every poll of the process.
        Supplier<Runner.Builder> runners = () -> {
            if (pipeline[0] == null) pipeline[0] = common.pipeline(config, err);
            return run.runner(pipeline[0], config, common);
        };
        Path file = storeOptions.file(common.dataDir());
        boolean anyFailed = false;
        while (true) {
            long start = System.nanoTime();
            try (Store store = Store.openForWriting(file); StoreWriter writer = store.writer(AnalysisRows.load(Pipeline.knowledge(config)))) {
                FeedWatch.Poll p = new FeedWatch(store, writer, settings).poll(feeds, "watch " + feedsFile, (id, outcome) -> {
                    if (common.verbose) err.println(outcome + " " + id);
                }, runners);
                report(p, store, out, err);
                anyFailed |= p.failed() > 0 || p.feedErrors() > 0 || p.ingest().failed() > 0;
            } catch (StoreException e) {
                err.println("herald: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            if (once) return anyFailed ? ExitCodes.DOCUMENT_ERRORS : ExitCodes.OK;
            long waitMs = interval.toMillis() - (System.nanoTime() - start) / 1_000_000;
            if (waitMs > 0) {
                try {
                    Thread.sleep(waitMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return ExitCodes.OK;
                }
            }
        }
    }

    static void report(FeedWatch.Poll p, Store store, PrintWriter out, PrintWriter err) {
        for (String problem : p.problems()) err.println("herald watch: " + problem);
        err.flush();
        out.printf(Locale.ROOT, "%s poll: %d feeds (%d not modified, %d failed), %d entries, %d new: %d fetched, %d to try again, %d failed;%n",
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), p.feeds(), p.notModified(), p.feedErrors(),
                p.entries(), p.fresh(), p.stored(), p.retrying(), p.failed());
        IngestCommand.summary(p.ingest(), store, out);
    }

    /** 90s, 15m, 2h, 500ms, or an ISO-8601 duration (PT15M). */
    static Duration duration(String text, String option) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("pt")) return positive(Duration.parse(t), option, text);
            int unitAt = 0;
            while (unitAt < t.length() && Character.isDigit(t.charAt(unitAt))) unitAt++;
            long n = Long.parseLong(t.substring(0, unitAt));
            Duration d = switch (t.substring(unitAt)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> throw new IllegalArgumentException();
            };
            return option.equals("--host-delay") ? d : positive(d, option, text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(option + " needs a duration such as 90s, 15m or 2h, not '" + text + "'");
        }
    }

    private static Duration positive(Duration d, String option, String text) {
        if (d.isZero() || d.isNegative()) throw new IllegalArgumentException(option + " must be positive, not '" + text + "'");
        return d;
    }
}
