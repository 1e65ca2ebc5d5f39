package org.herald.eval.real;

import org.herald.Span;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gold offsets carried into the body Herald analysed (no NLP). */
class BodyAlignmentTest {
    @Test void identical_bodies_keep_their_offsets() {
        BodyAlignment a = BodyAlignment.of("Police said.", "Police said.");
        assertTrue(a.identical());
        assertEquals(7, a.map(7));
        assertEquals(Optional.of(new Span(0, 6)), a.span(0, 6));
    }

    @Test void folded_spaces_and_a_dropped_first_line_move_the_offsets() {
        String gold = "Headline\n\nThe  police   arrested a man in Lagos.";
        String analysed = "The police arrested a man in Lagos.";
        BodyAlignment a = BodyAlignment.of(gold, analysed);
        assertFalse(a.identical());
        int police = gold.indexOf("police"), lagos = gold.indexOf("Lagos");
        assertEquals(analysed.indexOf("police"), a.map(police));
        assertEquals(analysed.indexOf("Lagos"), a.map(lagos));
        assertEquals(analysed.indexOf("Lagos") + 5, a.mapEnd(lagos + 5));
        // "The" ends next to the dropped headline: found by the text after it.
        assertEquals(Optional.of(new Span(0, 3)), a.span(gold.indexOf("The"), gold.indexOf("The") + 3));
    }

    @Test void an_end_next_to_a_dropped_last_line_is_found_by_the_text_before_it() {
        String gold = "The court ruled on Monday that the law stands.\n\nWith Post wires";
        String analysed = "The court ruled on Monday that the law stands.";
        BodyAlignment a = BodyAlignment.of(gold, analysed);
        int stands = gold.indexOf("stands");
        assertEquals(Optional.of(new Span(analysed.indexOf("stands"), analysed.length())), a.span(stands, stands + "stands.".length()));
    }

    @Test void an_added_line_break_moves_what_follows_it() {
        String gold = "First paragraph.\nSecond paragraph names the minister.";
        String analysed = "First paragraph.\n\nSecond paragraph names the minister.";
        BodyAlignment a = BodyAlignment.of(gold, analysed);
        int minister = gold.indexOf("minister");
        assertEquals(Optional.of(new Span(analysed.indexOf("minister"), analysed.indexOf("minister") + 8)), a.span(minister, minister + 8));
        assertEquals(analysed.indexOf("Second"), a.map(gold.indexOf("Second")));
    }

    @Test void text_missing_from_the_analysed_body_maps_to_nothing() {
        String gold = "The court ruled on Monday.\n\nMenu line that was dropped, and a second one as well";
        BodyAlignment a = BodyAlignment.of(gold, "The court ruled on Monday.");
        assertEquals(-1, a.map(gold.indexOf("line")));
        assertEquals(Optional.empty(), a.span(gold.indexOf("Menu"), gold.length()));
        assertEquals(Optional.empty(), a.span(gold.indexOf("second"), gold.indexOf("second") + 6));
    }

    @Test void empty_bodies_and_spans() {
        BodyAlignment a = BodyAlignment.of("Some text.", "");
        assertEquals(Optional.empty(), a.span(0, 4));
        assertEquals(Optional.empty(), BodyAlignment.of("Same", "Same").span(2, 2));
    }
}
