package org.herald.eval.quotes;

import org.herald.quotes.Quote;
import org.herald.pipeline.Analysis;
import org.herald.Span;
import org.herald.extract.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteScorerTest {
    private static final String TEXT = "“We will stay,” said Ana Silva.";
    private static final QuoteScorer.Case CASE = new QuoteScorer.Case("c", TEXT,
            List.of(new QuoteScorer.GoldQuote("direct", "Ana Silva", "", "We will", "stay")), List.of("stay"));

    private static Quote quote(int start, int end, String speaker) {
        return new Quote("q1", Quote.Kind.DIRECT, TEXT.substring(start, end), start, end, List.of(new Span(start, end)),
                speaker == null ? null : new Quote.Speaker(null, speaker, null, 21, 30), "said", "direct");
    }

    private static Analysis analysis(Quote... quotes) {
        return new Analysis("c", "c", new Article(null, List.of(), null, "en", TEXT, "text"), List.of(), List.of(quotes),
                List.of(), List.of(), List.of(), List.of());
    }

    @Test void a_right_span_and_speaker_count_for_both() {
        QuoteScorer.Score s = QuoteScorer.score(CASE, analysis(quote(1, 14, "Ana Silva")));
        assertEquals(1, s.spanMatched());
        assertEquals(1, s.speakerMatched());
        assertEquals(1.0, s.speakerF1(), 1e-9);
    }

    @Test void marks_are_folded_and_an_overlong_span_does_not_match() {
        QuoteScorer.Case straight = new QuoteScorer.Case("s", TEXT,
                List.of(new QuoteScorer.GoldQuote("direct", "Silva", "", "\"We will", "stay")), List.of());
        assertTrue(QuoteScorer.spanMatches(straight, straight.quotes().get(0), quote(0, 14, null)));
        String longText = "“We will stay” " + "x".repeat(80);
        QuoteScorer.Case c = new QuoteScorer.Case("l", longText, CASE.quotes(), List.of());
        Quote longQuote = new Quote("q1", Quote.Kind.DIRECT, longText, 0, longText.length(), List.of(new Span(0, longText.length())), null, null, "x");
        assertFalse(QuoteScorer.spanMatches(c, c.quotes().get(0), longQuote));
    }

    @Test void a_wrong_speaker_and_an_extra_quote_cost_precision() {
        QuoteScorer.Score s = QuoteScorer.score(CASE, analysis(quote(1, 14, "Pedro Gomez"), quote(21, 30, "Ana Silva")));
        assertEquals(1, s.spanMatched());
        assertEquals(0, s.speakerMatched());
        assertEquals(0.5, s.spanPrecision(), 1e-9);
        assertEquals(1, s.notQuotesProduced());
        assertEquals(2, s.misses().size(), s.misses().toString());
    }
}
