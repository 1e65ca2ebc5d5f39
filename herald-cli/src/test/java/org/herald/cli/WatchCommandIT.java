package org.herald.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code herald watch --once} end to end, in-process, against a news site on 127.0.0.1 that the test runs: an RSS
 * feed listing two article pages, one of which answers 500. Checked through the command's summary and exit status
 * and through {@code herald query} on the store; the feed-level cases (304s, timeouts, redirects, politeness) are
 * FeedWatchTest's.
 */
class WatchCommandIT {
    @TempDir static Path dir;
    static HttpServer site;
    static final Map<String, Integer> HITS = new ConcurrentHashMap<>();

    static final String ARTICLE = "<html><head><title>Talks in Nairobi</title></head><body><article><h1>Talks in Nairobi</h1>"
            + "<p>Kenyan President Daniel Mwangi met the Ethiopian prime minister in Nairobi on Monday to discuss the border.</p>"
            + "<p>The two leaders agreed to meet again next month, officials told reporters after the talks.</p>"
            + "</article></body></html>";

    @BeforeAll static void start() throws IOException {
        // Loads CoreNLP once for this JVM; the watch commands reuse CoreNLP's annotator cache.
        org.herald.testkit.SharedModels.models();
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", x -> {
            String path = x.getRequestURI().getPath();
            HITS.merge(path, 1, Integer::sum);
            try (x) {
                switch (path) {
                    case "/feed.xml" -> send(x, 200, "application/rss+xml", rss("/news/talks", "/news/broken"));
                    case "/news/talks" -> send(x, 200, "text/html; charset=utf-8", ARTICLE);
                    case "/news/broken" -> send(x, 500, "text/plain", "internal error");
                    default -> send(x, 404, "text/plain", "no such page");
                }
            }
        });
        site.start();
    }

    @AfterAll static void stop() {
        if (site != null) site.stop(0);
    }

    static String url(String path) { return "http://127.0.0.1:" + site.getAddress().getPort() + path; }

    static String rss(String... paths) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Test news</title>"
                + "<link>" + url("/") + "</link><description>tests</description>");
        for (String p : paths) b.append("<item><title>Story ").append(p).append("</title><link>").append(url(p))
                .append("</link><pubDate>Tue, 05 Nov 2024 10:00:00 GMT</pubDate></item>");
        return b.append("</channel></rss>").toString();
    }

    static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, b.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(b);
        }
    }

    /** One watch poll; a failure that may pass is stored at once (--attempts 1), so the 500 becomes an error record. */
    static CliRun watchOnce(Path feeds, Path store) {
        return CliRun.of("watch", "--once", "--attempts", "1", "--host-delay", "0s", "--threads", "1",
                "--data", dir.resolve("data").toString(), "--store", store.toString(), feeds.toString());
    }

    static List<String> rows(Path store, String sql) {
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "csv", sql);
        assertEquals(ExitCodes.OK, q.exit(), q.err());
        List<String> lines = List.of(q.out().strip().split("\r?\n"));
        return lines.subList(1, lines.size());
    }

    @Test void the_good_page_is_ingested_the_failing_one_recorded_and_a_second_poll_adds_nothing() throws IOException {
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), "# test site\n" + url("/feed.xml") + "\n");
        Path store = dir.resolve("watch.duckdb");

        CliRun first = watchOnce(feeds, store);
        assertEquals(ExitCodes.DOCUMENT_ERRORS, first.exit(), "a failed page makes the exit status say so: " + first.out() + first.err());
        assertTrue(first.out().contains("1 feeds (0 not modified, 0 failed), 2 entries, 2 new: 1 fetched, 0 to try again, 1 failed;"), first.out());
        // The failed page is a new document too: its error record.
        assertTrue(first.out().contains(": 2 new, 0 unchanged, 0 replaced, 1 failed;"), first.out());
        assertTrue(first.err().contains("herald watch: page fetching " + url("/news/broken") + ": HTTP 500"), first.err());

        assertEquals(List.of(url("/news/broken") + ",failed", url("/news/talks") + ",ok"),
                rows(store, "SELECT url, status FROM documents ORDER BY url"));
        String error = rows(store, "SELECT errors FROM documents WHERE status = 'failed'").get(0);
        assertTrue(error.contains("HTTP 500") && error.contains(url("/news/broken")), error);
        assertEquals(List.of("true,true"), rows(store, "SELECT body LIKE '%Mwangi met the Ethiopian prime minister%', "
                + "body LIKE '%agreed to meet again next month%' FROM documents WHERE status = 'ok'"), "the article's body");
        List<String> actors = rows(store, "SELECT count(*) FROM actors a JOIN documents d USING (doc_id) WHERE d.status = 'ok'");
        assertTrue(Integer.parseInt(actors.get(0)) > 0, "the good page went through the whole pipeline: " + actors);
        assertEquals(List.of("stored,1,HTTP 500", "stored,1,"),
                rows(store, "SELECT state, attempts, coalesce(error, '') FROM herald_feed_items ORDER BY link"));

        CliRun second = watchOnce(feeds, store);
        assertEquals(ExitCodes.OK, second.exit(), second.out() + second.err());
        assertTrue(second.out().contains("2 entries, 0 new: 0 fetched, 0 to try again, 0 failed;"), second.out());
        assertTrue(second.out().contains(": 0 new, 0 unchanged, 0 replaced, 0 failed;"), second.out());
        assertEquals(List.of("2"), rows(store, "SELECT count(*) FROM documents"));
        assertEquals(1, HITS.get("/news/talks"), "no page is fetched twice");
        assertEquals(1, HITS.get("/news/broken"), "a page stored as failed is not fetched again");
        assertEquals(2, HITS.get("/feed.xml"));
    }

    @Test void attempts_below_one_are_refused_before_any_request() throws IOException {
        Path feeds = Files.writeString(dir.resolve("feeds-0.txt"), url("/feed.xml") + "\n");
        int before = HITS.getOrDefault("/feed.xml", 0);
        CliRun run = CliRun.of("watch", "--once", "--attempts", "0", "--store", dir.resolve("zero.duckdb").toString(), feeds.toString());
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("--attempts must be at least 1"), run.err());
        assertEquals(before, HITS.getOrDefault("/feed.xml", 0));
    }
}
