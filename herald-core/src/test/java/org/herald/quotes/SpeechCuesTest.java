package org.herald.quotes;

import org.herald.Span;
import org.herald.knowledge.KnowledgeException;
import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;
import org.herald.nlp.Dependency;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeechCuesTest {
    private static Sentence sentence(String... wordLemmaPos) {
        List<Token> tokens = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < wordLemmaPos.length; i += 3) {
            String w = wordLemmaPos[i];
            tokens.add(new Token(i / 3, w, wordLemmaPos[i + 1], wordLemmaPos[i + 2], "O", at, at + w.length()));
            at += w.length() + 1;
        }
        return new Sentence(0, new Span(0, at - 1), tokens, List.of(new Dependency("compound:prt", 1, 2)), List.of());
    }

    @Test void shipped_file_knows_say_continue_and_according_to() {
        SpeechCues cues = SpeechCues.load(KnowledgeSource.shipped());
        Sentence s = sentence("He", "he", "PRP", "continued", "continue", "VBD", "out", "out", "RP");
        assertTrue(cues.isVerbCue(s, 1, SpeechCues.Use.DIRECT));
        assertFalse(cues.isVerbCue(s, 1, SpeechCues.Use.INDIRECT), "continue introduces only marked quotes");
        Sentence a = sentence("according", "accord", "VBG", "to", "to", "TO", "officials", "official", "NNS");
        assertEquals(2, cues.phraseAt(a, 0, SpeechCues.Use.INDIRECT));
        assertEquals(0, cues.phraseAt(a, 1, SpeechCues.Use.INDIRECT));
    }

    @Test void a_particle_verb_needs_its_particle() {
        SpeechCues cues = SpeechCues.parse(TsvReader.read(new KnowledgeSource.Layer("t.tsv", "cue\tkind\tuses\npoint out\tverb\tindirect\n")));
        assertTrue(cues.isVerbCue(sentence("She", "she", "PRP", "pointed", "point", "VBD", "out", "out", "RP"), 1, SpeechCues.Use.INDIRECT));
        Sentence plain = new Sentence(0, new Span(0, 11), List.of(new Token(0, "She", "she", "PRP", "O", 0, 3),
                new Token(1, "pointed", "point", "VBD", "O", 4, 11)), List.of(), List.of());
        assertFalse(cues.isVerbCue(plain, 1, SpeechCues.Use.INDIRECT));
    }

    @Test void a_prepositional_verb_needs_its_preposition_and_leaves_the_plain_verbs_uses() {
        SpeechCues cues = SpeechCues.load(KnowledgeSource.shipped());
        List<Token> tokens = List.of(new Token(0, "They", "they", "PRP", "O", 0, 4), new Token(1, "called", "call", "VBD", "O", 5, 11),
                new Token(2, "for", "for", "IN", "O", 12, 15), new Token(3, "calm", "calm", "NN", "O", 16, 20));
        Sentence withFor = new Sentence(0, new Span(0, 20), tokens, List.of(new Dependency("obl:for", 1, 3), new Dependency("case", 3, 2)), List.of());
        assertTrue(cues.isVerbCue(withFor, 1, SpeechCues.Use.NP));
        assertEquals(3, cues.prepositionalObject(withFor, 1));
        assertTrue(cues.isVerbCue(withFor, 1, SpeechCues.Use.PARTIAL), "call's own use stays");
        Sentence plain = new Sentence(0, new Span(0, 20), tokens, List.of(new Dependency("obj", 1, 3)), List.of());
        assertFalse(cues.isVerbCue(plain, 1, SpeechCues.Use.NP), "'call' alone takes no noun phrase");
        assertEquals(-1, cues.prepositionalObject(plain, 1));
    }

    @Test void a_noun_cue_is_a_noun_and_carries_its_mode() {
        SpeechCues cues = SpeechCues.load(KnowledgeSource.shipped());
        Sentence s = sentence("his", "he", "PRP$", "claim", "claim", "NN", "that", "that", "IN");
        assertTrue(cues.isNounCue(s, 1, SpeechCues.Use.INDIRECT));
        Sentence verb = sentence("they", "they", "PRP", "claim", "claim", "VBP", "that", "that", "IN");
        assertFalse(cues.isNounCue(verb, 1, SpeechCues.Use.INDIRECT));
        Sentence fear = sentence("their", "they", "PRP$", "fear", "fear", "NN", "that", "that", "IN");
        assertEquals(Quote.Mode.BELIEF, cues.nounMode(fear, 1));
    }

    @Test void a_bad_row_fails_with_file_and_line() {
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> SpeechCues.parse(
                TsvReader.read(new KnowledgeSource.Layer("bad.tsv", "cue\tkind\tuses\nsay\tverb\tloudly\n"))));
        assertTrue(e.getMessage().startsWith("bad.tsv:2:"), e.getMessage());
        assertThrows(KnowledgeException.class, () -> SpeechCues.parse(
                TsvReader.read(new KnowledgeSource.Layer("bad.tsv", "cue\tkind\tuses\nsay\tadverb\tdirect\n"))));
    }

    @Test void each_cue_carries_its_mode_and_content_shapes() {
        SpeechCues cues = SpeechCues.parse(TsvReader.read(new KnowledgeSource.Layer("t.tsv",
                "cue\tkind\tuses\tmode\nwant\tverb\tinfinitive\tintention\nshow\tverb\tindirect|np\tevidence\nsay\tverb\tindirect\t\n")));
        Sentence want = sentence("They", "they", "PRP", "want", "want", "VBP", "peace", "peace", "NN");
        assertTrue(cues.isVerbCue(want, 1, SpeechCues.Use.INFINITIVE));
        assertFalse(cues.isVerbCue(want, 1, SpeechCues.Use.INDIRECT), "want takes no reported clause");
        assertEquals(org.herald.quotes.Quote.Mode.INTENTION, cues.mode(want, 1, SpeechCues.Use.INFINITIVE));
        Sentence show = sentence("Polls", "poll", "NNS", "show", "show", "VBP", "support", "support", "NN");
        assertEquals(org.herald.quotes.Quote.Mode.EVIDENCE, cues.mode(show, 1, SpeechCues.Use.NP));
        Sentence say = sentence("She", "she", "PRP", "said", "say", "VBD", "so", "so", "RB");
        assertEquals(org.herald.quotes.Quote.Mode.SPEECH, cues.mode(say, 1, SpeechCues.Use.INDIRECT), "an empty mode is speech");
        assertThrows(KnowledgeException.class, () -> SpeechCues.parse(
                TsvReader.read(new KnowledgeSource.Layer("bad.tsv", "cue\tkind\tuses\tmode\nsay\tverb\tdirect\tloud\n"))));
    }
}
