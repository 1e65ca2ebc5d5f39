package org.herald.events;

import org.herald.knowledge.KnowledgeException;
import org.herald.knowledge.KnowledgeSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CodeShiftTest {
    private static final CodeShift SHIFT = CodeShift.load(KnowledgeSource.shipped());
    private static final Codebook BOOK = Codebook.load(KnowledgeSource.shipped());
    private static final RootBehaviours ROOTS = RootBehaviours.load(KnowledgeSource.shipped());

    @Test void the_longest_code_prefix_of_the_table_wins() {
        assertEquals("0333", SHIFT.intent("073"), "humanitarian aid promised");
        assertEquals("0333", SHIFT.intent("0731"), "a sub-code takes its parent's row");
        assertEquals("033", SHIFT.intent("070"), "the root's row");
        assertEquals("030", SHIFT.intent("090"), "the default row");
        assertEquals("1323", SHIFT.threat("1723"), "a curfew threatened");
        assertEquals("132", SHIFT.threat("172"));
        assertEquals("1245", SHIFT.refusal("086"));
        assertEquals("120", SHIFT.refusal("040"));
    }

    @Test void the_mood_chooses_the_shift_and_saying_keeps_its_code() {
        assertEquals("0333", SHIFT.shift("073", Modality.Mood.INTENDED, BOOK, ROOTS));
        assertEquals("1312", SHIFT.shift("163", Modality.Mood.INTENDED, BOOK, ROOTS), "an intended sanction is a threat");
        assertEquals("130", SHIFT.shift("073", Modality.Mood.THREATENED, BOOK, ROOTS));
        assertEquals("150", SHIFT.shift("190", Modality.Mood.PREPARED, BOOK, ROOTS));
        assertEquals("112", SHIFT.shift("112", Modality.Mood.INTENDED, BOOK, ROOTS), "accusing is saying");
        assertEquals("073", SHIFT.shift("073", Modality.Mood.ACTUAL, BOOK, ROOTS));
    }

    @Test void the_roots_behaviours_come_from_their_file_and_a_layer_replaces_a_roots_row() {
        assertTrue(ROOTS.has("1412", RootBehaviours.Behaviour.VENUE_TARGET), "a protest abroad is against the country it happens in");
        assertTrue(ROOTS.has("190", RootBehaviours.Behaviour.ARMED));
        assertFalse(ROOTS.has("163", RootBehaviours.Behaviour.ARMED), "a sanction prepared is threatened, not a show of force");
        assertFalse(ROOTS.has("xy", RootBehaviours.Behaviour.CONFLICT));
        assertEquals("150", SHIFT.shift("190", Modality.Mood.PREPARED, BOOK, ROOTS), "a prepared attack is a show of force");
        assertTrue(SHIFT.shift("1724", Modality.Mood.PREPARED, BOOK, ROOTS).startsWith("13"), "a prepared coercion is threatened");
        RootBehaviours unarmed = RootBehaviours.load(layer(RootBehaviours.FILE, "root\tbehaviours\n19\tconflict\n"));
        assertFalse(unarmed.has("190", RootBehaviours.Behaviour.ARMED), "the layer's row replaces the shipped one");
        assertTrue(SHIFT.shift("190", Modality.Mood.PREPARED, BOOK, unarmed).startsWith("13"), "without 'armed', a prepared attack is a threat");
        assertTrue(unarmed.has("180", RootBehaviours.Behaviour.ARMED), "other roots keep theirs");
        for (String bad : new String[] {"14\tprotest-ish", "21\tconflict", "x\t"}) {
            KnowledgeException e = assertThrows(KnowledgeException.class,
                    () -> RootBehaviours.load(layer(RootBehaviours.FILE, "root\tbehaviours\n" + bad + "\n")), bad);
            assertTrue(e.getMessage().contains(RootBehaviours.FILE + ":2:"), e.getMessage());
        }
    }

    @Test void a_bad_row_fails_with_its_place() {
        for (String bad : new String[] {"promise\t073\t0333", "intent\t7\t0333", "intent\t073\tx"}) {
            KnowledgeException e = assertThrows(KnowledgeException.class, () -> CodeShift.load(overlay(bad)), bad);
            assertTrue(e.getMessage().contains(CodeShift.FILE), e.getMessage());
        }
    }

    @Test void the_word_sets_are_read_from_their_file() {
        CoderWords w = CoderWords.shipped();
        assertTrue(w.timeWords().contains("sunday"));
        assertTrue(w.statePassives().contains("disarm"));
        assertTrue(w.lightObjects().contains("fire"));
        assertTrue(w.quantities().contains("hundreds"));
        assertFalse(w.timeWords().contains("police"));
    }

    private static KnowledgeSource overlay(String row) {
        return layer(CodeShift.FILE, "shift\tfrom\tto\n" + row + "\n");
    }

    private static KnowledgeSource layer(String file, String text) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("shift");
            java.nio.file.Files.createDirectories(dir.resolve("events"));
            java.nio.file.Files.writeString(dir.resolve(file), text);
            return KnowledgeSource.withUserDir(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
