package org.herald.server;

import io.javalin.config.RoutesConfig;

/**
 * Every endpoint of the server, in one place. Handlers parse the request, call the pipeline (through the
 * {@link AnalysisPool}) or the store, and render JSON; they hold no analysis logic. docs/openapi.json describes the
 * same list, and a test checks the two agree.
 */
final class Routes {
    private Routes() { }

    /** The handler objects the routes call. */
    record Handlers(AssetRoutes assets, OpenApiRoute openApi, StatusRoute status, AnalyzeRoute analyze, StoreRoutes store) {}

    static void register(RoutesConfig r, Handlers h) {
        // The web page and its files, from the jar only.
        r.get("/", h.assets()::index);
        r.get("/assets/{name}", h.assets()::web);
        r.get("/lib/{name}", h.assets()::library);
        // The API.
        r.get("/api/openapi.json", h.openApi()::describe);
        r.get("/api/status", h.status()::status);
        r.post("/api/analyze", h.analyze()::analyze);
        // The store: one writing route, the rest read-only.
        r.post("/api/documents", h.store()::add);
        r.get("/api/documents/{id}", h.store()::document);
        r.get("/api/events", h.store()::events);
        r.get("/api/quotes", h.store()::quotes);
        r.get("/api/actors/{code}", h.store()::actor);
        r.get("/api/search", h.store()::search);
        r.get("/api/dyads", h.store()::dyads);
        r.get("/api/context/{code}", h.store()::context);
    }
}
