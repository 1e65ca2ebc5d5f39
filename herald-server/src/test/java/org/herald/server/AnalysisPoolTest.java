package org.herald.server;

import org.herald.Page;
import org.herald.pipeline.Analysis;
import org.herald.extract.Article;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysisPoolTest {
    private static final Page PAGE = Page.ofText("p", "Some text.");

    private static Analysis done(Page p) {
        return Analysis.of(p.id(), p.source(), Article.EMPTY, List.of());
    }

    private static long in(long millis) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test void never_more_analyses_at_once_than_workers_however_many_callers() throws Exception {
        AtomicInteger now = new AtomicInteger(), most = new AtomicInteger();
        Function<Page, Analysis> slow = p -> {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            now.decrementAndGet();
            return done(p);
        };
        try (AnalysisPool pool = new AnalysisPool(slow, 3, 100)) {
            ExecutorService callers = Executors.newFixedThreadPool(40);
            List<Future<Analysis>> all = new ArrayList<>();
            for (int i = 0; i < 80; i++) all.add(callers.submit(() -> pool.analyze(PAGE, in(30_000))));
            int ok = 0, busy = 0;
            for (Future<Analysis> f : all) {
                try {
                    f.get();
                    ok++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertEquals("busy", ((ApiError) e.getCause()).code());
                    busy++;
                }
            }
            callers.shutdown();
            assertEquals(80, ok + busy);
            assertTrue(ok >= 40, "at most 40 callers wait at once and the queue holds 100: every one fits; ok=" + ok);
            assertEquals(3, most.get(), "analyses at once");
            assertEquals(3, pool.stats().peak());
            assertTrue(pool.stats().peak() <= pool.workers());
        }
    }

    @Test void a_full_queue_refuses_at_once_with_503() throws Exception {
        CountDownLatch release = new CountDownLatch(1), started = new CountDownLatch(1);
        Function<Page, Analysis> blocked = p -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return done(p);
        };
        try (AnalysisPool pool = new AnalysisPool(blocked, 1, 1)) {
            ExecutorService callers = Executors.newFixedThreadPool(2);
            Future<Analysis> running = callers.submit(() -> pool.analyze(PAGE, in(30_000)));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            Future<Analysis> queued = callers.submit(() -> pool.analyze(PAGE, in(30_000)));
            while (pool.stats().queued() == 0) Thread.sleep(5);
            long t0 = System.nanoTime();
            ApiError refused = assertThrows(ApiError.class, () -> pool.analyze(PAGE, in(30_000)));
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2), "refused at once");
            assertEquals(503, refused.status());
            assertEquals(1, refused.retryAfterSeconds());
            release.countDown();
            running.get(10, TimeUnit.SECONDS);
            queued.get(10, TimeUnit.SECONDS);
            assertEquals(1, pool.stats().refused());
            callers.shutdown();
        }
    }

    @Test void a_budget_that_runs_out_gets_503_and_a_queued_request_is_dropped_unstarted() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        Function<Page, Analysis> blocked = p -> {
            calls.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // cancelled: the pool's budget ran out
            }
            return done(p);
        };
        try (AnalysisPool pool = new AnalysisPool(blocked, 1, 4)) {
            ApiError first = assertThrows(ApiError.class, () -> pool.analyze(PAGE, in(200)));
            assertEquals("timeout", first.code());
            assertEquals(503, first.status());
            // The worker was interrupted and is free again; a request that waits out its budget in the queue never runs.
            ExecutorService callers = Executors.newSingleThreadExecutor();
            Future<Analysis> holder = callers.submit(() -> pool.analyze(PAGE, in(30_000)));
            while (calls.get() < 2) Thread.sleep(5);
            ApiError second = assertThrows(ApiError.class, () -> pool.analyze(PAGE, in(100)));
            assertEquals("timeout", second.code());
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            Thread.sleep(100);
            assertEquals(2, calls.get(), "the timed-out queued request must not have started");
            assertEquals(2, pool.stats().timedOut());
            callers.shutdown();
        }
    }
}
