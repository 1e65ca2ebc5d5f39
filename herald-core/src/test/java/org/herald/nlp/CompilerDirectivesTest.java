package org.herald.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class CompilerDirectivesTest {
    @Test void the_running_jvm_takes_the_directives() throws Exception {
        assertTrue(CompilerDirectives.install(), "HotSpot accepts herald/nlp/compiler-directives.json");
        String active = CompilerDirectives.diagnosticCommand("compilerDirectivesPrint");
        assertTrue(active.contains("WordsToSentencesAnnotator.annotate"), active);
        assertTrue(CompilerDirectives.install(), "a second call is a no-op that still reports success");
    }
}
