package org.herald;

/**
 * Bounds of {@code herald serve} (keys {@code server.*} of herald.properties). Every request that analyses a page
 * goes through these: a bounded worker pool, a bounded queue in front of it, a time budget and a per-client rate.
 *
 * @param workers              analyses running at once (0 = one per core, at most 8)
 * @param queue                analysis requests waiting for a worker; one more is refused with 503
 * @param analyzeTimeoutMillis time budget of one analysis request from arrival, queueing included
 * @param maxRequestBytes      bytes of one request body
 * @param analyzePerMinute     analysis requests one client (IP address) may make per minute
 * @param analyzeBurst         of those, how many it may make at once
 * @param pageSize             records per page of the list routes
 */
public record ServerSettings(int workers, int queue, long analyzeTimeoutMillis, long maxRequestBytes,
                             int analyzePerMinute, int analyzeBurst, int pageSize) {
    public ServerSettings {
        if (workers < 0 || queue < 0 || analyzeTimeoutMillis <= 0 || maxRequestBytes <= 0 || analyzePerMinute <= 0
                || analyzeBurst <= 0 || pageSize <= 0)
            throw new IllegalArgumentException("server settings must be positive (workers and queue may be 0)");
    }

    /** The worker count to run: {@link #workers}, or one per core (at most 8) when it is 0. */
    public int effectiveWorkers() {
        return workers > 0 ? workers : Math.min(8, Runtime.getRuntime().availableProcessors());
    }

    public ServerSettings withWorkers(int n) {
        return new ServerSettings(n, queue, analyzeTimeoutMillis, maxRequestBytes, analyzePerMinute, analyzeBurst, pageSize);
    }

    public ServerSettings withRate(int perMinute, int burst) {
        return new ServerSettings(workers, queue, analyzeTimeoutMillis, maxRequestBytes, perMinute, burst, pageSize);
    }

    public ServerSettings withQueue(int n) {
        return new ServerSettings(workers, n, analyzeTimeoutMillis, maxRequestBytes, analyzePerMinute, analyzeBurst, pageSize);
    }

    public ServerSettings withTimeoutMillis(long ms) {
        return new ServerSettings(workers, queue, ms, maxRequestBytes, analyzePerMinute, analyzeBurst, pageSize);
    }

    public ServerSettings withMaxRequestBytes(long n) {
        return new ServerSettings(workers, queue, analyzeTimeoutMillis, n, analyzePerMinute, analyzeBurst, pageSize);
    }
}
