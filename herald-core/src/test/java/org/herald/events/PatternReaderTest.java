package org.herald.events;

import org.herald.knowledge.KnowledgeException;
import org.herald.knowledge.KnowledgeSource;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class PatternReaderTest {
    @Test
    void reads_every_pattern_line_and_skips_comments_and_macros() {
        List<Pattern> ps = PatternReader.read("x/test.rules", """
                # comment
                @CRIT = criticism|condemnation
                111  face|draw  obj(@CRIT)  pp:from=source  nsubj=target   # light verb
                154  deployment/n  ?pp:of=source  ?pp:to=target
                """, null);
        assertEquals(2, ps.size());
        assertEquals("test.rules:4", ps.get(1).rule());
        assertTrue(ps.get(0).specificity() > ps.get(1).specificity(), "required lemma slots weigh more than optional ones");
    }

    @Test
    void a_code_of_another_root_fails_with_file_and_line() {
        KnowledgeException e = assertThrows(KnowledgeException.class,
                () -> PatternReader.read("x/11-test.rules", "111  criticize  obj=target\n154  deploy  obj\n", "11"));
        assertTrue(e.getMessage().startsWith("x/11-test.rules:2:"), e.getMessage());
    }

    @Test
    void parses_the_frame() {
        Pattern p = PatternReader.read("x/any.rules", "@CRIT = criticism|condemnation\n111  face|draw  obj(@CRIT)  ?pp:from=source  nsubj=target\n", null).get(0);
        assertEquals(Set.of("face", "draw"), p.heads());
        assertEquals("any.rules:2", p.rule());
        assertEquals(3, p.slots().size());
        Slot obj = p.slots().get(0);
        assertEquals(Set.of("criticism", "condemnation"), obj.lemmas());
        Slot from = p.slots().get(1);
        assertEquals(Slot.Kind.PP, from.kind());
        assertEquals("from", from.name());
        assertTrue(from.optional());
        assertEquals(Slot.Role.SOURCE, from.role());
        assertTrue(PatternReader.read("x/any.rules", "154  deployment/n  ?pp:to=target\n", null).get(0).noun());
    }

    @Test
    void bad_lines_fail_with_their_place() {
        for (String bad : List.of("11x  accuse  obj", "112", "112  accuse  obj(=target", "112  accuse  word", "112  accuse  obj(@NOPE)")) {
            KnowledgeException e = assertThrows(KnowledgeException.class, () -> PatternReader.read("f.rules", bad + "\n", null), bad);
            assertTrue(e.getMessage().startsWith("f.rules:1:"), e.getMessage());
        }
        assertTrue(PatternReader.read("f.rules", "", null).isEmpty());
    }

    @Test
    void every_root_has_its_file_and_the_shipped_patterns_cover_all_20_roots() {
        List<Pattern> all = PatternReader.readAll(KnowledgeSource.shipped());
        Set<String> roots = new HashSet<>();
        for (Pattern p : all) roots.add(p.code().root());
        assertEquals(20, roots.size(), "roots covered: " + roots);
        Codebook book = Codebook.load(KnowledgeSource.shipped());
        for (Pattern p : all) assertTrue(book.isKnown(p.code().value()), p.rule() + " codes " + p.code() + ", not in the codebook");
        assertTrue(all.size() > 300, "a dictionary for news needs hundreds of patterns, has " + all.size());
    }

    @Test
    void an_entry_that_can_never_match_fails_with_its_place() {
        // Heads are looked up by one word's lemma; a slot's word matches alone or with the word before it.
        for (String bad : List.of("190  air_strike/n  pp:on=target", "161  declare  obj=target  xcomp(persona_non_grata|grata)",
                "@E = martial_law|state_of_emergency\n1724 impose  obj(@E)", "@H = strike|air_strike\n190  @H/n  pp:on=target")) {
            KnowledgeException e = assertThrows(KnowledgeException.class, () -> PatternReader.read("f.rules", "# c\n" + bad + "\n", null), bad);
            assertTrue(e.getMessage().startsWith("f.rules:" + (bad.contains("\n") ? 3 : 2) + ":"), e.getMessage());
            assertTrue(e.getMessage().contains("can never match"), e.getMessage());
        }
        // A relation of an older scheme never names a dependent of CoreNLP's Universal Dependencies v2 parse.
        for (String bad : List.of("112  accuse  dobj=target", "112  accuse  ?nsubjpass=target", "112  accuse  prep(of)", "112  accuse  nsubj:passive")) {
            KnowledgeException e = assertThrows(KnowledgeException.class, () -> PatternReader.read("f.rules", "# c\n" + bad + "\n", null), bad);
            assertTrue(e.getMessage().startsWith("f.rules:2:") && e.getMessage().contains("can never match"), e.getMessage());
        }
        for (String good : List.of("112  accuse  obj=target  nsubj:pass", "112  accuse  advcl:from  ?nmod:poss=source  ?obl:agent=source  prt(up)"))
            assertEquals(1, PatternReader.read("f.rules", good + "\n", null).size(), good);
        Pattern two = PatternReader.read("f.rules", "1724 impose  obj(martial_law|curfew)\n", null).get(0);
        assertEquals(Set.of("martial law", "curfew"), two.slots().get(0).lemmas(), "two words are one entry the matcher can join");
    }
}
