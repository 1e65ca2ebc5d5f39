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

    @Test void a_bad_row_fails_with_file_and_line() {
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> SpeechCues.parse(
                TsvReader.read(new KnowledgeSource.Layer("bad.tsv", "cue\tkind\tuses\nsay\tverb\tloudly\n"))));
        assertTrue(e.getMessage().startsWith("bad.tsv:2:"), e.getMessage());
        assertThrows(KnowledgeException.class, () -> SpeechCues.parse(
                TsvReader.read(new KnowledgeSource.Layer("bad.tsv", "cue\tkind\tuses\nsay\tnoun\tdirect\n"))));
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
