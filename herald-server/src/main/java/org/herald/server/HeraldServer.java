package org.herald.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import org.herald.ServerSettings;
import org.herald.io.tables.AnalysisRows;
import org.herald.pipeline.Pipeline;

import java.io.PrintStream;
import java.util.List;

/**
 * Herald's web server: the REST API and the web page, in the same process as the pipeline. {@link #start} builds it
 * from a loaded pipeline and {@link ServerOptions}; {@link #close} stops it.
 */
public final class HeraldServer implements AutoCloseable {
    /** Read-only stores open at once for the GET routes (each answers one request at a time). */
    private static final int STORE_READERS = 4;

    private final Javalin app;
    private final AnalysisPool pool;
    private final StoreAccess store;

    private HeraldServer(Javalin app, AnalysisPool pool, StoreAccess store) {
        this.app = app;
        this.pool = pool;
        this.store = store;
    }

    /** Starts listening; returns once the port is open. {@code log} gets the server's own failures (never the client). */
    public static HeraldServer start(Pipeline pipeline, ServerOptions options, PrintStream log) {
        ServerSettings s = options.settings();
        AnalysisPool pool = new AnalysisPool(pipeline::analyze, s.effectiveWorkers(), s.queue());
        StoreAccess store = StoreAccess.open(options.store(), AnalysisRows.load(Pipeline.knowledge(pipeline.config())), STORE_READERS);
        AnalyzeRoute analyze = new AnalyzeRoute(pool, new RateLimiter(s.analyzePerMinute(), s.analyzeBurst()), s);
        Routes.Handlers handlers = new Routes.Handlers(new AssetRoutes(StaticAssets.load()), new OpenApiRoute(),
                new StatusRoute(pool, store), analyze, new StoreRoutes(store, analyze, s));
        RequestGuard guard = new RequestGuard(options.bind());
        Javalin app = Javalin.create(cfg -> configure(cfg, options, guard, handlers, log));
        try {
            app.start(options.bind(), options.port());
        } catch (RuntimeException e) {
            pool.close();
            store.close();
            throw e;
        }
        return new HeraldServer(app, pool, store);
    }

    private static void configure(JavalinConfig cfg, ServerOptions options, RequestGuard guard, Routes.Handlers handlers, PrintStream log) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = options.settings().maxRequestBytes();
        cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
        cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorPage()));
        cfg.routes.before(ctx -> {
            SecurityHeaders.apply(ctx::header);
            if (ctx.path().startsWith("/api/")) ctx.header("Cache-Control", "no-store");
            guard.check(ctx);
        });
        Routes.register(cfg.routes, handlers);
        cfg.routes.exception(ApiError.class, (e, ctx) -> refuse(ctx, e.status(), e.code(), e.getMessage(), e.retryAfterSeconds()));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) ->
                refuse(ctx, e.getStatus(), Json.codeOf(e.getStatus()), messageOf(e.getStatus()), 0));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            log.println("herald serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            refuse(ctx, 500, "internal", "the server failed to answer this request", 0);
        });
        for (int status : List.of(404, 405))
            cfg.routes.error(status, ctx -> {
                if (!ctx.result().isEmpty() && ctx.contentType() != null && ctx.contentType().startsWith("application/json")) return;
                refuse(ctx, status, Json.codeOf(status), messageOf(status), 0);
            });
    }

    private static String messageOf(int status) {
        return switch (status) {
            case 404 -> "no such route or file";
            case 405 -> "this route does not take that method";
            case 413 -> "the request body is too large";
            default -> "the request was refused";
        };
    }

    private static void refuse(Context ctx, int status, String code, String message, long retryAfter) {
        SecurityHeaders.apply(ctx::header);
        ctx.header("Cache-Control", "no-store");
        if (retryAfter > 0) ctx.header("Retry-After", Long.toString(retryAfter));
        ctx.status(status).contentType("application/json; charset=utf-8").result(Json.error(status, code, message));
    }

    public int port() { return app.port(); }

    /** The analysis pool's counters (the load test reads them). */
    public AnalysisPool.Stats analysisStats() { return pool.stats(); }

    /** The endpoints registered, as "METHOD path" (the OpenAPI test compares them with the description). */
    List<String> endpoints() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(p -> p.endpoint.method.name() + " " + p.endpoint.path)
                .toList();
    }

    @Override public void close() {
        app.stop();
        pool.close();
        store.close();
    }
}
