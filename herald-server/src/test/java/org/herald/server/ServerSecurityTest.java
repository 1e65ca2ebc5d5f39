package org.herald.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server's defences, on a server without models (article recovery only). */
class ServerSecurityTest {
    private static TestServer server;

    @BeforeAll static void start() {
        server = TestServer.articlesOnly(TestServer.defaults().withMaxRequestBytes(10_000).withRate(600, 100));
    }

    @AfterAll static void stop() {
        server.close();
    }

    private static void assertSecurityHeaders(RawHttp.Response r) {
        String csp = r.header("Content-Security-Policy");
        assertNotNull(csp, "no CSP on " + r);
        assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertEquals("no-referrer", r.header("Referrer-Policy"));
    }

    private static void assertJsonError(RawHttp.Response r, int status) throws Exception {
        assertEquals(status, r.status(), r.toString());
        assertTrue(r.header("Content-Type").startsWith("application/json"), r.toString());
        JsonNode n = Json.MAPPER.readTree(r.body());
        assertEquals(status, n.get("status").asInt());
        assertFalse(n.get("error").asText().isEmpty());
        assertFalse(n.get("message").asText().isEmpty());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains(".java:"), "stack trace in " + r.body());
        assertSecurityHeaders(r);
    }

    @Test void the_page_and_its_files_carry_the_security_headers() throws Exception {
        RawHttp.Response page = RawHttp.get(server.port(), "/");
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"));
        assertTrue(page.body().contains("<script type=\"module\" src=\"/assets/app.js\">"));
        assertSecurityHeaders(page);
        for (String path : new String[]{"/assets/app.js", "/assets/app.css", "/lib/cytoscape.min.js", "/lib/echarts.min.js"}) {
            RawHttp.Response r = RawHttp.get(server.port(), path);
            assertEquals(200, r.status(), path);
            assertSecurityHeaders(r);
        }
        assertTrue(RawHttp.get(server.port(), "/assets/app.js").header("Content-Type").startsWith("text/javascript"));
    }

    @Test void the_page_has_no_inline_script_or_style() throws Exception {
        String html = RawHttp.get(server.port(), "/").body();
        assertFalse(html.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "inline script in index.html");
        assertFalse(html.contains("style="), "inline style in index.html");
        assertFalse(html.matches("(?s).*\\son[a-z]+=.*"), "inline event handler in index.html");
        assertFalse(html.contains("http://") || html.contains("https://"), "a link to another origin in index.html");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/assets/..%2fopenapi.json",
            "/assets/..%2f..%2fherald.properties",
            "/assets/%2e%2e/%2e%2e/herald.properties",
            "/assets/%2e%2e%2f%2e%2e%2fherald%2fherald.properties",
            "/assets/..%252f..%252fherald%252fherald.properties",
            "/assets/..%5c..%5cherald.properties",
            "/assets/....//....//herald.properties",
            "/assets/../../../../etc/passwd",
            "/lib/..%2f..%2f..%2fMETA-INF%2fMANIFEST.MF",
            "/lib/cytoscape.min.js/..%2f..%2f..%2fherald%2fherald.properties",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/assets/index.html%00.js",
            "/herald/herald.properties",
            "/herald/server/web/app.js",
            "/META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js",
            "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js"})
    void no_path_reaches_a_file_outside_the_served_ones(String target) throws Exception {
        RawHttp.Response r = RawHttp.get(server.port(), target);
        assertTrue(r.status() == 400 || r.status() == 404, target + " -> " + r.status());
        assertJsonError(r, r.status());
        assertFalse(r.body().contains("limits.maxPageBytes") || r.body().contains("root:") || r.body().contains("Manifest-Version")
                || r.body().contains("cytoscape"), target + " leaked " + r.body());
    }

    @Test void an_unknown_route_and_a_wrong_method_get_json_errors() throws Exception {
        assertJsonError(RawHttp.get(server.port(), "/api/nothing-here"), 404);
        assertJsonError(RawHttp.get(server.port(), "/assets/missing.js"), 404);
        RawHttp.Response wrong = RawHttp.send(server.port(), "DELETE /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", new byte[0]);
        assertTrue(wrong.status() == 404 || wrong.status() == 405, wrong.toString());
        assertJsonError(wrong, wrong.status());
    }

    @Test void a_malformed_request_gets_a_json_error_from_jetty_too() throws Exception {
        RawHttp.Response r = RawHttp.send(server.port(), "GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header Line\r\nConnection: close\r\n\r\n", new byte[0]);
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.body().isEmpty() || r.body().startsWith("{"), r.body());
    }

    @Test void a_foreign_host_header_is_refused_while_bound_to_loopback() throws Exception {
        RawHttp.Response r = RawHttp.send(server.port(), "GET /api/status HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n", new byte[0]);
        assertJsonError(r, 403);
        RawHttp.Response ok = RawHttp.send(server.port(), "GET /api/status HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n", new byte[0]);
        assertEquals(200, ok.status());
    }

    @Test void a_post_from_another_origin_is_refused() throws Exception {
        byte[] body = "{\"text\":\"Hello.\"}".getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nOrigin: https://evil.example\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        assertJsonError(RawHttp.send(server.port(), head, body), 403);
        String sameOrigin = head.replace("https://evil.example", "http://127.0.0.1:" + server.port());
        assertEquals(200, RawHttp.send(server.port(), sameOrigin, body).status());
        String crossSite = "POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nSec-Fetch-Site: cross-site\r\n"
                + "Content-Type: text/plain\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        assertJsonError(RawHttp.send(server.port(), crossSite, body), 403);
    }

    @Test void an_oversized_body_gets_413_declared_or_chunked() throws Exception {
        String big = "x".repeat(20_000);
        HttpResponse<String> declared = server.post("/api/analyze", "text/plain", big);
        assertEquals(413, declared.statusCode(), declared.body());
        assertEquals("too_large", TestServer.json(declared).get("error").asText());
        StringBuilder chunks = new StringBuilder();
        for (int i = 0; i < 20; i++) chunks.append("3e8\r\n").append("y".repeat(1000)).append("\r\n");
        chunks.append("0\r\n\r\n");
        RawHttp.Response chunked = RawHttp.send(server.port(), "POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n", chunks.toString().getBytes(StandardCharsets.US_ASCII));
        assertJsonError(chunked, 413);
    }

    @Test void bad_analysis_requests_get_clear_400s() throws Exception {
        for (String[] c : new String[][]{
                {"application/json", "{not json", "not valid JSON"},
                {"application/json", "[1,2]", "must be a JSON object"},
                {"application/json", "{\"text\":\"a\",\"html\":\"b\"}", "exactly one"},
                {"application/json", "{\"id\":\"x\"}", "exactly one"},
                {"application/json", "{\"text\":\"a\",\"url\":\"http://x\"}", "unknown field 'url'"},
                {"application/json", "{\"text\":5}", "must be a string"},
                {"application/json", "{\"text\":\"a\",\"published\":\"yesterday\"}", "YYYY-MM-DD"},
                {"application/json", "{\"text\":\"a\",\"id\":\"" + "i".repeat(300) + "\"}", "over 200"},
                {"text/plain", "", "no body"}}) {
            HttpResponse<String> r = server.post("/api/analyze", c[0], c[1]);
            assertEquals(400, r.statusCode(), c[1] + " -> " + r.body());
            assertTrue(TestServer.json(r).get("message").asText().contains(c[2]), c[1] + " -> " + r.body());
        }
        HttpResponse<String> type = server.post("/api/analyze", "application/x-www-form-urlencoded", "text=hi");
        assertEquals(415, type.statusCode());
        assertEquals(415, server.post("/api/analyze", null, "hello").statusCode());
    }

    @Test void an_analysis_answer_is_the_analysis_contract_and_is_never_cached() throws Exception {
        HttpResponse<String> r = server.post("/api/analyze", "application/json",
                "{\"id\":\"t1\",\"text\":\"A headline for the test\\n\\nThe minister said the talks would go on.\",\"published\":\"2024-03-01\"}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode a = TestServer.json(r);
        assertEquals(1, a.get("schemaVersion").asInt());
        assertEquals("t1", a.get("id").asText());
        assertTrue(a.get("article").get("body").asText().contains("talks would go on"));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> html = server.post("/api/analyze?id=h1", "text/html; charset=utf-8",
                "<html><head><title>T</title></head><body><article><h1>Talks resume</h1><p>The minister said on Monday that talks between "
                        + "the two countries would resume next week in Geneva, after a pause of several months.</p></article></body></html>");
        assertEquals(200, html.statusCode(), html.body());
        assertEquals("h1", TestServer.json(html).get("id").asText());
    }

    @Test void status_reports_the_worker_bound() throws Exception {
        JsonNode s = TestServer.json(server.get("/api/status"));
        assertEquals(TestServer.defaults().effectiveWorkers(), s.get("analysis").get("workers").asInt());
        assertTrue(s.get("heap").get("maxBytes").asLong() > 0);
    }

    @Test void errors_never_leak_internal_failures() {
        assertNotEquals(-1, server.port());
        assertEquals("", server.log.toString(StandardCharsets.UTF_8), "the server logged failures");
    }
}
