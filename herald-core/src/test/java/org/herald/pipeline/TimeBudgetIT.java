package org.herald.pipeline;

import org.herald.HeraldConfig;
import org.herald.Limits;
import org.herald.Page;
import org.herald.io.InputDocument;
import org.herald.run.Runner;
import org.herald.testkit.AnalysisInvariants;
import org.herald.testkit.SharedModels;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-document time budget: a document past it gets an error naming the stage, keeps its article, and the worker goes on. */
class TimeBudgetIT {
    private static Pipeline withLimits(Limits limits) {
        HeraldConfig config = HeraldConfig.defaults().withLimits(limits);
        return Pipeline.load(config, SharedModels.models());
    }

    /** Words of news without sentence ends, as flattened tables and lists give them. */
    private static String endless(int words) {
        String[] vocab = "the army and the police and the court and the ministers met with officials from Russia and Ukraine".split(" ");
        Random r = new Random(1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) b.append(i == 0 ? "" : " ").append(vocab[r.nextInt(vocab.length)]);
        return b.toString();
    }

    @Test void a_document_past_its_budget_gets_an_error_naming_the_stage_and_the_next_document_is_analysed() {
        Limits d = HeraldConfig.defaults().limits();
        Pipeline pipeline = withLimits(new Limits(d.maxPageBytes(), d.maxBodyChars(), d.maxSentences(), d.maxTokensPerSentence(), 1.5));
        String sentence = "The defence minister of Ruritania said on Monday that the army, which had been deployed along the northern "
                + "border since the spring, would hold talks with the rebels and their allies in the capital before the end of the month. ";
        Page slow = Page.ofText("slow", sentence.repeat(850));   // 850 sentences of 40 tokens (187,000 characters): seconds of NLP
        Page quick = Page.ofText("quick", "The foreign minister arrived in Nairobi on Tuesday for talks with the president.");
        SharedModels.pipeline().analyze(quick); // compiled code for the quick one, so it is well inside the budget
        List<Analysis> out = new ArrayList<>();
        try (Runner run = Runner.of(pipeline).threads(1).start(a -> out.add(a.analysis()))) {
            run.submit(InputDocument.of(slow));
            run.submit(InputDocument.of(quick));
        }
        Analysis timedOut = AnalysisInvariants.check(out.get(0));
        assertEquals(1, timedOut.errors().size(), timedOut.errors().toString());
        String stage = timedOut.errors().get(0).stage();
        assertTrue(stage.startsWith("nlp.") || List.of("actors", "quotes", "events", "claims").contains(stage), stage);
        assertTrue(timedOut.errors().get(0).message().contains("limits.maxDocumentSeconds"), timedOut.errors().toString());
        assertFalse(timedOut.article().body().isBlank(), "the article is kept");
        assertTrue(timedOut.actors().isEmpty() && timedOut.events().isEmpty(), "nothing past the budget");
        Analysis next = AnalysisInvariants.check(out.get(1));
        assertEquals(List.of(), next.errors(), "the same worker goes on with the next document");
        assertFalse(next.actors().isEmpty());
    }

    @Test void thirty_thousand_words_without_a_sentence_end_are_one_sentence_left_unparsed_even_at_the_highest_limit() {
        Limits d = HeraldConfig.defaults().limits();
        Pipeline highest = withLimits(new Limits(d.maxPageBytes(), d.maxBodyChars(), d.maxSentences(), Limits.MOST_TOKENS_PER_SENTENCE, 60));
        Analysis a = AnalysisInvariants.check(highest.analyze(Page.ofText("endless", endless(30_000))));
        assertEquals("text-whole", a.article().method(), "extraction lets it through as one body");
        assertTrue(a.errors().stream().anyMatch(e -> e.message().contains("limits.maxTokensPerSentence")), a.errors().toString());
        assertTrue(a.events().isEmpty());
    }

    @Test void a_budget_spent_before_nlp_stops_at_the_first_check() {
        Limits d = HeraldConfig.defaults().limits();
        Pipeline tiny = withLimits(new Limits(d.maxPageBytes(), d.maxBodyChars(), d.maxSentences(), d.maxTokensPerSentence(), 1e-9));
        Analysis a = tiny.analyze(Page.ofText("t", "The minister said the talks had failed."));
        assertEquals("extract", a.errors().get(0).stage(), a.errors().toString());
        assertEquals("The minister said the talks had failed.", a.article().body());
    }
}
