package org.herald.run;

import org.herald.ErrorEntry;
import org.herald.StageTimer;
import org.herald.actors.LearnedOfficial;
import org.herald.actors.memory.ActorMemory;
import org.herald.io.InputDocument;
import org.herald.io.PageSource;
import org.herald.pipeline.Analysis;
import org.herald.pipeline.Pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The loop every driver runs: documents in, analyses out in input order, on N threads with a bounded window so that a
 * large folder never sits in memory. A document that could not be read, or that a stage failed on, becomes an error
 * record: the run goes on and every input is accounted for.
 *
 * <p>Officials: the pipeline reads a snapshot of the {@link ActorMemory} taken when the run starts. With learning on,
 * documents go in batches of {@link #BATCH}; after each batch the officials its documents introduced are merged into the
 * memory and the next batch reads the new snapshot. A batch boundary is a barrier (every document of the batch is
 * finished first), so results never depend on the number of threads. With learning off the memory is only read, and the
 * same input gives the same output every time.
 *
 * <pre>{@code
 * try (Runner run = Runner.of(pipeline).threads(2).memory(memory, learn).start(sink)) {
 *     source.read(run::submit);
 * }
 * }</pre>
 */
public final class Runner implements AutoCloseable {
    /** Documents per learning batch: large enough that the barrier costs little, small enough that learning shows soon. */
    public static final int BATCH = 16;

    private final ExecutorService pool;
    private final int window;
    private final StageTimer timer;
    private final Consumer<Analyzed> sink;
    private final ActorMemory memory;
    private final boolean learn;
    private final Deque<Future<Analyzed>> inFlight = new ArrayDeque<>();
    private final List<LearnedOfficial> learned = new ArrayList<>();
    private Pipeline pipeline;
    private int submitted, failed;

    /** One worker per core, at most 8: more would not fit their documents in the launcher's 2 GB heap. */
    public static int defaultThreads() { return Math.min(8, Runtime.getRuntime().availableProcessors()); }

    public static Builder of(Pipeline pipeline) { return new Builder(pipeline); }

    /** How a run is set up; {@link #start} begins it. */
    public static final class Builder {
        private final Pipeline pipeline;
        private int threads = defaultThreads();
        private ActorMemory memory = ActorMemory.NONE;
        private boolean learn;
        private StageTimer timer = StageTimer.NONE;

        private Builder(Pipeline pipeline) { this.pipeline = Objects.requireNonNull(pipeline); }

        public Builder threads(int n) {
            if (n < 1) throw new IllegalArgumentException("threads must be at least 1, not " + n);
            threads = n;
            return this;
        }

        /** The officials the pipeline reads; with {@code learn}, what documents teach is merged into it. */
        public Builder memory(ActorMemory m, boolean learn) {
            this.memory = Objects.requireNonNull(m);
            this.learn = learn;
            return this;
        }

        public Builder timer(StageTimer t) {
            this.timer = Objects.requireNonNull(t);
            return this;
        }

        public Runner start(Consumer<Analyzed> sink) { return new Runner(this, sink); }
    }

    private Runner(Builder b, Consumer<Analyzed> sink) {
        this.pipeline = b.pipeline.withRegistry(b.memory.snapshot());
        this.pool = Executors.newFixedThreadPool(b.threads, r -> {
            Thread t = new Thread(r, "herald-analyze");
            t.setDaemon(true);
            return t;
        });
        // Output keeps input order, so a long document holds back the finished ones behind it; a wide window keeps
        // the other workers busy meanwhile (analyses are small next to the pages they come from).
        this.window = b.threads * 8;
        this.timer = b.timer;
        this.memory = b.memory;
        this.learn = b.learn;
        this.sink = sink;
    }

    /** Runs every document of {@code source} through this runner. */
    public void run(PageSource source) {
        source.read(this::submit);
    }

    public void submit(InputDocument doc) {
        if (!doc.ok()) {
            inFlight.add(CompletableFuture.completedFuture(new Analyzed(analyze(pipeline, doc, timer), 0)));
        } else {
            Pipeline p = pipeline;
            inFlight.add(pool.submit(() -> analyzeSafely(p, doc)));
        }
        while (inFlight.size() >= window) drainOne();
        if (learn && ++submitted % BATCH == 0) {
            drainAll();
            remember();
        }
    }

    private Analyzed analyzeSafely(Pipeline p, InputDocument doc) {
        long t0 = System.nanoTime();
        Analysis a = analyze(p, doc, timer);
        return new Analyzed(a, System.nanoTime() - t0);
    }

    /**
     * One document's analysis, never an exception: an input that could not be read becomes an {@code input} error
     * record, a stage that threw a {@code pipeline} one. Every driver (this runner, the Spark job) goes through here.
     */
    public static Analysis analyze(Pipeline p, InputDocument doc, StageTimer timer) {
        if (!doc.ok()) return Analysis.failed(doc.id(), doc.source(), new ErrorEntry("input", doc.error()));
        try {
            return p.analyze(doc.page(), timer);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A bug or a pathological page must cost one document, not the run.
            return Analysis.failed(doc.id(), doc.source(), new ErrorEntry("pipeline", e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private void drainOne() {
        Future<Analyzed> f = inFlight.poll();
        Analyzed done;
        try {
            done = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (done.analysis().hasErrors()) failed++;
        if (learn) learned.addAll(done.analysis().learned());
        sink.accept(done);
    }

    private void drainAll() {
        while (!inFlight.isEmpty()) drainOne();
    }

    private void remember() {
        if (learned.isEmpty()) return;
        memory.merge(learned);
        learned.clear();
        pipeline = pipeline.withRegistry(memory.snapshot());
    }

    /** Documents handed to the sink so far that carry errors. */
    public int failed() { return failed; }

    /** Waits for every submitted document, hands it to the sink and, when learning, merges what the last batch taught. */
    public void finish() {
        drainAll();
        if (learn) remember();
    }

    @Override public void close() {
        try {
            finish();
        } finally {
            pool.shutdownNow();
        }
    }
}
