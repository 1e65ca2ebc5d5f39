package org.herald.server;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/openapi.json}: the OpenAPI 3 description of the API, as shipped in the jar. */
final class OpenApiRoute {
    static final String RESOURCE = "/herald/server/openapi.json";
    private final byte[] description;

    OpenApiRoute() {
        try (InputStream in = OpenApiRoute.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE);
            description = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void describe(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(description);
    }
}
