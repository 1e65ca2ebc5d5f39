package org.herald.eval.quotes;

import org.herald.quotes.Quote;
import org.herald.pipeline.Analysis;
import org.herald.Page;
import org.herald.testkit.AnalysisInvariants;
import org.herald.testkit.SharedData;
import org.herald.testkit.SharedModels;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quality floors of quote attribution on labelled sets (the shared cases skip without ../shared). */
class QuoteFloorsIT {
    @Test void quality_floors_on_the_shared_cases() throws IOException {
        QuoteScorer.Score s = score(SharedData.require("eval/quotes/cases.jsonl"));
        // Measured 1.00 / 1.00 spans, 0.875 speakers with country (two speakers' actors carry no country yet), 1.00 names;
        // 0.938 speakers once persons took their country from appositives (actors2). The miss left: a title that
        // names no country ("Prime Minister Akira Sato"), where Herald does not guess.
        assertFloor(s.spanPrecision(), 0.95, "span precision", s);
        assertFloor(s.spanRecall(), 0.95, "span recall", s);
        assertFloor(s.nameRecall(), 0.93, "speaker name recall", s);
        assertFloor(s.speakerRecall(), 0.9, "speaker recall", s);
    }

    @Test void quality_floors_on_the_projects_own_passages() throws IOException {
        QuoteScorer.Score s = score(Path.of("src/test/resources/herald/eval/quotes/passages.jsonl"));
        // Measured 1.00 / 1.00 spans, 0.92 speakers with country, 0.99 names (written with the rules: not a held-out figure);
        // speakers P 0.981 R 0.962 once persons took their country from appositives (actors2).
        assertFloor(s.spanPrecision(), 0.95, "span precision", s);
        assertFloor(s.spanRecall(), 0.95, "span recall", s);
        assertFloor(s.nameRecall(), 0.95, "speaker name recall", s);
        assertFloor(s.speakerRecall(), 0.93, "speaker recall", s);
        // 0.936 speaker precision and 0.955 span precision once cues took noun-phrase and to-infinitive content
        // ("rejected the plan"): this set annotates clauses only, the real-news set (eval quotes-real) annotates those too.
        assertFloor(s.speakerPrecision(), 0.92, "speaker precision", s);
    }

    @Test void quality_floors_on_the_fresh_passages() throws IOException {
        QuoteScorer.Score s = score(Path.of("src/test/resources/herald/eval/quotes/fresh.jsonl"));
        // Written after the rules and measured before fixing them: 0.957 / 0.846 spans, 0.846 names; after fixes
        // 1.00 / 1.00 spans, 1.00 names, 0.73 speakers with country (persons whose actor has no country yet); 0.885
        // once persons took their country from appositives and lower-case titles (actors2).
        // Span precision 0.897 once cues took noun-phrase and to-infinitive content ("urged voters to stay calm",
        // "criticised the railway"): attributions under the real-news guidelines that this speech-only set leaves out.
        assertFloor(s.spanPrecision(), 0.88, "span precision", s);
        assertFloor(s.spanRecall(), 0.95, "span recall", s);
        assertFloor(s.nameRecall(), 0.95, "speaker name recall", s);
        assertFloor(s.speakerRecall(), 0.85, "speaker recall", s);
    }

    private static QuoteScorer.Score score(Path file) throws IOException {
        QuoteScorer.Score total = QuoteScorer.Score.ZERO;
        List<QuoteScorer.Case> cases = QuoteScorer.read(file);
        assertTrue(cases.size() >= 10, "too few cases in " + file);
        for (QuoteScorer.Case c : cases) {
            Analysis a = AnalysisInvariants.check(SharedModels.pipeline().analyze(Page.ofText(c.id(), c.text())));
            total = total.plus(QuoteScorer.score(c, a));
        }
        return total;
    }

    private static void assertFloor(double value, double floor, String what, QuoteScorer.Score s) {
        assertTrue(value >= floor, what + " " + value + " below " + floor + "; errors:\n" + String.join("\n", s.misses()));
    }
}
