package org.herald.server;

import org.herald.Page;
import org.herald.pipeline.Analysis;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The only place the server analyses pages: a fixed number of workers and a bounded queue in front of them. However
 * many clients ask, no more than {@code workers} analyses run at once and no more than {@code queue} wait; one request
 * more is refused at once (503), and a request whose time budget runs out gets 503 and its analysis is cancelled
 * (dropped unstarted if it was still waiting).
 */
public final class AnalysisPool implements AutoCloseable {
    private final Function<Page, Analysis> analyzer;
    private final int workers;
    private final ThreadPoolExecutor executor;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong timedOut = new AtomicLong();

    /** {@code analyzer} is {@code pipeline::analyze}: thread-safe, called from {@code workers} threads at most. */
    public AnalysisPool(Function<Page, Analysis> analyzer, int workers, int queue) {
        if (workers <= 0) throw new IllegalArgumentException("workers must be positive");
        this.analyzer = analyzer;
        this.workers = workers;
        BlockingQueue<Runnable> q = queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, q, r -> {
            Thread t = new Thread(r, "herald-analysis-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
        executor.prestartAllCoreThreads();
    }

    /**
     * Analyses {@code page} within the budget ending at {@code deadlineNanos} ({@link System#nanoTime} scale).
     *
     * @throws ApiError 503 when the queue is full or the budget runs out
     */
    public Analysis analyze(Page page, long deadlineNanos) {
        Future<Analysis> f;
        try {
            f = executor.submit(() -> run(page, deadlineNanos));
        } catch (RejectedExecutionException e) {
            refused.incrementAndGet();
            throw ApiError.busy("all " + workers + " analysis workers are busy and the queue is full; retry shortly");
        }
        try {
            Analysis a = f.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (a == null) throw timeout();
            return a;
        } catch (TimeoutException e) {
            f.cancel(true);
            throw timeout();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw ApiError.unavailable("the server is stopping");
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed", e.getCause());
        }
    }

    private ApiError timeout() {
        timedOut.incrementAndGet();
        return ApiError.timeout("the analysis did not finish within its time budget (server.analyzeTimeoutMillis)");
    }

    private Analysis run(Page page, long deadlineNanos) {
        if (System.nanoTime() >= deadlineNanos) return null; // waited out its budget in the queue: nobody is waiting
        int now = running.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
        try {
            return analyzer.apply(page);
        } finally {
            running.decrementAndGet();
            done.incrementAndGet();
        }
    }

    public int workers() { return workers; }

    /** What the pool is doing and has done, for /api/status and the load test. */
    public Stats stats() {
        return new Stats(workers, running.get(), executor.getQueue().size(), peak.get(), done.get(), refused.get(), timedOut.get());
    }

    /**
     * @param workers  the configured bound
     * @param running  analyses running now
     * @param queued   requests waiting for a worker
     * @param peak     the most analyses ever running at once
     * @param done     analyses finished (or abandoned by an interrupted worker)
     * @param refused  requests refused because the queue was full
     * @param timedOut requests whose budget ran out
     */
    public record Stats(int workers, int running, int queued, int peak, long done, long refused, long timedOut) {}

    @Override public void close() {
        executor.shutdownNow();
    }
}
