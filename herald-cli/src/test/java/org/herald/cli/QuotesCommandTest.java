package org.herald.cli;

import org.herald.pipeline.Analysis;
import org.herald.Excerpt;
import org.herald.Span;
import org.herald.actors.Actor;
import org.herald.extract.Article;
import org.herald.quotes.Quote;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotesCommandTest {
    @Test void prints_speaker_role_and_quote_and_unknown_for_no_speaker() {
        String body = "“We stay,” said Ana Silva. “We go.”";
        Actor ana = new Actor("a1", "Ana Silva", Actor.Kind.PERSON, "PRTGOV", "PRT", "GOV", "foreign minister",
                List.of(new Excerpt(16, 25, "Ana Silva")), "test");
        Quote q1 = new Quote("q1", Quote.Kind.DIRECT, "We stay,", 1, 9, List.of(new Span(1, 9)),
                new Quote.Speaker("a1", "Ana Silva", "PRTGOV", 16, 25), "said", "direct.cue-after");
        Quote q2 = new Quote("q2", Quote.Kind.DIRECT, "We go.", 28, 34, List.of(new Span(28, 34)), null, null, "direct.no-cue");
        Analysis a = new Analysis("d", "d", new Article(null, List.of(), null, "en", body, "text"), List.of(ana), List.of(q1, q2),
                List.of(), List.of(), List.of(), List.of());
        StringWriter out = new StringWriter();
        QuotesCommand.write(a, new PrintWriter(out, true));
        String text = out.toString();
        assertTrue(text.contains("Ana Silva [PRTGOV] — foreign minister — “We stay,”"), text);
        assertTrue(text.contains("(unknown) — - — “We go.”"), text);
        assertTrue(text.startsWith("== d (2 quotes)"), text);
    }
}
