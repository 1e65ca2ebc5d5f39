package org.herald.quotes;

import org.herald.Analysis;
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

/** Quotes and speakers on passages written for these tests, on the example page, and quality floors on labelled sets. */
class QuoteAttributorIT {
    private static Analysis analyze(String text) {
        return AnalysisInvariants.check(SharedModels.pipeline().analyze(Page.ofText("t", text)));
    }

    private static Quote only(Analysis a) {
        assertEquals(1, a.quotes().size(), () -> "quotes: " + a.quotes());
        return a.quotes().get(0);
    }

    private static Quote containing(Analysis a, String words) {
        return a.quotes().stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + a.quotes()));
    }

    @Test void speaker_after_a_curly_quote() {
        Quote q = only(analyze("“Our ports stay open to every ship,” said Latvia’s transport minister, Janis Berzins."));
        assertEquals(Quote.Kind.DIRECT, q.kind());
        assertEquals("Our ports stay open to every ship,", q.text());
        assertEquals("Janis Berzins", q.speaker().name());
        assertEquals("said", q.cue());
    }

    @Test void speaker_before_a_colon_with_straight_marks() {
        Quote q = only(analyze("Tunisia's president, Hedi Gharbi, said: \"The loans will be repaid on time.\""));
        assertEquals("The loans will be repaid on time.", q.text());
        assertEquals("Hedi Gharbi", q.speaker().name());
    }

    @Test void a_split_quote_is_one_quote_with_two_parts() {
        Quote q = only(analyze("“The harvest failed,” Malawi’s agriculture minister, Joyce Banda Phiri, said, “and the granaries are empty.”"));
        assertEquals(2, q.parts().size());
        assertEquals("The harvest failed, and the granaries are empty.", q.text());
        assertTrue(q.speaker().name().endsWith("Phiri"), q.speaker().toString());
    }

    @Test void a_quote_over_paragraphs_and_a_pronoun_speaker() {
        Analysis a = analyze("Chile’s interior minister, Marta Soto, visited the port city. “The fires are under control.\n\n"
                + "“We will rebuild every house that burned,” she said.");
        Quote q = only(a);
        assertEquals(2, q.parts().size());
        assertEquals("Marta Soto", q.speaker().name());
        assertEquals("she", a.article().body().substring(q.speaker().start(), q.speaker().end()));
    }

    @Test void an_unclosed_quote_ends_with_its_paragraph() {
        Quote q = only(analyze("Moldova’s envoy, Ion Rusu, asked: “Who will pay for the damage?\n\nNo one answered the question."));
        assertEquals("Who will pay for the damage?", q.text());
        assertEquals("Ion Rusu", q.speaker().name());
    }

    @Test void partial_quote_inside_reported_speech_and_no_scare_quote() {
        Analysis a = analyze("Critics dubbed the summit a “talking shop”. Austria’s chancellor, Stefan Gruber, said the deal was "
                + "“a historic step for the continent”.");
        Quote q = containing(a, "historic step");
        assertEquals(Quote.Kind.PARTIAL, q.kind());
        assertEquals("a historic step for the continent", q.text());
        assertEquals("Stefan Gruber", q.speaker().name());
        assertTrue(a.quotes().stream().noneMatch(x -> x.text().contains("talking shop")), a.quotes().toString());
    }

    @Test void indirect_speech_is_the_reported_clause_only() {
        Analysis a = analyze("Kenya’s finance minister, Njeri Kamau, said on Wednesday that fuel prices would fall next month. "
                + "At least 30 people died in the floods, according to the Red Cross.");
        Quote said = containing(a, "fuel prices");
        assertEquals(Quote.Kind.INDIRECT, said.kind());
        assertEquals("fuel prices would fall next month", said.text());
        assertEquals("Njeri Kamau", said.speaker().name());
        Quote according = containing(a, "At least 30 people");
        assertEquals("At least 30 people died in the floods", according.text());
        assertTrue(according.speaker().name().contains("Red Cross"), according.speaker().toString());
    }

    @Test void title_speaker_goes_back_to_the_last_mention_of_the_title() {
        Analysis a = analyze("President Amadou Sall of Senegal opened the summit in Dakar. “Africa will speak with one voice,” the president added.");
        Quote q = only(a);
        assertEquals("Amadou Sall", q.speaker().name());
        assertEquals("the president", a.article().body().substring(q.speaker().start(), q.speaker().end()));
    }

    @Test void an_unresolvable_pronoun_gives_no_speaker() {
        Quote q = only(analyze("“The road is closed until spring,” he said."));
        assertNull(q.speaker());
    }

    @Test void the_same_passages_on_four_threads_give_the_same_quotes() throws Exception {
        List<String> texts = List.of("“We stay,” said Peru’s foreign minister, Lucia Rojas. She added that talks would go on.",
                "The bridge was destroyed overnight, Georgia’s interior minister, Levan Beridze, said.",
                "According to the Red Cross, 12 people died. “The roads are cut,” it said.");
        List<List<Quote>> once = texts.stream().map(t -> analyze(t).quotes()).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Quote>>> futures = new java.util.ArrayList<>();
            for (int round = 0; round < 4; round++) for (String t : texts) futures.add(pool.submit(() -> analyze(t).quotes()));
            for (int i = 0; i < futures.size(); i++) assertEquals(once.get(i % texts.size()), futures.get(i).get());
        } finally {
            pool.shutdownNow();
        }
        assertTrue(once.stream().allMatch(q -> !q.isEmpty()), once.toString());
    }

    @Test void the_example_page_has_the_ambassadors_quotes_and_austins_claim() throws IOException {
        Path page = SharedData.examplePage();
        Analysis a = AnalysisInvariants.check(SharedModels.pipeline().analyze(
                Page.ofText("example", Files.readString(page, StandardCharsets.UTF_8))));
        assertSpeaker(a, "Supporting an act of aggression", Quote.Kind.DIRECT, "Hwang");
        assertSpeaker(a, "Even if everything said by our Western colleagues", Quote.Kind.DIRECT, "Nebenzia");
        assertSpeaker(a, "None of the countries providing aid", Quote.Kind.DIRECT, "Kyslytsya");
        assertSpeaker(a, "brazen violation of the UN Charter", Quote.Kind.PARTIAL, "Kyslytsya");
        assertSpeaker(a, "Sending North Korean troops", Quote.Kind.DIRECT, "Kyslytsya");
        assertSpeaker(a, "If Russia’s sovereignty", Quote.Kind.DIRECT, "Kim");
        assertSpeaker(a, "10,000 North Korean troops were already stationed", Quote.Kind.INDIRECT, "Lloyd Austin");
        Quote unclosed = containing(a, "Even if everything said");
        assertTrue(unclosed.text().endsWith("something similar?"), unclosed.text());
        assertEquals("brazen violation of the UN Charter", containing(a, "brazen violation").text());
    }

    private static void assertSpeaker(Analysis a, String words, Quote.Kind kind, String speaker) {
        Quote q = containing(a, words);
        assertEquals(kind, q.kind(), q.toString());
        assertNotNull(q.speaker(), q.toString());
        assertTrue(q.speaker().name().contains(speaker), q.speaker() + " for " + words);
    }

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
        assertFloor(s.speakerPrecision(), 0.95, "speaker precision", s);
    }

    @Test void quality_floors_on_the_fresh_passages() throws IOException {
        QuoteScorer.Score s = score(Path.of("src/test/resources/herald/eval/quotes/fresh.jsonl"));
        // Written after the rules and measured before fixing them: 0.957 / 0.846 spans, 0.846 names; after fixes
        // 1.00 / 1.00 spans, 1.00 names, 0.73 speakers with country (persons whose actor has no country yet); 0.885
        // once persons took their country from appositives and lower-case titles (actors2).
        assertFloor(s.spanPrecision(), 0.95, "span precision", s);
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
