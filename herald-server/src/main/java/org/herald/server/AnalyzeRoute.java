package org.herald.server;

import io.javalin.http.Context;
import org.herald.Page;
import org.herald.ServerSettings;
import org.herald.io.AnalysisJson;
import org.herald.pipeline.Analysis;

/**
 * {@code POST /api/analyze}: a page in, its Analysis out (docs/schema.md), stored nowhere. The client's rate is
 * checked before the body is read, the body is bounded, and the analysis runs in the {@link AnalysisPool} within the
 * request's time budget.
 */
final class AnalyzeRoute {
    private final AnalysisPool pool;
    private final RateLimiter limiter;
    private final ServerSettings settings;

    AnalyzeRoute(AnalysisPool pool, RateLimiter limiter, ServerSettings settings) {
        this.pool = pool;
        this.limiter = limiter;
        this.settings = settings;
    }

    void analyze(Context ctx) {
        ctx.result(AnalysisJson.line(analysis(ctx))).contentType("application/json; charset=utf-8");
    }

    /** Rate check, bounded read and bounded analysis: what every route that analyses a page does. */
    Analysis analysis(Context ctx) {
        long deadline = deadline();
        return analyze(page(ctx), deadline);
    }

    /** The request's time budget, from now. */
    long deadline() {
        return System.nanoTime() + settings.analyzeTimeoutMillis() * 1_000_000L;
    }

    /** The client's rate is checked before its body is read. */
    Page page(Context ctx) {
        long wait = limiter.acquire(ctx.ip());
        if (wait > 0) throw ApiError.rateLimited(wait);
        return PageRequest.read(ctx, settings.maxRequestBytes());
    }

    Analysis analyze(Page page, long deadline) {
        return pool.analyze(page, deadline);
    }
}
