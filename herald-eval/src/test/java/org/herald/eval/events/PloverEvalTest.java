package org.herald.eval.events;

import org.herald.pipeline.Analysis;
import org.herald.Excerpt;
import org.herald.events.Event;
import org.herald.extract.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PloverEvalTest {
    private static final String AGREED = "Kenya and Ethiopia agreed to resume talks.";
    private static final String RATES = "The central bank kept rates unchanged.";

    private static Analysis analysis(String text, Event... events) {
        return new Analysis("t", "t", new Article(null, List.of(), null, "en", text, "text"), List.of(), List.of(),
                List.of(events), List.of(), List.of(), List.of());
    }

    private static Event event(String text, String plover, String source, String evidence) {
        int at = text.indexOf(evidence);
        return new Event("e1", "036", "03", plover, null, new Event.Party(null, source, null), null, 0,
                Excerpt.of(text, at, at + evidence.length()), null, 0.9, "test:1");
    }

    @Test void a_null_event_is_read_as_a_sentence_that_reports_none(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("set.jsonl");
        Files.writeString(file, """
                {"id": "a", "text": "%s", "event": "AGREE", "source": [{"text": "Kenya", "code": "KEN", "sector": ""}], "target": []}
                {"id": "b", "text": "%s", "event": null, "source": [], "target": []}
                """.formatted(AGREED, RATES));
        List<PloverEval.Gold> golds = PloverEval.read(file);
        assertEquals("AGREE", golds.get(0).type());
        assertEquals(List.of("Kenya"), golds.get(0).sources());
        assertNull(golds.get(1).type());
    }

    @Test void events_on_a_no_event_sentence_count_against_precision_and_not_in_the_accuracies() {
        PloverEval.Gold agree = new PloverEval.Gold("a", AGREED, "AGREE", List.of("Kenya"), List.of());
        PloverEval.Gold none = new PloverEval.Gold("b", RATES, null, List.of(), List.of());
        PloverEval.Outcome hit = PloverEval.score(agree, analysis(AGREED, event(AGREED, "AGREE", "Kenya", "agreed")));
        PloverEval.Outcome falsePositive = PloverEval.score(none, analysis(RATES, event(RATES, "AGREE", "central bank", "kept")));
        assertTrue(hit.fullHit());
        assertFalse(falsePositive.typeHit());
        assertEquals(0, falsePositive.correctEvents());

        PloverEval.Report r = PloverEval.Report.of(List.of(hit, falsePositive), 0, 0, 0);
        assertEquals(1, r.sentences());
        assertEquals(1.0, r.typeAccuracy(), 1e-9);
        assertEquals(1.0, r.fullAccuracy(), 1e-9);
        assertEquals(1, r.noEventSentences());
        assertEquals(1, r.noEventEvents());
        assertEquals(2, r.events());
        assertEquals(0.5, r.precision(), 1e-9);
        assertEquals(1.0, r.eventsPerSentence(), 1e-9);
    }
}
