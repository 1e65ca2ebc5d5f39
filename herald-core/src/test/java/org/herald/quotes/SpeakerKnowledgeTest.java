package org.herald.quotes;

import org.herald.Span;
import org.herald.knowledge.KnowledgeException;
import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;
import org.herald.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The shipped gender words and title abbreviations, and what malformed rows give. */
class SpeakerKnowledgeTest {
    @Test void shipped_gender_words_know_given_names_and_honorifics_and_leave_unisex_names_unknown() {
        GenderWords g = GenderWords.load(KnowledgeSource.shipped());
        assertEquals(GenderWords.Gender.FEMALE, g.ofGivenName("Mary"));
        assertEquals(GenderWords.Gender.MALE, g.ofGivenName("john"));
        assertNull(g.ofGivenName("Jordan"), "given to both: no evidence");
        assertEquals(GenderWords.Gender.MALE, g.ofHonorific("Mr."));
        assertEquals(GenderWords.Gender.FEMALE, g.ofHonorific("Ms"));
        assertNull(g.ofHonorific("Dr."), "no gender");
    }

    @Test void an_unknown_gender_or_kind_is_an_error_with_its_line() {
        List<String> header = List.of("word", "gender", "kind");
        assertThrows(KnowledgeException.class, () -> GenderWords.parse(List.of(
                new TsvReader.Row("g.tsv", 3, header, List.of("alex", "unisex", "given-name")))));
        assertThrows(KnowledgeException.class, () -> GenderWords.parse(List.of(
                new TsvReader.Row("g.tsv", 3, header, List.of("mr.", "male", "title")))));
    }

    @Test void an_abbreviated_title_stands_for_its_word_and_other_words_for_their_lemma() {
        TitleAbbreviations t = TitleAbbreviations.load(KnowledgeSource.shipped());
        assertEquals("governor", t.titleOf(new Token(0, "Gov.", "Gov.", "NNP", "O", 0, 4)));
        assertEquals("senator", t.titleOf(new Token(0, "Sen", "Sen", "NNP", "O", 0, 3)));
        assertEquals("governor", t.titleOf(new Token(0, "governors", "governor", "NNS", "O", 0, 9)));
    }
}
