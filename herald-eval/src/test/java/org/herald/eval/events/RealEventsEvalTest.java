package org.herald.eval.events;

import org.herald.Excerpt;
import org.herald.events.Event;
import org.herald.eval.events.RealEventsEval.Article;
import org.herald.eval.real.BodyAlignment;
import org.herald.eval.real.RealArticles;
import org.herald.eval.events.RealEventsEval.Gold;
import org.herald.eval.events.RealEventsEval.GoldParty;
import org.herald.eval.events.RealEventsEval.Level;
import org.herald.eval.events.RealEventsEval.Score;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class RealEventsEvalTest {
    // Two sentences: [0, 40) and [41, 80).
    private static final String BODY = "Police in Dallas arrested a local man..  The mayor condemned the Chinese embassy.";

    private static Gold gold(String id, int s, int e, String cameo, String plover, String src, String tgt, String repeatOf) {
        return new Gold("p", "dev", id, s, e, s, s + 1, cameo, plover,
                src == null ? List.of() : List.of(new GoldParty(src, s, s + 1)),
                tgt == null ? List.of() : List.of(new GoldParty(tgt, s, s + 1)), repeatOf);
    }

    private static Event event(String cameo, String plover, String src, String tgt, String evidence) {
        int at = BODY.indexOf(evidence);
        return new Event("e", cameo, cameo.substring(0, 2), plover, null, new Event.Party("a1", "x", src),
                tgt == null ? null : new Event.Party("a2", "y", tgt), 0, Excerpt.of(BODY, at, at + evidence.length()), null, 0.5, "t:1");
    }

    @Test void the_country_is_the_first_three_letters_of_the_code() {
        Gold arrest = gold("p-e01", 0, 40, "173", "COERCE", "USACOP", "USACVL", null);
        assertTrue(RealEventsEval.matches(event("1731", "COERCE", "USAGOV", "USA", "arrested"), arrest, Level.FULL));
        assertFalse(RealEventsEval.matches(event("173", "COERCE", null, "USACVL", "arrested"), arrest, Level.FULL), "uncoded source");
        assertFalse(RealEventsEval.matches(event("173", "COERCE", "USACOP", "MEXCVL", "arrested"), arrest, Level.FULL));
        assertTrue(RealEventsEval.matches(event("173", "COERCE", null, null, "arrested"), arrest, Level.ROOT));
        assertFalse(RealEventsEval.matches(event("173", "COERCE", "USACOP", "USACVL", "condemned"), arrest, Level.ROOT), "other sentence");
        assertFalse(RealEventsEval.matches(event("180", "ASSAULT", "USACOP", "USACVL", "arrested"), arrest, Level.ROOT), "other root");
    }

    @Test void a_gold_mention_without_a_target_constrains_no_target() {
        Gold condemn = gold("p-e02", 41, 80, "111", "DISAPPROVE", "USAGOV", null, null);
        assertTrue(RealEventsEval.matches(event("111", "DISAPPROVE", "USAGOV", "CHN", "condemned"), condemn, Level.FULL));
        assertTrue(RealEventsEval.matches(event("111", "DISAPPROVE", "USAGOV", null, "condemned"), condemn, Level.FULL));
    }

    @Test void recall_counts_mentions_and_distinct_events_and_precision_counts_every_event() {
        List<Gold> golds = List.of(gold("p-e01", 0, 40, "173", "COERCE", "USACOP", "USACVL", null),
                gold("p-e02", 41, 80, "111", "DISAPPROVE", "USAGOV", "CHN", null),
                gold("p-e03", 41, 80, "020", null, "USAGOV", "CHN", "p-e01"));
        List<Event> events = List.of(event("173", "COERCE", "USACOP", "USACVL", "arrested"),
                event("111", "DISAPPROVE", "USAGOV", "GBR", "condemned"), event("020", null, "USAGOV", "CHN", "embassy"));
        Map<Level, Score> s = RealEventsEval.score(List.of(new Article("p", golds, events, null, false)));
        Score full = s.get(Level.FULL);
        assertEquals(3, full.gold());
        assertEquals(2, full.goldFound());
        assertEquals(2, full.events(), "p-e03 repeats p-e01");
        assertEquals(1, full.eventsFound(), "p-e02 is not found; p-e01 and its repeat are one event");
        assertEquals(2, full.eventsCorrect());
        assertEquals(3, full.systemEvents());
        Score type = s.get(Level.TYPE);
        assertEquals(2, type.gold(), "a mention without a PLOVER type is left out");
        assertEquals(2, type.goldFound());
        assertEquals(2, type.eventsCorrect(), "the 020 event matches no gold mention with a type");
    }

    @Test void offsets_follow_a_sentence_the_extractor_moved() {
        String input = "Header\n" + BODY;
        Gold arrest = gold("p-e01", 7, 47, "173", "COERCE", "USACOP", null, null);
        var a = new org.herald.pipeline.Analysis("p", "p", new org.herald.extract.Article(null, List.of(), null, "en", BODY, "text"),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        var analysed = new RealArticles.Analysed(new RealArticles.Article("p", "dev", input), a, BodyAlignment.of(input, BODY));
        Article moved = RealEventsEval.align(analysed, List.of(arrest));
        assertTrue(moved.realigned());
        assertEquals(0, moved.golds().get(0).sentenceStart());
        assertEquals(39, moved.golds().get(0).sentenceEnd(), "the white space at the gold end is not carried over");
        assertEquals(0, moved.golds().get(0).sources().get(0).start());
    }

    @Test void a_mention_whose_sentence_the_extractor_dropped_matches_no_event() {
        String input = BODY + "\n\nWith wires from Dallas and elsewhere";
        Gold wires = gold("p-e09", 82, input.length(), "173", "COERCE", "USACOP", null, null);
        var a = new org.herald.pipeline.Analysis("p", "p", new org.herald.extract.Article(null, List.of(), null, "en", BODY, "text"),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        var analysed = new RealArticles.Analysed(new RealArticles.Article("p", "dev", input), a, BodyAlignment.of(input, BODY));
        Gold moved = RealEventsEval.align(analysed, List.of(wires)).golds().get(0);
        assertEquals(RealEventsEval.NOWHERE.start(), moved.sentenceStart());
        assertFalse(RealEventsEval.matches(event("173", "COERCE", "USACOP", null, "arrested"), moved, Level.ROOT));
        assertFalse(RealEventsEval.matches(event("111", "DISAPPROVE", "USAGOV", null, "condemned"), moved, Level.ROOT));
    }
}
