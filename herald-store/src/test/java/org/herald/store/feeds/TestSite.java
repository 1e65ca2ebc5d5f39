package org.herald.store.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A web site on 127.0.0.1 for the watcher's tests: routes that answer, stall, fail, redirect or never end. */
final class TestSite implements AutoCloseable {
    /** One request as the site saw it. */
    record Request(String path, Map<String, List<String>> headers, long nanos) {
        String header(String name) {
            for (var e : headers.entrySet()) if (e.getKey().equalsIgnoreCase(name)) return e.getValue().get(0);
            return null;
        }
    }

    interface Route {
        void answer(HttpExchange x) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            requests.add(new Request(x.getRequestURI().getPath(), Map.copyOf(x.getRequestHeaders()), System.nanoTime()));
            Route r = routes.get(x.getRequestURI().getPath());
            try (x) {
                if (r == null) send(x, 404, "text/plain", "no such page");
                else r.answer(x);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client went away (a cut-off download): nothing to answer
            }
        });
        server.setExecutor(pool);
        server.start();
    }

    URI url(String path) { return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path); }

    void route(String path, Route r) { routes.put(path, r); }

    void page(String path, String html) { route(path, x -> send(x, 200, "text/html; charset=utf-8", html)); }

    long hits(String path) { return requests.stream().filter(r -> r.path().equals(path)).count(); }

    static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        if (type != null) x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) try (OutputStream o = x.getResponseBody()) {
            o.write(b);
        }
    }

    /** An RSS 2.0 feed of these article paths, on this site. */
    String rss(String... paths) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Test news</title>"
                + "<link>" + url("/") + "</link><description>tests</description>");
        for (String p : paths) b.append("<item><title>Story ").append(p).append("</title><link>").append(url(p))
                .append("</link><pubDate>Tue, 05 Nov 2024 10:00:00 GMT</pubDate></item>");
        return b.append("</channel></rss>").toString();
    }

    static String article(String headline) {
        return "<html><head><title>" + headline + "</title></head><body><article><h1>" + headline + "</h1>"
                + "<p>The foreign minister met his counterpart in the capital on Monday to discuss the border agreement.</p>"
                + "<p>Both governments said the talks would continue next month, officials told reporters after the meeting.</p>"
                + "</article></body></html>";
    }

    @Override public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
