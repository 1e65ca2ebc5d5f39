package org.herald.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.herald.ErrorEntry;
import org.herald.Excerpt;
import org.herald.Span;
import org.herald.actors.Actor;
import org.herald.actors.LearnedOfficial;
import org.herald.claims.Claim;
import org.herald.events.Event;
import org.herald.events.EventDate;
import org.herald.extract.Article;
import org.herald.pipeline.Analysis;
import org.herald.quotes.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The output contract written field by field, and read back to the same records. */
class AnalysisJsonTest {
    static final String BODY = "Russia's envoy Vassily Nebenzia said the claims were lies. \"We reject them,\" he said.";

    static Analysis sample() {
        Article article = new Article("Envoy rejects claims", List.of("A. Writer"), "2024-11-05", "en", BODY, "text", "2024-11-06");
        Actor nebenzia = new Actor("a1", "Vassily Nebenzia", Actor.Kind.PERSON, "RUSGOV", "RUS", "GOV", "envoy",
                List.of(Excerpt.of(BODY, 15, 31)), "person-role");
        Quote q = new Quote("q1", Quote.Kind.DIRECT, "We reject them,", 60, 75, List.of(new Span(60, 75)),
                new Quote.Speaker("a1", "Vassily Nebenzia", "RUSGOV", 77, 79), "said", "direct");
        Event e = new Event("e1", "125", "12", "REJECT", null, new Event.Party("a1", "Vassily Nebenzia", "RUSGOV"), null, 1,
                Excerpt.of(BODY, 63, 69), "q1", 0.8, "events/patterns/12-reject.rules:7")
                .withDate(new EventDate("2024-11-05", "day", null, "reference", "published", "2024-11-05"));
        Event dated = new Event("e2", "125", "12", "REJECT", null, new Event.Party("a1", "Vassily Nebenzia", "RUSGOV"), null, 0,
                Excerpt.of(BODY, 31, 35), null, 0.6, "events/patterns/12-reject.rules:7", null, List.of("stranded-subject", "site-country"))
                .withDate(new EventDate("2024-11-04", "day", Excerpt.of(BODY, 15, 21), "weekday:past", "published", "2024-11-05"));
        Event undated = new Event("e3", "125", "12", "REJECT", null, new Event.Party("a1", "Vassily Nebenzia", "RUSGOV"), null, 0,
                Excerpt.of(BODY, 31, 35), null, 0.6, "events/patterns/12-reject.rules:7");
        Claim c = new Claim("c1", "the claims", null, null, 37, 47, "a1", null);
        return new Analysis("doc-1", "a/doc-1.txt", article, List.of(nebenzia), List.of(q), List.of(e, dated, undated), List.of(c),
                List.of(new ErrorEntry("nlp", "one sentence was too long")),
                List.of(new LearnedOfficial("Vassily Nebenzia", "RUS", "envoy", "RUSGOV", "Russia's envoy Vassily Nebenzia")));
    }

    @Test void a_record_reads_back_to_the_same_analysis() {
        Analysis a = sample();
        assertEquals(a, AnalysisJson.read(AnalysisJson.line(a)));
        assertEquals(a, AnalysisJson.read(AnalysisJson.pretty(a)));
    }

    @Test void the_record_carries_its_version_and_the_contract_field_names() throws Exception {
        JsonNode n = new ObjectMapper().readTree(AnalysisJson.line(sample()));
        assertEquals(AnalysisJson.VERSION, n.get("schemaVersion").asInt());
        assertEquals(List.of("schemaVersion", "id", "source", "article", "actors", "quotes", "events", "claims", "errors", "learned"),
                iterable(n.fieldNames()));
        assertEquals("person", n.get("actors").get(0).get("kind").asText(), "enums as lower-case words");
        assertTrue(n.get("events").get(0).get("target").isNull(), "unknown values are null, not left out");
        assertTrue(n.get("claims").get(0).get("value").isNull());
        JsonNode date = n.get("events").get(1).get("date");
        assertEquals(List.of("day", "precision", "phrase", "rule", "reference", "referenceDay"), iterable(date.fieldNames()));
        assertEquals("weekday:past", date.get("rule").asText());
        assertTrue(n.get("events").get(0).get("date").get("phrase").isNull());
        assertTrue(n.get("events").get(2).get("date").isNull(), "an event not dated has a null date");
        assertEquals("lies", BODY.substring(53, 57));
        assertEquals("[\"stranded-subject\",\"site-country\"]", n.get("events").get(1).get("repairs").toString(), "repairs in order");
        assertTrue(n.get("events").get(0).get("repairs").isArray() && n.get("events").get(0).get("repairs").isEmpty(),
                "no repair is an empty list, not null");
    }

    @Test void an_event_written_before_repairs_were_recorded_reads_with_none() {
        String line = AnalysisJson.line(sample()).replace(",\"repairs\":[\"stranded-subject\",\"site-country\"]", "");
        assertTrue(!line.contains("site-country"), line);
        assertEquals(List.of(), AnalysisJson.read(line).events().get(1).repairs());
    }

    @Test void a_newer_version_or_a_span_outside_the_body_is_refused_by_name() {
        String line = AnalysisJson.line(sample());
        IllegalArgumentException newer = assertThrows(IllegalArgumentException.class,
                () -> AnalysisJson.read(line.replace("\"schemaVersion\":1", "\"schemaVersion\":99")));
        assertTrue(newer.getMessage().contains("99"), newer.getMessage());
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> AnalysisJson.read(line.replace("\"start\":15,\"end\":31", "\"start\":15,\"end\":3100")));
        assertTrue(outside.getMessage().contains("outside the body"), outside.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AnalysisJson.read("[1, 2]"));
        assertThrows(IllegalArgumentException.class, () -> AnalysisJson.read("{\"article\": {}}"), "no id");
    }

    @Test void the_capture_date_is_written_and_read_and_is_not_the_publication_date() throws Exception {
        JsonNode art = new ObjectMapper().readTree(AnalysisJson.line(sample())).get("article");
        assertEquals("2024-11-06", art.get("captured").asText());
        assertEquals("2024-11-05", art.get("published").asText());
        Analysis noCapture = AnalysisJson.read(AnalysisJson.line(sample()).replace(",\"captured\":\"2024-11-06\"", ""));
        assertNull(noCapture.article().captured(), "a record written before the field existed reads as not captured");
        assertEquals("2024-11-05", noCapture.article().published());
    }

    @Test void a_record_without_a_version_is_read_as_the_current_one() {
        String old = AnalysisJson.line(sample()).replace("\"schemaVersion\":1,", "");
        assertEquals(sample(), AnalysisJson.read(old));
    }

    @Test void the_article_contract_of_extract_has_its_own_fields() throws Exception {
        JsonNode n = new ObjectMapper().readTree(AnalysisJson.articleLine(sample()));
        assertEquals(List.of("id", "title", "authors", "published", "language", "captured", "body", "error"), iterable(n.fieldNames()));
        assertEquals("2024-11-06", n.get("captured").asText());
        assertEquals("one sentence was too long", n.get("error").asText());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
