package org.herald.server;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    private void advanceSeconds(double s) {
        clock.addAndGet((long) (s * 1e9));
    }

    @Test void a_client_gets_its_burst_then_waits_for_the_refill() {
        RateLimiter limiter = new RateLimiter(60, 3, clock::get); // one a second, three at once
        for (int i = 0; i < 3; i++) assertEquals(0, limiter.acquire("a"));
        long wait = limiter.acquire("a");
        assertEquals(1, wait, "a token comes back after one second");
        advanceSeconds(1.01);
        assertEquals(0, limiter.acquire("a"));
        assertTrue(limiter.acquire("a") > 0);
        advanceSeconds(10);
        for (int i = 0; i < 3; i++) assertEquals(0, limiter.acquire("a"), "refilled to the burst, no more");
        assertTrue(limiter.acquire("a") > 0);
    }

    @Test void clients_have_their_own_buckets() {
        RateLimiter limiter = new RateLimiter(6, 1, clock::get);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(10, limiter.acquire("a"), "six a minute: ten seconds to the next");
        assertEquals(0, limiter.acquire("b"));
    }

    @Test void a_flood_of_new_addresses_does_not_grow_the_table_without_bound() {
        RateLimiter limiter = new RateLimiter(1, 1, clock::get); // buckets refill only after a minute: none is idle
        for (int i = 0; i < RateLimiter.MAX_CLIENTS; i++) limiter.acquire("10.0." + i);
        assertEquals(0, limiter.acquire("new-1"), "the overflow bucket serves the first newcomer");
        assertTrue(limiter.acquire("new-2") > 0, "and then limits every further newcomer together");
        advanceSeconds(TimeUnit.MINUTES.toSeconds(2));
        assertEquals(0, limiter.acquire("new-3"), "idle clients are forgotten to make room");
    }
}
