package org.herald.eval.actors;

import org.herald.actors.Actor;
import org.herald.Excerpt;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorEvaluationTest {
    private static final String SET = "# comment\ndoc\ttext\nd1\t[[Russia|RUS]] and [[Hamas|---]] talked.\nd1\t[[North Korean troops|PRKMIL]] moved.\n";

    @Test
    void marks_become_spans_of_the_joined_document() {
        List<ActorEvaluation.Doc> docs = ActorEvaluation.parse(SET, "set.tsv");
        assertEquals(1, docs.size());
        ActorEvaluation.Doc d = docs.get(0);
        assertEquals("Russia and Hamas talked.\n\nNorth Korean troops moved.", d.text());
        for (ActorEvaluation.Gold g : d.gold()) assertEquals(g.text(), d.text().substring(g.start(), g.end()));
        assertEquals(null, d.gold().get(1).code());
    }

    @Test
    void scores_count_wrong_agents_and_unmarked_codes_as_errors() {
        ActorEvaluation.Doc d = ActorEvaluation.parse(SET, "set.tsv").get(0);
        String t = d.text();
        int troops = t.indexOf("North Korean troops");
        List<Actor> predicted = List.of(
                new Actor("a1", "Russia", Actor.Kind.COUNTRY, "RUS", "RUS", null, null, List.of(Excerpt.of(t, 0, 6)), "test"),
                new Actor("a2", "Hamas", Actor.Kind.GROUP, "PSE", "PSE", null, null, List.of(Excerpt.of(t, 11, 16)), "test"),
                new Actor("a3", "troops", Actor.Kind.GROUP, "PRKGOV", "PRK", "GOV", null, List.of(Excerpt.of(t, troops, troops + 19)), "test"));
        ActorEvaluation.Result r = ActorEvaluation.score(List.of(d), x -> predicted);
        assertEquals(2, r.country().correctExpected());
        assertEquals(2, r.country().expected());
        assertEquals(3, r.country().predicted(), "Hamas carries a code the set does not give");
        assertEquals(2, r.country().correctPredicted());
        assertEquals(0, r.agent().correctExpected());
        assertEquals(1, r.agent().expected());
        assertTrue(r.errors().size() >= 2, r.errors().toString());
    }

    @Test
    void unbalanced_marks_fail_with_the_line() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ActorEvaluation.parse("doc\ttext\nd1\t[[Russia|RUS] talked\n", "bad.tsv"));
        assertTrue(e.getMessage().startsWith("bad.tsv:2"), e.getMessage());
    }
}
