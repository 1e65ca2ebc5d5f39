package org.herald.eval.quotes;

import org.herald.Span;
import org.herald.quotes.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RealQuoteScorerTest {
    private static RealQuoteScorer.Gold gold(String speaker, int start, int end) {
        return new RealQuoteScorer.Gold("p", "dev", "p-a01", "indirect", "speech", List.of(new Span(start, end)), speaker, "person");
    }

    private static Quote quote(String speaker, int start, int end) {
        return new Quote("q1", Quote.Kind.INDIRECT, "", start, end, List.of(new Span(start, end)),
                speaker == null ? null : new Quote.Speaker(null, speaker, null, 0, 1), "said", "test");
    }

    @Test void content_matches_only_when_both_shares_reach_one_half() {
        assertTrue(RealQuoteScorer.overlap(List.of(new Span(0, 100)), List.of(new Span(0, 60))) >= 0.5);
        assertEquals(-1, RealQuoteScorer.overlap(List.of(new Span(0, 100)), List.of(new Span(0, 40))));
        assertEquals(-1, RealQuoteScorer.overlap(List.of(new Span(0, 40)), List.of(new Span(0, 100))));
        // split quotes: the pieces add up
        assertEquals(1.0, RealQuoteScorer.overlap(List.of(new Span(0, 10), new Span(20, 30)), List.of(new Span(0, 10), new Span(20, 30))));
    }

    @Test void speaker_matches_by_last_name_either_way() {
        assertTrue(RealQuoteScorer.speakerMatches(gold("Mike Pompeo", 0, 10), quote("Pompeo", 0, 10)));
        assertTrue(RealQuoteScorer.speakerMatches(gold("Pompeo", 0, 10), quote("Mike Pompeo", 0, 10)));
        assertFalse(RealQuoteScorer.speakerMatches(gold("Mike Pompeo", 0, 10), quote("Mike Pence", 0, 10)));
        assertFalse(RealQuoteScorer.speakerMatches(gold("Mike Pompeo", 0, 10), quote(null, 0, 10)));
        assertTrue(RealQuoteScorer.speakerMatches(gold(null, 0, 10), quote(null, 0, 10)));
    }

    @Test void each_gold_pairs_with_one_quote_and_speaker_right_pairs_win() {
        var m = RealQuoteScorer.match(List.of(gold("Jane Doe", 0, 100)), List.of(quote("John Roe", 0, 100), quote("Doe", 0, 90)));
        assertEquals(1, m.counts().content());
        assertEquals(1, m.counts().both());
        assertEquals(2, m.counts().produced());
        assertEquals(-1, m.producedToGold()[0]);
    }

    @Test void content_the_extractor_dropped_is_left_out_and_the_rest_moves() {
        String gold = "He said the talks had failed.\n\n\n\"We will return,\" he added.\n\nWith wires";
        String analysed = "He said the talks had failed.\n\n\"We will return,\" he added.";
        var g = new RealQuoteScorer.Gold("p", "dev", "p-a01", "direct", "speech",
                List.of(new Span(gold.indexOf("We"), gold.indexOf(",\"") + 1), new Span(gold.indexOf("With"), gold.length())), "he", "person");
        var moved = RealQuoteScorer.moved(g, org.herald.eval.real.BodyAlignment.of(gold, analysed));
        assertEquals(List.of(new Span(analysed.indexOf("We"), analysed.indexOf(",\"") + 1)), moved.content());
    }

    @Test void with_both_splits_only_dev_pages_explain_their_misses(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var truth = java.nio.file.Files.writeString(dir.resolve("ground-truth.json"),
                "{\"d\": {\"articleBody\": \"The minister said the talks would resume.\"}, \"b\": {\"articleBody\": \"The mayor said the road would close.\"}}");
        java.nio.file.Files.writeString(dir.resolve("articles.tsv"), "page\tsplit\nd\tdev\nb\tblind\n");
        var quotes = java.nio.file.Files.writeString(dir.resolve("quotes.jsonl"), """
                {"page": "d", "split": "dev", "id": "d-a01", "kind": "indirect", "mode": "speech", "content": [[18, 40]], "speaker": "minister"}
                {"page": "b", "split": "blind", "id": "b-a01", "kind": "indirect", "mode": "speech", "content": [[15, 35]], "speaker": "mayor"}
                """);
        var articles = org.herald.eval.real.RealArticles.read(dir.resolve("articles.tsv"), truth);
        // An articles-only pipeline finds no quote, so each gold attribution is a miss.
        var r = RealQuoteScorer.run(org.herald.pipeline.Pipeline.articlesOnly(org.herald.HeraldConfig.defaults()), quotes, articles,
                org.herald.eval.real.RealArticles.Split.ALL);
        assertEquals(2, r.all().gold());
        assertEquals(1, r.errors().size(), r.errors().toString());
        assertTrue(r.errors().get(0).startsWith("missed  d-a01"), r.errors().get(0));
    }
}
