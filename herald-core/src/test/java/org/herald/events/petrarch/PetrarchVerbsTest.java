package org.herald.events.petrarch;

import org.herald.events.Pattern;
import org.herald.events.Slot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The import of PETRARCH verb dictionaries, on a dictionary written for this test in the PETRARCH-2 syntax. */
class PetrarchVerbsTest {
    private static final String DICT = """
            <!-- a test dictionary -->
            &TIETYPES
            +MILITARY
            +ECONOMIC
            &TIES2
            +&TIETYPES
            +CLOSER
            --- RESTORE  [064]  ---
            RESTORE    # a comment
            - * {&TIETYPES TIES} [0641]
            - * (WITH +)  [065:066]
            - * FXLL  [+++]
            - * NOTHING  [---]
            --- SIGNAL  [---] ---
            SIGNAL {SIGNALS SIGNALLED}
            +TAKE_NOTE {+TOOK_NOTE}
            - * READY  [030]
            ~ a (b . ATTACK) SAY = a b 112
            """;

    @Test
    void reads_blocks_patterns_synsets_and_paired_codes() {
        PetrarchVerbs.Import imp = PetrarchVerbs.read("test.verbs.txt", DICT);
        PetrarchVerbs.Stats st = imp.stats();
        assertEquals(2, st.synsets());
        assertEquals(1, st.transformations());
        assertEquals(1, st.skippedCodes(), "[+++] is no code Herald can emit");
        assertEquals(1, st.noEventCodes(), "[---] codes nothing");
        List<Pattern> ps = imp.patterns();
        Pattern ties = ps.stream().filter(p -> p.code().value().equals("0641")).findFirst().orElseThrow();
        assertEquals(Set.of("restore"), ties.heads());
        assertTrue(ties.slots().stream().anyMatch(s -> s.kind() == Slot.Kind.WORD && s.lemmas().contains("military")));
        Pattern with = ps.stream().filter(p -> p.code().value().equals("065")).findFirst().orElseThrow();
        assertEquals("066", with.targetCode().value());
        assertTrue(with.slots().stream().anyMatch(s -> s.kind() == Slot.Kind.PP && s.name().equals("with") && s.role() == Slot.Role.TARGET));
        // "TAKE_NOTE": a multi-word verb is its head plus a required word.
        assertTrue(ps.stream().anyMatch(p -> p.heads().contains("take") && p.code().value().equals("030")));
        // The bare verb codes the block's code.
        assertTrue(ps.stream().anyMatch(p -> p.heads().contains("restore") && p.slots().isEmpty() && p.code().value().equals("064")));
    }

    @Test
    void plural_dictionary_words_match_singular_lemmas() {
        assertTrue(PetrarchVerbs.forms("PROGRAMS").contains("program"));
        assertTrue(PetrarchVerbs.forms("ALLIES").contains("ally"));
        assertTrue(PetrarchVerbs.forms("").isEmpty());
    }

    @Test
    void a_line_outside_any_block_fails_with_its_place() {
        var e = assertThrows(org.herald.knowledge.KnowledgeException.class, () -> PetrarchVerbs.read("d.txt", "- * X [010]\n"));
        assertTrue(e.getMessage().startsWith("d.txt:1:"), e.getMessage());
    }
}
