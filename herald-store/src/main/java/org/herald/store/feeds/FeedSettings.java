package org.herald.store.feeds;

import java.time.Duration;

/**
 * How the watcher talks to other people's servers. Every wait and size is bounded, so one slow or hostile server
 * costs one entry, never the watcher.
 *
 * @param connectTimeout  the longest wait for a TCP connection
 * @param readTimeout     the longest wait for a whole response (headers and body): a server that trickles bytes
 *                        is cut off at this, not only one that sends none
 * @param maxBytes        the largest body read (a feed or a page); a larger one is cut off and refused
 * @param hostDelay       the least time between two requests to the same host (politeness)
 * @param maxRedirects    redirects followed per request; a loop is refused at its first repetition
 * @param maxAttempts     polls at which a page that failed for a passing reason (timeout, 5xx, 429, a reset
 *                        connection) is fetched again before it is stored as a failed document
 * @param maxEntries      entries taken from one feed per poll (the newest first, as feeds list them)
 * @param userAgent       sent with every request, naming the software and where to read about it
 */
public record FeedSettings(Duration connectTimeout, Duration readTimeout, long maxBytes, Duration hostDelay, int maxRedirects,
                           int maxAttempts, int maxEntries, String userAgent) {
    public static final String USER_AGENT = "Herald/0.1 (news event coder; +https://github.com/herald-events/herald)";

    public FeedSettings {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero())
            throw new IllegalArgumentException("timeouts must be positive");
        if (maxBytes <= 0 || hostDelay.isNegative() || maxRedirects < 0 || maxAttempts < 1 || maxEntries < 1)
            throw new IllegalArgumentException("feed settings out of range");
        if (userAgent == null || userAgent.isBlank()) throw new IllegalArgumentException("a User-Agent is required");
    }

    /**
     * The shipped settings: connect in 10 s, a whole response in 30 s, a page as large as the pipeline accepts, 2 s
     * between requests to one host (feeds often list dozens of articles of one site), 5 redirects, 3 attempts, 200
     * entries a feed.
     */
    public static FeedSettings defaults(long maxPageBytes) {
        return new FeedSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), maxPageBytes, Duration.ofSeconds(2), 5, 3, 200, USER_AGENT);
    }

    public FeedSettings withHostDelay(Duration d) {
        return new FeedSettings(connectTimeout, readTimeout, maxBytes, d, maxRedirects, maxAttempts, maxEntries, userAgent);
    }

    public FeedSettings withReadTimeout(Duration d) {
        return new FeedSettings(connectTimeout, d, maxBytes, hostDelay, maxRedirects, maxAttempts, maxEntries, userAgent);
    }

    public FeedSettings withMaxAttempts(int n) {
        return new FeedSettings(connectTimeout, readTimeout, maxBytes, hostDelay, maxRedirects, n, maxEntries, userAgent);
    }

    public FeedSettings withMaxBytes(long n) {
        return new FeedSettings(connectTimeout, readTimeout, n, hostDelay, maxRedirects, maxAttempts, maxEntries, userAgent);
    }
}
