package org.herald.quotes;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartialQuoteRuleTest {
    @Test void short_title_case_stretches_are_names_not_speech() {
        assertTrue(PartialQuoteRule.isTitle("Winter in Kyiv"));
        assertTrue(PartialQuoteRule.isTitle("Northern Shield"));
        assertFalse(PartialQuoteRule.isTitle("brazen violation of the UN Charter"));
        assertFalse(PartialQuoteRule.isTitle("A Very Long Title That Goes On And On Forever"));
    }
}
