package org.herald.cli;

import org.herald.Analysis;
import org.herald.ErrorEntry;
import org.herald.StageTimer;
import org.herald.cli.input.InputDocument;
import org.herald.pipeline.Pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The loop every driver runs: documents in, analyses out in input order, on N threads with a bounded window
 * so that a large folder never sits in memory. A document that could not be read becomes an error record.
 * The pipeline is asked for at each submission, so a driver can hand in a fresh registry snapshot between documents.
 */
public final class AnalysisRunner implements AutoCloseable {
    private final Supplier<Pipeline> pipeline;
    private final ExecutorService pool;
    private final int window;
    private final StageTimer timer;
    private final Deque<Future<Analysis>> inFlight = new ArrayDeque<>();
    private final Consumer<Analysis> sink;

    /** One worker per core, at most 8: more would not fit their documents in the launcher's 2 GB heap. */
    public static int defaultThreads() { return Math.min(8, Runtime.getRuntime().availableProcessors()); }

    public AnalysisRunner(Supplier<Pipeline> pipeline, int threads, StageTimer timer, Consumer<Analysis> sink) {
        this.pipeline = pipeline;
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "herald-analyze");
            t.setDaemon(true);
            return t;
        });
        // Output keeps input order, so a long document holds back the finished ones behind it; a wide window keeps
        // the other workers busy meanwhile (analyses are small next to the pages they come from).
        this.window = Math.max(1, threads) * 8;
        this.timer = timer;
        this.sink = sink;
    }

    public void submit(InputDocument doc) {
        if (!doc.ok()) {
            inFlight.add(java.util.concurrent.CompletableFuture.completedFuture(
                    Analysis.failed(doc.id(), doc.source(), new ErrorEntry("input", doc.error()))));
        } else {
            Pipeline p = pipeline.get();
            inFlight.add(pool.submit(() -> analyzeSafely(p, doc)));
        }
        while (inFlight.size() >= window) drainOne();
    }

    private Analysis analyzeSafely(Pipeline p, InputDocument doc) {
        try {
            return p.analyze(doc.page(), timer);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A bug or a pathological page must cost one document, not the run.
            return Analysis.failed(doc.id(), doc.source(), new ErrorEntry("pipeline", e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private void drainOne() {
        Future<Analysis> f = inFlight.poll();
        try {
            sink.accept(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits for every submitted document and hands it to the sink. */
    public void finish() {
        while (!inFlight.isEmpty()) drainOne();
    }

    @Override public void close() {
        finish();
        pool.shutdownNow();
    }
}
