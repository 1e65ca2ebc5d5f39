package org.herald.store.feeds;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GET with every bound of {@link FeedSettings}: connect and whole-response timeouts, a body size limit, a delay
 * between two requests to one host, redirects followed by hand (counted, loops refused, http and https only), a
 * User-Agent on every request, and conditional requests (If-None-Match, If-Modified-Since) for feeds. Never throws
 * for what a server does: every outcome is a {@link Fetch}. One thread at a time (the watcher fetches in order).
 */
public final class PoliteFetcher {
    private final FeedSettings settings;
    private final HttpClient client;
    /** When each host (host:port) may be asked again, in System.nanoTime() terms. */
    private final Map<String, Long> nextAllowed = new HashMap<>();

    public PoliteFetcher(FeedSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A plain GET. */
    public Fetch get(URI url) { return get(url, null, null); }

    /** A GET that the server may answer with 304 when the resource still has this ETag or has not changed since. */
    public Fetch get(URI url, String etag, String lastModified) {
        URI current = url;
        Set<URI> seen = new HashSet<>();
        for (int hop = 0; ; hop++) {
            Optional<String> refused = refuse(current);
            if (refused.isPresent()) return Fetch.failed(current, 0, refused.get(), false);
            if (!seen.add(current)) return Fetch.failed(current, 0, "redirect loop at " + current, false);
            Hop h = once(current, hop == 0 ? etag : null, hop == 0 ? lastModified : null);
            Fetch f = h.fetch();
            if (f.status() < 300 || f.status() >= 400 || f.status() == 304 || f.error() != null) return f;
            if (h.location() == null) return Fetch.failed(current, f.status(), "HTTP " + f.status() + " without a Location", false);
            if (hop >= settings.maxRedirects()) return Fetch.failed(current, f.status(), "more than " + settings.maxRedirects() + " redirects", false);
            try {
                current = current.resolve(h.location().strip());
            } catch (IllegalArgumentException e) {
                return Fetch.failed(current, f.status(), "bad redirect Location: " + e.getMessage(), false);
            }
        }
    }

    /** Why a URL is not fetched at all: only http and https, with a host (a feed's links are untrusted). */
    static Optional<String> refuse(URI u) {
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) return Optional.of("not an http(s) URL: " + u);
        if (u.getHost() == null) return Optional.of("no host in " + u);
        return Optional.empty();
    }

    /** One exchange's answer, and where a redirect points. */
    private record Hop(Fetch fetch, String location) {
        Hop(Fetch fetch) { this(fetch, null); }
    }

    /** One exchange, redirects not followed; the host's next turn counts from the end of this answer. */
    private Hop once(URI url, String etag, String lastModified) {
        waitForTurn(url);
        try {
            return exchange(url, etag, lastModified);
        } finally {
            nextAllowed.put(hostKey(url), System.nanoTime() + settings.hostDelay().toNanos());
        }
    }

    private Hop exchange(URI url, String etag, String lastModified) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url).GET().timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5");
        if (etag != null) b.header("If-None-Match", etag);
        if (lastModified != null) b.header("If-Modified-Since", lastModified);
        CompletableFuture<HttpResponse<byte[]>> future;
        try {
            future = client.sendAsync(b.build(), BoundedBody.handler(settings.maxBytes()));
        } catch (IllegalArgumentException e) {
            return new Hop(Fetch.failed(url, 0, "bad request: " + e.getMessage(), false));
        }
        HttpResponse<byte[]> r;
        try {
            // The request timeout covers the headers only; this bounds the body too.
            r = future.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Hop(Fetch.failed(url, 0, "no complete answer within " + settings.readTimeout().toSeconds() + " s", true));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Hop(Fetch.failed(url, 0, "interrupted", true));
        } catch (ExecutionException e) {
            Throwable c = rootCause(e);
            if (c instanceof BoundedBody.TooLarge) return new Hop(Fetch.failed(url, 0, "body " + c.getMessage(), false));
            boolean timeout = c instanceof HttpTimeoutException;
            return new Hop(Fetch.failed(url, 0, (timeout ? "timed out: " : "connection failed: ") + c.getClass().getSimpleName()
                    + (c.getMessage() == null ? "" : " " + c.getMessage()), true));
        }
        int status = r.statusCode();
        if (status >= 300 && status < 400 && status != 304) {
            return new Hop(new Fetch(url, status, new byte[0], null, null, null, null, false), r.headers().firstValue("location").orElse(null));
        }
        if (status == 200 || status == 304) {
            return new Hop(new Fetch(url, status, status == 200 ? r.body() : new byte[0], r.headers().firstValue("content-type").orElse(null),
                    r.headers().firstValue("etag").orElse(null), r.headers().firstValue("last-modified").orElse(null), null, false));
        }
        return new Hop(Fetch.failed(url, status, "HTTP " + status, status >= 500 || status == 429));
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c && !(c instanceof BoundedBody.TooLarge)) c = c.getCause();
        return c;
    }

    private static String hostKey(URI url) {
        return url.getHost().toLowerCase(Locale.ROOT) + ":" + url.getPort();
    }

    /** Sleeps until the host may be asked again. */
    private void waitForTurn(URI url) {
        long now = System.nanoTime();
        Long at = nextAllowed.get(hostKey(url));
        if (at != null && at > now) {
            try {
                TimeUnit.NANOSECONDS.sleep(at - now);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
