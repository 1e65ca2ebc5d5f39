package org.herald.server;

import io.javalin.http.Context;

/** The web page ({@code /}), its files ({@code /assets/{name}}) and its libraries ({@code /lib/{name}}). */
final class AssetRoutes {
    private final StaticAssets assets;

    AssetRoutes(StaticAssets assets) {
        this.assets = assets;
    }

    void index(Context ctx) {
        send(ctx, assets.web("index.html").orElseThrow());
    }

    void web(Context ctx) {
        send(ctx, assets.web(ctx.pathParam("name")).orElseThrow(() -> ApiError.notFound("no such file")));
    }

    void library(Context ctx) {
        send(ctx, assets.library(ctx.pathParam("name")).orElseThrow(() -> ApiError.notFound("no such file")));
    }

    private static void send(Context ctx, StaticAssets.Asset a) {
        ctx.header("Cache-Control", "no-cache").contentType(a.contentType()).result(a.bytes());
    }
}
