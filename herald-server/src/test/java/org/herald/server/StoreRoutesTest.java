package org.herald.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.herald.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store's routes over a generated store (herald-store's Synthetic documents), on a server without models. */
class StoreRoutesTest {
    @TempDir static Path dir;
    private static Path file;
    private static TestServer server;

    @BeforeAll static void start() {
        file = StoreFixture.synthetic(dir, 300, 5);
        server = TestServer.articlesOnly(TestServer.defaults(), file);
    }

    @AfterAll static void stop() {
        server.close();
    }

    private static JsonNode ok(String path) throws Exception {
        HttpResponse<String> r = server.get(path);
        assertEquals(200, r.statusCode(), path + " -> " + r.body());
        return TestServer.json(r);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test void events_are_filtered_and_pages_are_stable_and_complete() throws Exception {
        JsonNode all = ok("/api/events?source=USA&limit=1000");
        long total = all.get("total").asLong();
        assertTrue(total > 20 && total < 1000, "total " + total);
        List<String> ids = new ArrayList<>();
        String previousDay = "9999-12-31";
        for (JsonNode e : all.get("events")) {
            assertTrue(e.get("source").get("code").asText().startsWith("USA"), e.toString());
            assertTrue(e.get("day").asText().compareTo(previousDay) <= 0, "newest first");
            previousDay = e.get("day").asText();
            ids.add(e.get("id").asText());
        }
        List<String> paged = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode p = ok("/api/events?source=USA&limit=7&page=" + page);
            assertEquals(total, p.get("total").asLong());
            p.get("events").forEach(e -> paged.add(e.get("id").asText()));
            if (!p.get("more").asBoolean()) break;
        }
        assertEquals(ids, paged, "the pages, in order, are the whole list once");
        assertEquals(ids, idsOf(ok("/api/events?source=USA&limit=1000")), "the same order every time");
    }

    private static List<String> idsOf(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("events").forEach(e -> out.add(e.get("id").asText()));
        return out;
    }

    @Test void every_filter_holds_on_every_event() throws Exception {
        JsonNode p = ok("/api/events?target=RUS&type=ACCUSE&since=2024-01-20&until=2024-02-10&limit=1000");
        assertTrue(p.get("total").asLong() > 0);
        for (JsonNode e : p.get("events")) {
            assertTrue(e.get("target").get("code").asText().startsWith("RUS"));
            assertEquals("ACCUSE", e.get("plover").asText());
            String day = e.get("day").asText();
            assertTrue(day.compareTo("2024-01-20") >= 0 && day.compareTo("2024-02-10") <= 0, day);
            assertEquals(3, e.get("quadClass").asInt(), "ACCUSE is verbal conflict");
            assertFalse(e.get("evidence").asText().isEmpty());
        }
        for (JsonNode e : ok("/api/events?root=19&limit=1000").get("events")) assertEquals("19", e.get("root").asText());
    }

    @Test void dyad_counts_add_up_to_the_events_and_periods_start_where_they_should() throws Exception {
        long events = ok("/api/events?source=USA&limit=1").get("total").asLong();
        for (String by : List.of("day", "week", "month")) {
            long sum = 0;
            Set<String> seen = new HashSet<>();
            for (JsonNode d : ok("/api/dyads?source=USA&by=" + by + "&limit=1000").get("dyads")) {
                sum += d.get("events").asLong();
                long quads = 0;
                for (JsonNode q : d.get("quadClass")) quads += q.asLong();
                assertTrue(quads <= d.get("events").asLong());
                LocalDate period = LocalDate.parse(d.get("period").asText());
                if (by.equals("week")) assertEquals(DayOfWeek.MONDAY, period.getDayOfWeek());
                if (by.equals("month")) assertEquals(1, period.getDayOfMonth());
                assertTrue(seen.add(d.get("period").asText() + d.get("source").asText() + ">" + d.get("target").asText()), "one row per dyad and period");
            }
            assertEquals(events, sum, "dyads by " + by);
        }
        for (JsonNode d : ok("/api/dyads?actor=PRK&level=country&by=month&limit=1000").get("dyads")) {
            assertEquals(3, d.get("source").asText().length());
            assertTrue(d.get("source").asText().equals("PRK") || d.get("target").asText().equals("PRK"), d.toString());
        }
    }

    @Test void quotes_search_actors_context_and_documents_answer() throws Exception {
        for (JsonNode q : ok("/api/quotes?actor=USA&limit=1000").get("quotes"))
            assertTrue(q.get("speaker").get("code").asText().startsWith("USA"), q.toString());
        JsonNode hits = ok("/api/search?q=talks");
        assertTrue(hits.get("total").asLong() > 0);
        for (JsonNode h : hits.get("hits")) assertTrue(h.get("passage").asText().toLowerCase().contains("talk"), h.toString());
        JsonNode phrase = ok("/api/search?q=" + enc("\"accused RUS\"") + "&kind=body");
        for (JsonNode h : phrase.get("hits")) assertTrue(h.get("passage").asText().contains("accused RUS"), h.toString());
        JsonNode usa = ok("/api/actors/USA");
        assertEquals("USA", usa.get("code").asText());
        assertTrue(usa.get("asSource").asLong() > 0 && usa.get("names").size() > 0);
        JsonNode context = ok("/api/context/PRK");
        assertEquals("PRK", context.get("actor").get("code").asText());
        assertTrue(context.get("dyads").isArray() && context.get("sanctionsOn").isArray() && context.get("flagged").isArray());
        JsonNode doc = ok("/api/documents/syn-3");
        assertEquals("syn-3", doc.get("analysis").get("id").asText());
        assertEquals("Synthetic article 3", doc.get("analysis").get("article").get("title").asText());
        assertEquals("syn-3", doc.get("document").get("id").asText());
    }

    @Test void quotes_are_filtered_by_mode_and_the_modes_part_the_whole() throws Exception {
        long all = ok("/api/quotes?limit=1").get("total").asLong(), sum = 0;
        for (String mode : List.of("speech", "belief", "intention", "evidence")) {
            JsonNode page = ok("/api/quotes?mode=" + mode + "&limit=1000");
            assertTrue(page.get("total").asLong() > 0, mode);
            for (JsonNode q : page.get("quotes")) assertEquals(mode, q.get("mode").asText(), q.toString());
            sum += page.get("total").asLong();
        }
        assertEquals(all, sum, "every quote has one of the four modes");
        assertEquals(ok("/api/quotes?mode=belief&limit=1").get("total").asLong(), ok("/api/quotes?mode=BELIEF&limit=1").get("total").asLong());
    }

    @Test void unknown_things_are_404_and_bad_parameters_400() throws Exception {
        assertEquals(404, server.get("/api/actors/ZZZ").statusCode());
        assertEquals(404, server.get("/api/documents/no-such-document").statusCode());
        for (String bad : List.of("/api/events?source=" + enc("USA' OR 1=1 --"), "/api/events?sorce=USA", "/api/events?source=USA&source=RUS",
                "/api/events?since=2024-02-01&until=2024-01-01", "/api/events?since=yesterday", "/api/events?page=0", "/api/events?limit=5000",
                "/api/events?type=BOGUS", "/api/events?root=1", "/api/dyads?by=decade", "/api/search", "/api/search?q=x&kind=page",
                "/api/actors/us", "/api/context/" + enc("PRK;DROP"), "/api/quotes?speaker=" + "x".repeat(300), "/api/quotes?mode=rumour", "/api/quotes?mode=speech&mode=belief")) {
            HttpResponse<String> r = server.get(bad);
            assertEquals(400, r.statusCode(), bad + " -> " + r.body());
            assertEquals("bad_request", TestServer.json(r).get("error").asText());
        }
    }

    @Test void sql_in_a_text_parameter_is_only_text() throws Exception {
        long before = ok("/api/events?limit=1").get("total").asLong();
        JsonNode q = ok("/api/quotes?speaker=" + enc("x'); DROP TABLE events; --"));
        assertEquals(0, q.get("total").asLong());
        JsonNode s = ok("/api/search?q=" + enc("'; DELETE FROM documents; --"));
        assertTrue(s.get("hits").isArray());
        assertEquals(before, ok("/api/events?limit=1").get("total").asLong());
    }

    @Test void the_get_routes_read_a_store_opened_read_only() throws Exception {
        FileTime modified = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        for (String path : List.of("/api/events", "/api/dyads?by=week", "/api/quotes", "/api/search?q=border", "/api/actors/RUS", "/api/context/RUS",
                "/api/documents/syn-1")) ok(path);
        assertEquals(modified, Files.getLastModifiedTime(file), "reading changed the store file");
        assertEquals(size, Files.size(file));
        // The database is open read-only in this process: a connection to it cannot write.
        try (Store s = Store.openForReading(file); Statement st = s.connection().createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> st.execute("DELETE FROM events"));
            assertTrue(refused.getMessage().toLowerCase().contains("read-only") || refused.getMessage().toLowerCase().contains("read only"),
                    refused.getMessage());
        }
    }

    @Test void status_names_the_store() throws Exception {
        JsonNode s = ok("/api/status").get("store");
        assertTrue(s.get("available").asBoolean());
        assertTrue(s.get("path").asText().endsWith("herald.duckdb"));
    }
}
