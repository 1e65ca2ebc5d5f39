package org.herald;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineTest {
    @Test void a_spent_budget_fails_the_next_check_naming_the_stage_and_the_key() throws Exception {
        Deadline d = Deadline.in(0.001);
        Thread.sleep(5);
        assertTrue(d.passed());
        Deadline.Exceeded e = assertThrows(Deadline.Exceeded.class, () -> d.check("nlp.ner"));
        assertEquals("nlp.ner", e.stage());
        assertTrue(e.getMessage().contains("limits.maxDocumentSeconds") && e.getMessage().contains("nlp.ner"), e.getMessage());
    }

    @Test void a_fresh_budget_and_none_pass_their_checks() {
        assertDoesNotThrow(() -> Deadline.in(60).check("extract"));
        assertFalse(Deadline.NONE.passed());
        assertDoesNotThrow(() -> Deadline.NONE.check("extract"));
        assertThrows(IllegalArgumentException.class, () -> Deadline.in(0));
    }

    @Test void the_budget_is_a_configuration_key_and_tokens_per_sentence_are_capped() throws Exception {
        assertEquals(60, HeraldConfig.defaults().limits().maxDocumentSeconds());
        Path user = Files.createTempFile("herald", ".properties");
        Files.writeString(user, "limits.maxDocumentSeconds = 2.5\n");
        assertEquals(2.5, HeraldConfig.load(user).limits().maxDocumentSeconds());
        Files.writeString(user, "limits.maxTokensPerSentence = 30000\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HeraldConfig.load(user));
        assertTrue(e.getMessage().contains("at most " + Limits.MOST_TOKENS_PER_SENTENCE), e.getMessage());
        Files.delete(user);
    }
}
