package org.herald.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/documents, and the store routes before there is a store. */
class StoreWritingTest {
    @TempDir Path dir;

    private static final String PAGE = "{\"id\":\"geneva\",\"published\":\"2024-05-02\",\"text\":\"Talks in Geneva\\n\\n"
            + "The talks between the two delegations went on for a third day in Geneva on Thursday, the organisers said.\"}";

    @Test void a_missing_store_answers_503_until_a_document_creates_it_then_new_unchanged_replaced() throws Exception {
        Path file = dir.resolve("new/herald.duckdb");
        try (TestServer server = TestServer.articlesOnly(TestServer.defaults(), file)) {
            HttpResponse<String> none = server.get("/api/events");
            assertEquals(503, none.statusCode());
            assertTrue(TestServer.json(none).get("message").asText().contains("no store at"), none.body());
            assertFalse(TestServer.json(server.get("/api/status")).get("store").get("available").asBoolean());

            HttpResponse<String> created = server.post("/api/documents", "application/json", PAGE);
            assertEquals(201, created.statusCode(), created.body());
            JsonNode c = TestServer.json(created);
            assertEquals("new", c.get("status").asText());
            assertEquals("geneva", c.get("analysis").get("id").asText());
            assertEquals(64, c.get("document").get("contentHash").asText().length());

            HttpResponse<String> again = server.post("/api/documents", "application/json", PAGE);
            assertEquals(200, again.statusCode());
            assertEquals("unchanged", TestServer.json(again).get("status").asText());

            HttpResponse<String> edited = server.post("/api/documents", "application/json", PAGE.replace("third day", "fourth day"));
            assertEquals(200, edited.statusCode());
            assertEquals("replaced", TestServer.json(edited).get("status").asText());

            JsonNode stored = TestServer.json(server.get("/api/documents/geneva"));
            assertTrue(stored.get("analysis").get("article").get("body").asText().contains("fourth day"));
            assertEquals("2024-05-02", stored.get("analysis").get("article").get("published").asText());
            assertEquals(200, server.get("/api/events").statusCode(), "the read-only stores are open again");
            assertTrue(TestServer.json(server.get("/api/search?q=fourth")).get("total").asLong() > 0, "the search index follows the write");
        }
    }

    @Test void a_server_without_a_store_says_so() throws Exception {
        try (TestServer server = TestServer.articlesOnly(TestServer.defaults())) {
            for (String path : new String[]{"/api/events", "/api/quotes", "/api/dyads", "/api/search?q=x", "/api/actors/USA", "/api/context/USA",
                    "/api/documents/x"}) {
                HttpResponse<String> r = server.get(path);
                assertEquals(503, r.statusCode(), path);
                assertEquals("unavailable", TestServer.json(r).get("error").asText());
            }
            assertEquals(503, server.post("/api/documents", "application/json", PAGE).statusCode());
        }
    }
}
