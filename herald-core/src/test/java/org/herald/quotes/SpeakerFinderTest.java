package org.herald.quotes;

import org.herald.Span;
import org.herald.nlp.Dependency;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class SpeakerFinderTest {
    private static Token token(int i, String word, String lemma, String pos, int start) {
        return new Token(i, word, lemma, pos, "O", start, start + word.length());
    }

    // The timeout only guards against the hang the cycle guard prevents (assertTimeoutPreemptively runs the walk in a
    // thread of its own, as the loop never checks for interruption); it is not a speed test: the walk takes
    // microseconds. Without the guard this test ran until Maven was killed.
    @Test void a_cycle_among_nouns_above_the_cue_ends_the_walk_without_a_speaker() {
        // "adding issue plan" misparsed so that "issue" and "plan" govern each other above the cue.
        Sentence s = new Sentence(0, new Span(0, 17), List.of(token(0, "adding", "add", "VBG", 0),
                token(1, "issue", "issue", "NN", 7), token(2, "plan", "plan", "NN", 13)),
                List.of(new Dependency("dep", 1, 0), new Dependency("nmod", 2, 1), new Dependency("nmod", 1, 2)), List.of());
        assertNull(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> SpeakerFinder.ofCue(s, 0)));
    }

    @Test void the_subject_of_the_verb_above_speaks_for_an_adding_clause() {
        // "Lee spoke, adding ...": the cue has no subject; the verb it hangs under does.
        Sentence s = new Sentence(0, new Span(0, 17), List.of(token(0, "Lee", "Lee", "NNP", 0),
                token(1, "spoke", "speak", "VBD", 4), token(2, "adding", "add", "VBG", 10)),
                List.of(new Dependency("nsubj", 1, 0), new Dependency("advcl", 1, 2)), List.of());
        assertEquals("Lee", SpeakerFinder.ofCue(s, 2).text());
    }

    @Test void a_relative_who_stands_for_the_noun_its_clause_hangs_on() {
        // "Lee, who denied ...": the speaker is Lee, never "who".
        Sentence s = new Sentence(0, new Span(0, 15), List.of(token(0, "Lee", "Lee", "NNP", 0),
                token(1, "who", "who", "WP", 4), token(2, "denied", "deny", "VBD", 8)),
                List.of(new Dependency("acl:relcl", 0, 2), new Dependency("nsubj", 2, 1)), List.of());
        assertEquals("Lee", SpeakerFinder.ofCue(s, 2).text());
    }
}
