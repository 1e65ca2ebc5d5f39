package org.herald.io.tables;

import org.herald.ErrorEntry;
import org.herald.Excerpt;
import org.herald.Span;
import org.herald.actors.Actor;
import org.herald.claims.Claim;
import org.herald.events.Event;
import org.herald.events.EventDate;
import org.herald.events.dating.Reference;
import org.herald.extract.Article;
import org.herald.knowledge.KnowledgeSource;
import org.herald.pipeline.Analysis;
import org.herald.quotes.Quote;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table layout: an analysis to rows and back, the event key, the scores, and the rollup of reports into events. */
class AnalysisRowsTest {
    static final AnalysisRows ROWS = AnalysisRows.load(KnowledgeSource.shipped());
    static final String BODY = "Russia's envoy Vassily Nebenzia spoke on Wednesday.\n\nThe United States accused Russia of lying, he said.";
    static final Instant NOW = Instant.parse("2024-11-01T10:00:00Z");

    static Analysis sample(String published) {
        Article article = new Article("Envoy rejects claims", List.of("A. Writer", "B. Writer"), published, "en", BODY, "text");
        int us = BODY.indexOf("The United States"), ru = BODY.indexOf("Russia of");
        Actor nebenzia = new Actor("a1", "Vassily Nebenzia", Actor.Kind.PERSON, "RUSGOV", "RUS", "GOV", "envoy",
                List.of(Excerpt.of(BODY, 15, 31), Excerpt.of(BODY, BODY.indexOf("he said"), BODY.indexOf("he said") + 2)), "person-role");
        Actor usa = new Actor("a2", "United States", Actor.Kind.COUNTRY, "USA", "USA", null, null, List.of(Excerpt.of(BODY, us + 4, us + 17)), "country");
        Quote q = new Quote("q1", Quote.Kind.INDIRECT, "The United States accused Russia of lying", us, us + 41, List.of(new Span(us, us + 41)),
                new Quote.Speaker("a1", "Vassily Nebenzia", "RUSGOV", BODY.indexOf("he said"), BODY.indexOf("he said") + 2), "said", "reported");
        int spoke = BODY.indexOf("spoke"), accused = BODY.indexOf("accused");
        Event e1 = new Event("e1", "010", "01", null, null, new Event.Party("a1", "Vassily Nebenzia", "RUSGOV"), null, 0,
                Excerpt.of(BODY, spoke, spoke + 5), null, 0.5, "events/patterns/01-statement.rules:3")
                .withDate(new EventDate(published == null ? null : "2024-10-30", published == null ? null : "day",
                        Excerpt.of(BODY, BODY.indexOf("on Wed"), BODY.indexOf("on Wed") + 12), "weekday:past",
                        published == null ? null : "published", published));
        Event e2 = new Event("e2", "112", "11", "ACCUSE", null, new Event.Party("a2", "United States", "USA"), new Event.Party(null, "Russia", "RUS"), 1,
                Excerpt.of(BODY, accused, accused + 7), "q1", 0.8, "events/patterns/11-disapprove.rules:9")
                .withDate(new EventDate(published, published == null ? null : "day", null, published == null ? "undated" : "reference",
                        published == null ? null : "published", published));
        Claim c = new Claim("c1", "lying", null, null, ru + 10, ru + 15, "a1", "e2");
        return new Analysis("doc-1", "https://www.example.org/news/1", article, List.of(nebenzia, usa), List.of(q), List.of(e1, e2), List.of(c),
                List.of(new ErrorEntry("nlp", "one sentence was too long")), List.of());
    }

    @Test void an_analysis_goes_to_rows_and_back_unchanged() {
        Analysis a = sample("2024-10-31");
        DocumentRows rows = ROWS.of(a, new Provenance("abc", "page", NOW, Reference.NONE));
        assertEquals(a, AnalysisFromRows.of(rows));
        for (Table t : Tables.PER_DOCUMENT) for (Object[] r : rows.rows(t)) t.check(r);
        Object[] d = rows.document();
        assertEquals("example.org", Tables.DOCUMENTS.get(d, "outlet"));
        assertEquals("partial", Tables.DOCUMENTS.get(d, "status"));
        assertEquals(LocalDate.parse("2024-10-31"), Tables.DOCUMENTS.get(d, "reference_day"));
        assertEquals(2, rows.rows(Tables.ACTOR_MENTIONS).stream().filter(r -> r[1].equals("a1")).count());
    }

    @Test void events_carry_the_fields_scores_and_their_identity() {
        DocumentRows rows = ROWS.of(sample("2024-10-31"), new Provenance("abc", "page", NOW, Reference.NONE));
        Object[] accuse = rows.rows(Tables.EVENT_MENTIONS).get(1);
        Table M = Tables.EVENT_MENTIONS;
        assertEquals("2024-10-31|USA|RUS|112", M.get(accuse, "event_key"));
        assertEquals(EventKey.id("2024-10-31|USA|RUS|112"), (long) M.<Long>get(accuse, "event_id"));
        assertEquals(3, (int) M.<Integer>get(accuse, "quad_class"), "GDELT: root 11 is verbal conflict");
        assertEquals(3, (int) M.<Integer>get(accuse, "phoenix_quad"));
        assertEquals(-2.0, M.<Double>get(accuse, "goldstein"));
        assertFalse(M.<Boolean>get(accuse, "in_lead"), "the second paragraph is not the lead");
        Object[] statement = rows.rows(Tables.EVENT_MENTIONS).get(0);
        assertTrue(M.<Boolean>get(statement, "in_lead"));
        assertEquals(1, (int) M.<Integer>get(statement, "quad_class"), "GDELT puts root 01 in verbal cooperation");
        assertEquals(0, (int) M.<Integer>get(statement, "phoenix_quad"), "Phoenix calls it neutral");
        assertEquals("on Wednesday", M.get(statement, "date_phrase"));
    }

    @Test void an_undated_document_takes_the_fallback_and_its_phrases_are_read_again() {
        DocumentRows undated = ROWS.of(sample(null), new Provenance("abc", "page", NOW, Reference.NONE));
        Table M = Tables.EVENT_MENTIONS;
        assertNull(Tables.DOCUMENTS.get(undated.document(), "reference_day"));
        assertTrue(M.<String>get(undated.rows(M).get(1), "event_key").startsWith("undated:doc-1|"), "undated events stay their document's");
        DocumentRows given = ROWS.of(sample(null), new Provenance("abc", "page", NOW, Reference.given(LocalDate.parse("2024-10-31"))));
        assertEquals("given", Tables.DOCUMENTS.get(given.document(), "reference"));
        assertEquals(LocalDate.parse("2024-10-30"), M.get(given.rows(M).get(0), "day"), "'on Wednesday' against the given day");
        assertEquals(LocalDate.parse("2024-10-31"), M.get(given.rows(M).get(1), "day"));
        assertEquals("reference", M.get(given.rows(M).get(1), "date_rule"));
    }

    @Test void the_event_key_names_uncoded_parties_and_tells_undated_documents_apart() {
        LocalDate d = LocalDate.parse("2024-01-02");
        assertEquals("2024-01-02|~the rebels||190", EventKey.of(d, null, " The  Rebels", null, null, "190", "x"));
        assertNotEquals(EventKey.of(null, "USA", null, "RUS", null, "112", "a"), EventKey.of(null, "USA", null, "RUS", null, "112", "b"));
        assertTrue(EventKey.id("x") >= 0);
    }

    @Test void reports_of_one_event_roll_up_into_one_row() {
        Table M = Tables.EVENT_MENTIONS, E = Tables.EVENTS;
        Object[] a = ROWS.of(sample("2024-10-31"), new Provenance("abc", "page", NOW, Reference.NONE)).rows(M).get(1);
        Object[] b = a.clone();
        b[M.index("doc_id")] = "doc-2";
        b[M.index("confidence")] = 0.9;
        Object[] ev = EventRollup.of(List.of(
                new EventRollup.Report(b, "other.net", "https://other.net/2", "https://other.net/2", NOW.plusSeconds(60)),
                new EventRollup.Report(a, "example.org", "https://www.example.org/news/1", "https://www.example.org/news/1", NOW),
                new EventRollup.Report(a.clone(), "example.org", "https://www.example.org/news/1", "https://www.example.org/news/1", NOW)));
        assertEquals(3, (int) E.<Integer>get(ev, "mention_count"));
        assertEquals(2, (int) E.<Integer>get(ev, "document_count"));
        assertEquals(2, (int) E.<Integer>get(ev, "source_count"));
        assertEquals("doc-1", E.get(ev, "first_doc_id"));
        assertEquals(NOW.plusSeconds(60), E.get(ev, "last_seen"));
        assertEquals(0.9, E.<Double>get(ev, "confidence"));
        Object[] other = a.clone();
        other[M.index("event_id")] = 7L;
        assertThrows(IllegalArgumentException.class, () -> EventRollup.of(List.of(new EventRollup.Report(a, null, null, "x", NOW),
                new EventRollup.Report(other, null, null, "x", NOW))));
    }

    @Test void a_row_of_the_wrong_shape_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> Tables.CLAIMS.check(new Object[]{"x"}));
        Object[] bad = new Object[Tables.CLAIMS.columns().size()];
        bad[Tables.CLAIMS.index("char_start")] = "12";
        assertThrows(IllegalArgumentException.class, () -> Tables.CLAIMS.check(bad));
    }
}
