package org.herald.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.herald.HeraldConfig;
import org.herald.ServerSettings;
import org.herald.pipeline.Pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A server on a free loopback port and a client for it. */
final class TestServer implements AutoCloseable {
    final HeraldServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final ByteArrayOutputStream log = new ByteArrayOutputStream();

    TestServer(Pipeline pipeline, ServerSettings settings) {
        this(pipeline, settings, null);
    }

    TestServer(Pipeline pipeline, ServerSettings settings, java.nio.file.Path store) {
        server = HeraldServer.start(pipeline, new ServerOptions("127.0.0.1", 0, settings, store),
                new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    /** Article recovery only (no models): fast, for everything but the analysis itself. */
    static TestServer articlesOnly(ServerSettings settings) {
        return new TestServer(Pipeline.articlesOnly(HeraldConfig.defaults()), settings);
    }

    static TestServer articlesOnly(ServerSettings settings, java.nio.file.Path store) {
        return new TestServer(Pipeline.articlesOnly(HeraldConfig.defaults()), settings, store);
    }

    static ServerSettings defaults() { return HeraldConfig.defaults().server(); }

    int port() { return server.port(); }

    String url(String path) { return "http://127.0.0.1:" + port() + path; }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return Json.MAPPER.readTree(r.body());
    }

    @Override public void close() {
        server.close();
    }
}
