package org.herald.quotes;

import org.herald.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteMarksTest {
    private static List<String> texts(String body, QuoteMarks.Marked m) {
        return m.parts().stream().map(p -> p.of(body)).toList();
    }

    @Test void curly_marks_give_the_words_inside() {
        String body = "She said: “We are ready.” Then she left.";
        List<QuoteMarks.Marked> found = QuoteMarks.find(body);
        assertEquals(1, found.size());
        assertEquals(List.of("We are ready."), texts(body, found.get(0)));
        assertTrue(found.get(0).closed());
        assertEquals('“', body.charAt(found.get(0).open()));
        assertEquals('”', body.charAt(found.get(0).close() - 1));
    }

    @Test void typewriter_double_marks_are_marks_and_keep_the_offsets() {
        String body = "He said: ``We will not resign.'' Then he left for the airport.";
        List<QuoteMarks.Marked> found = QuoteMarks.find(body);
        assertEquals(1, found.size());
        QuoteMarks.Marked m = found.get(0);
        assertEquals("We will not resign.", body.substring(m.start(), m.end()));
        assertEquals(body.indexOf("``"), m.open());
        assertEquals(body.indexOf("''") + 2, m.close());
        assertEquals(body.length(), QuoteMarks.withoutTwoCharacterMarks(body).length());
    }

    @Test void straight_marks_pair_up_and_apostrophes_are_ignored() {
        String body = "\"Canada's farmers lose,\" he said, \"and nobody wins.\"";
        List<QuoteMarks.Marked> found = QuoteMarks.find(body);
        assertEquals(2, found.size());
        assertEquals(List.of("Canada's farmers lose,"), texts(body, found.get(0)));
        assertEquals(List.of("and nobody wins."), texts(body, found.get(1)));
    }

    @Test void nested_single_marks_stay_inside_the_quote() {
        String body = "“They call it ‘temporary’, but it is not,” he said.";
        List<QuoteMarks.Marked> found = QuoteMarks.find(body);
        assertEquals(1, found.size());
        assertEquals(List.of("They call it ‘temporary’, but it is not,"), texts(body, found.get(0)));
    }

    @Test void a_quote_reopened_in_the_next_paragraph_is_one_stretch_with_two_parts() {
        String body = "He spoke. “First paragraph.\n\n“Second paragraph,” he said.";
        List<QuoteMarks.Marked> found = QuoteMarks.find(body);
        assertEquals(1, found.size());
        assertEquals(List.of("First paragraph.", "Second paragraph,"), texts(body, found.get(0)));
        assertTrue(found.get(0).closed());
    }

    @Test void an_unclosed_mark_ends_at_its_paragraph() {
        String body = "She asked: “Why should we pay?\n\nThe ministry did not reply.";
        List<QuoteMarks.Marked> found = QuoteMarks.find(body);
        assertEquals(1, found.size());
        assertEquals(List.of("Why should we pay?"), texts(body, found.get(0)));
        assertFalse(found.get(0).closed());
        assertEquals(new Span(12, 30), found.get(0).parts().get(0));
    }

    @Test void empty_and_markless_bodies_give_nothing() {
        assertTrue(QuoteMarks.find("").isEmpty());
        assertTrue(QuoteMarks.find("No quotes here.\n\nNor here.").isEmpty());
        assertTrue(QuoteMarks.find("“”").isEmpty());
    }
}
