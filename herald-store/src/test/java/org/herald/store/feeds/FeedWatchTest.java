package org.herald.store.feeds;

import org.herald.HeraldConfig;
import org.herald.io.tables.AnalysisRows;
import org.herald.knowledge.KnowledgeSource;
import org.herald.pipeline.Pipeline;
import org.herald.run.Runner;
import org.herald.store.IngestRun;
import org.herald.store.Store;
import org.herald.store.StoreWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * herald watch's poll against a site on 127.0.0.1 that the test runs: conditional GETs, a feed that changes, a
 * restart, slow pages, 500s, redirect loops, huge bodies, politeness. Article recovery only (no models).
 */
class FeedWatchTest {
    static final AnalysisRows ROWS = AnalysisRows.load(KnowledgeSource.shipped());
    static final HeraldConfig CONFIG = HeraldConfig.defaults();
    static final Supplier<Runner.Builder> RUNNERS = () -> Runner.of(Pipeline.articlesOnly(CONFIG)).threads(1);
    static final FeedSettings FAST = FeedSettings.defaults(1 << 20).withHostDelay(Duration.ofMillis(5)).withReadTimeout(Duration.ofSeconds(1));

    @TempDir Path dir;
    TestSite site;

    @BeforeEach void start() throws Exception { site = new TestSite(); }

    @AfterEach void stop() { site.close(); }

    FeedWatch.Poll poll(FeedSettings settings, URI... feeds) {
        try (Store s = Store.openForWriting(dir.resolve("h.duckdb")); StoreWriter w = s.writer(ROWS)) {
            return new FeedWatch(s, w, settings).poll(List.of(feeds), "watch test", IngestRun.Listener.NONE, RUNNERS);
        }
    }

    List<String> column(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Store s = Store.openForReading(dir.resolve("h.duckdb")); Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    /** A feed with an ETag: answers 304 to a request that names the current one. */
    void feed(String path, AtomicReference<String> etag, AtomicReference<String> body) {
        site.route(path, x -> {
            if (etag.get().equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                x.sendResponseHeaders(304, -1);
                return;
            }
            x.getResponseHeaders().set("ETag", etag.get());
            TestSite.send(x, 200, "application/rss+xml", body.get());
        });
    }

    @Test void each_article_is_ingested_once_across_polls_a_changing_feed_and_a_restart() throws Exception {
        for (String p : List.of("/a1", "/a2", "/a3")) site.page(p, TestSite.article("Story " + p));
        AtomicReference<String> etag = new AtomicReference<>("\"v1\""), body = new AtomicReference<>(site.rss("/a1", "/a2"));
        feed("/feed.xml", etag, body);
        URI feed = site.url("/feed.xml");

        FeedWatch.Poll first = poll(FAST, feed);
        assertEquals(2, first.stored());
        assertEquals(2, first.ingest().added());
        assertEquals(List.of("2024-11-05", "2024-11-05"), column("SELECT published FROM documents"));
        assertEquals(List.of(site.url("/a1").toString()), column("SELECT url FROM documents WHERE title = 'Story /a1'"));

        FeedWatch.Poll unchanged = poll(FAST, feed);
        assertEquals(1, unchanged.notModified());
        assertEquals(0, unchanged.fresh());
        List<TestSite.Request> feedRequests = site.requests.stream().filter(r -> r.path().equals("/feed.xml")).toList();
        assertEquals("\"v1\"", feedRequests.get(1).header("If-None-Match"), "the second poll asks conditionally");

        etag.set("\"v2\"");
        body.set(site.rss("/a3", "/a1", "/a2"));
        FeedWatch.Poll changed = poll(FAST, feed);
        assertEquals(3, changed.entries());
        assertEquals(1, changed.fresh());
        assertEquals(1, changed.ingest().added());

        // A restart with a feed that lost its ETag (a full 200 every time): nothing is fetched or ingested again.
        site.route("/feed.xml", x -> TestSite.send(x, 200, "application/rss+xml", site.rss("/a1", "/a2", "/a3")));
        FeedWatch.Poll restarted = poll(FAST, feed);
        assertEquals(3, restarted.entries());
        assertEquals(0, restarted.fresh());
        assertEquals(0, restarted.ingest().added() + restarted.ingest().replaced() + restarted.ingest().analysed());
        for (String p : List.of("/a1", "/a2", "/a3")) assertEquals(1, site.hits(p), p + " fetched once");
        assertEquals(List.of("3"), column("SELECT count(*) FROM documents"));
        assertEquals(List.of("3"), column("SELECT count(*) FROM herald_feed_items WHERE state = 'stored'"));
    }

    @Test void slow_and_failing_pages_are_tried_again_then_stored_as_errors() throws Exception {
        site.page("/ok", TestSite.article("Fine"));
        site.route("/down", x -> TestSite.send(x, 500, "text/plain", "oops"));
        site.route("/slow", x -> {
            Thread.sleep(4_000);
            TestSite.send(x, 200, "text/html", TestSite.article("Late"));
        });
        site.route("/trickle", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            try (OutputStream o = x.getResponseBody()) {
                for (int i = 0; i < 40; i++) {
                    o.write("<p>more</p>".getBytes());
                    o.flush();
                    Thread.sleep(100);
                }
            }
        });
        site.route("/feed.xml", x -> TestSite.send(x, 200, "application/rss+xml", site.rss("/ok", "/down", "/slow", "/trickle")));
        URI feed = site.url("/feed.xml");

        long t0 = System.nanoTime();
        FeedWatch.Poll first = poll(FAST, feed);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(1, first.stored());
        assertEquals(3, first.retrying());
        assertTrue(seconds < 8, "two 1 s timeouts and a 500 bound the poll: " + seconds + " s");
        assertTrue(first.problems().stream().anyMatch(p -> p.contains("/down") && p.contains("HTTP 500") && p.contains("attempt 1 of 3")), first.problems().toString());

        assertEquals(3, poll(FAST, feed).retrying());
        FeedWatch.Poll third = poll(FAST, feed);
        assertEquals(3, third.failed());
        assertEquals(3, third.ingest().failed());
        assertEquals(List.of("failed", "failed", "failed", "ok"), column("SELECT status FROM documents ORDER BY status"));
        String errors = String.join("\n", column("SELECT errors FROM documents WHERE status = 'failed'"));
        assertTrue(errors.contains("HTTP 500") && errors.contains("no complete answer within 1 s") && errors.contains("attempt 3"), errors);

        FeedWatch.Poll after = poll(FAST, feed);
        assertEquals(0, after.fresh());
        assertEquals(3, site.hits("/down"));
    }

    @Test void redirect_loops_long_chains_huge_bodies_and_non_pages_are_refused_within_bounds() throws Exception {
        site.route("/loop1", x -> redirect(x, "/loop2"));
        site.route("/loop2", x -> redirect(x, "/loop1"));
        for (int i = 0; i < 10; i++) {
            String next = "/chain" + (i + 1);
            site.route("/chain" + i, x -> redirect(x, next));
        }
        site.route("/moved", x -> redirect(x, "/there"));
        site.page("/there", TestSite.article("Moved"));
        site.route("/huge", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            try (OutputStream o = x.getResponseBody()) {
                for (int i = 0; i < 50 * 16; i++) o.write(chunk); // 50 MB, unless the client hangs up first
            }
        });
        site.route("/declared", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 5L << 20);
            x.getResponseBody().write(new byte[1024]);
        });
        site.route("/picture", x -> TestSite.send(x, 200, "image/png", "PNG"));
        site.route("/out", x -> {
            x.getResponseHeaders().set("Location", "file:///etc/passwd");
            x.sendResponseHeaders(302, -1);
        });
        site.route("/feed.xml", x -> TestSite.send(x, 200, "application/rss+xml",
                site.rss("/loop1", "/chain0", "/moved", "/huge", "/declared", "/picture", "/out")
                        .replace("</channel>", "<item><title>local</title><link>file:///etc/passwd</link></item></channel>")));

        long t0 = System.nanoTime();
        FeedWatch.Poll p = poll(FAST, site.url("/feed.xml"));
        assertTrue((System.nanoTime() - t0) / 1e9 < 10, "bounded");
        assertEquals(7, p.fresh(), "the file: link is not an article link");
        assertEquals(1, p.stored());
        assertEquals(6, p.failed(), "lasting failures are stored at once");
        String problems = String.join("\n", p.problems());
        assertTrue(problems.contains("/loop1: redirect loop"), problems);
        assertTrue(problems.contains("/chain0: more than 5 redirects"), problems);
        assertTrue(problems.contains("/huge: body larger than 1048576 bytes"), problems);
        assertTrue(problems.contains("/declared: body larger than 1048576 bytes"), problems);
        assertTrue(problems.contains("/picture: not a web page (Content-Type image/png)"), problems);
        assertTrue(problems.contains("/out: not an http(s) URL: file:///etc/passwd"), problems);
        assertEquals(0, site.hits("/chain7"), "the chain is cut after 5 redirects");
        assertEquals(List.of(site.url("/there").toString()), column("SELECT source FROM documents WHERE status = 'ok'"));
        assertEquals(List.of(FeedWatch.docId(site.url("/moved"))), column("SELECT doc_id FROM documents WHERE status = 'ok'"),
                "the id is the feed's link, so a later poll finds it");
    }

    static void redirect(com.sun.net.httpserver.HttpExchange x, String to) throws java.io.IOException {
        x.getResponseHeaders().set("Location", to);
        x.sendResponseHeaders(302, -1);
    }

    @Test void requests_to_one_host_are_spaced_and_name_the_software() throws Exception {
        for (String p : List.of("/p1", "/p2", "/p3")) site.page(p, TestSite.article("Story " + p));
        site.route("/feed.xml", x -> TestSite.send(x, 200, "application/rss+xml", site.rss("/p1", "/p2", "/p3")));
        poll(FAST.withHostDelay(Duration.ofMillis(250)), site.url("/feed.xml"));
        assertEquals(4, site.requests.size());
        for (int i = 1; i < site.requests.size(); i++) {
            double gap = (site.requests.get(i).nanos() - site.requests.get(i - 1).nanos()) / 1e6;
            assertTrue(gap >= 240, "request " + i + " came " + gap + " ms after the one before");
        }
        for (TestSite.Request r : site.requests) assertTrue(r.header("User-Agent").startsWith("Herald/0.1 ("), r.header("User-Agent"));
    }

    @Test void a_broken_feed_is_reported_and_the_other_feeds_go_on() throws Exception {
        site.page("/good", TestSite.article("Good"));
        site.route("/notfeed", x -> TestSite.send(x, 200, "text/html", "<html><body>not a feed</body></html>"));
        site.route("/doctype", x -> TestSite.send(x, 200, "application/rss+xml",
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">]><rss version=\"2.0\"><channel><title>&a;</title></channel></rss>"));
        site.route("/error", x -> TestSite.send(x, 503, "text/plain", "busy"));
        site.route("/atom", x -> TestSite.send(x, 200, "application/atom+xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:t</id><updated>2024-11-06T08:00:00Z</updated>"
                + "<entry><title>Good</title><id>urn:1</id><link rel=\"alternate\" href=\"/good#comments\"/>"
                + "<updated>2024-11-06T08:00:00Z</updated></entry></feed>"));
        FeedWatch.Poll p = poll(FAST, site.url("/notfeed"), site.url("/doctype"), site.url("/error"), site.url("/atom"));
        assertEquals(3, p.feedErrors(), p.problems().toString());
        assertEquals(1, p.stored());
        assertEquals(List.of("2024-11-06"), column("SELECT published FROM documents"));
        assertEquals(List.of(FeedWatch.docId(site.url("/good"))), column("SELECT doc_id FROM documents"), "the fragment is dropped");
        assertTrue(String.join("\n", column("SELECT status FROM herald_feeds ORDER BY feed_url")).contains("failed: HTTP 503"));
    }

    @Test void a_bad_line_of_the_feeds_file_is_named_by_line() throws Exception {
        Path f = dir.resolve("feeds.txt");
        Files.writeString(f, "# news\n\nhttps://example.org/rss\nftp://example.org/feed\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeedList.read(f));
        assertTrue(e.getMessage().contains("feeds.txt:4: not an http(s) URL"), e.getMessage());
        Files.writeString(f, "# news\nhttps://example.org/rss\n https://example.org/rss \n");
        assertEquals(List.of(URI.create("https://example.org/rss")), FeedList.read(f));
    }
}
