package org.herald.quotes;

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

/** Quotes and speakers on passages written for these tests and on the example page (quality floors: herald-eval's QuoteFloorsIT). */
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

    @Test void a_quote_resumed_after_its_cue_sentence_and_in_the_next_paragraph_is_one_attribution() {
        Analysis a = analyze("“The crisis is now,” said Keith Gambill, the union’s president. “The state has the money.”\n\n"
                + "“We will be back in January.”\n\nThe governor did not attend.");
        Quote q = only(a);
        assertEquals(3, q.parts().size(), q.toString());
        assertEquals("The crisis is now, The state has the money. We will be back in January.", q.text());
        assertEquals("Keith Gambill", q.speaker().name());
    }

    @Test void a_cue_sentence_after_an_exclamation_attributes_it() {
        Quote q = only(analyze("“Governor Bevin has done a wonderful job for Kentucky!” Trump tweeted before Election Day."));
        assertEquals("tweeted", q.cue());
        assertEquals("Trump", q.speaker().name());
    }

    @Test void she_is_never_a_man_the_article_names_and_he_never_a_woman() {
        Analysis a = analyze("Mary Keller met John Brandt in Vienna on Monday. Brandt spoke first.\n\n"
                + "She said the talks would resume in March.");
        Quote q = containing(a, "talks would resume");
        assertEquals("Mary Keller", q.speaker().name());
        Analysis b = analyze("Mrs. Okafor met the finance minister, Peter Lang, on Monday. Okafor spoke first.\n\n"
                + "He said the loan would be repaid.");
        assertEquals("Peter Lang", containing(b, "loan would be repaid").speaker().name());
    }

    @Test void a_bare_title_is_the_holder_the_article_names_most() {
        Analysis a = analyze("President Carlos Mendez met the bank's president, Ana Ruiz, in Lima. Mendez praised the bank. "
                + "Mendez then left for Quito.\n\nThe president said the deal was done.");
        assertEquals("Carlos Mendez", containing(a, "deal was done").speaker().name());
        Analysis b = analyze("Indiana Gov. Eric Holcomb did not attend the rally.\n\nThe governor said he was waiting for a report.");
        assertEquals("Eric Holcomb", containing(b, "waiting for a report").speaker().name());
    }

    @Test void a_participle_speaks_for_the_noun_it_describes_not_a_day_after_it() {
        Analysis a = analyze("A study showing that rents rose by a third was released Monday.");
        Quote q = containing(a, "rents rose");
        assertEquals(Quote.Mode.EVIDENCE, q.mode());
        assertTrue(q.speaker().name().toLowerCase().contains("study"), q.speaker().toString());
    }

    @Test void a_reported_clause_keeps_its_because_and_who_clauses_and_an_as_phrase_but_not_a_closing_aside() {
        Analysis a = analyze("Health officials said Monday the victim was one of two people who contracted the virus.\n\n"
                + "Dr. Anne Wells says the risk continues because there has not been a long frost.\n\n"
                + "Noem cited the backlash as proof that the campaign was working.\n\n"
                + "A judge rejected the defence’s attempt to delay the trial, which is scheduled for February.");
        assertEquals("the victim was one of two people who contracted the virus", containing(a, "the victim").text());
        assertEquals("the risk continues because there has not been a long frost", containing(a, "the risk").text());
        assertEquals("the backlash as proof that the campaign was working", containing(a, "backlash").text());
        assertEquals("the defence’s attempt to delay the trial", containing(a, "attempt").text());
    }

    @Test void as_x_reported_and_prepositional_verbs_attribute_their_content() {
        Analysis a = analyze("As the newspaper reported last week, the ministry had ordered the closures in March.\n\n"
                + "Thousands of teachers marched on Tuesday and called for better pay and more respect.\n\n"
                + "Webb later confessed to the crime.");
        Quote as = containing(a, "ordered the closures");
        assertEquals("the ministry had ordered the closures in March", as.text());
        assertEquals("the newspaper", as.speaker().name());
        Quote call = containing(a, "better pay");
        assertEquals("better pay and more respect", call.text());
        assertEquals("called", call.cue());
        assertEquals("the crime", containing(a, "crime").text());
    }

    @Test void a_clause_before_a_closing_speaker_phrase_and_a_listener_before_a_bare_clause() {
        Analysis a = analyze("The company's habit of changing course has made investors wary of buying shares, for fear that "
                + "it will fail again, people familiar with the matter said.\n\n"
                + "Prosecutors told reporters the decision had been taken after interviews with witnesses.");
        Quote after = containing(a, "habit of changing course");
        assertEquals("The company's habit of changing course has made investors wary of buying shares, for fear that it will fail again", after.text());
        assertTrue(after.speaker().name().startsWith("people"), after.speaker().name());
        assertEquals("the decision had been taken after interviews with witnesses", containing(a, "decision").text());
    }

    @Test void a_pronoun_chain_hands_on_its_antecedent_not_a_noun_of_the_chains_clauses() {
        Analysis a = analyze("Republican Gov. Eric Holcomb and leaders of the legislature have avoided criticism of teachers. "
                + "They seem intent on not antagonizing educators, as other governors did in lashing out at nurses who used "
                + "sick days to rally. However, they said they do not expect to act on school funding until 2021.");
        String name = containing(a, "do not expect").speaker().name();
        assertTrue(name.contains("Holcomb") || name.contains("leaders"), name);
    }

    @Test void a_first_person_cue_inside_a_direct_quote_is_the_speakers_own_attribution() {
        Analysis a = analyze("“He knows exactly what he has done,” Maria Lopez said before the hearing. “And I hope he comes "
                + "clean about it.”\n\n“I would ask what the plan is,” Tom Reed said.");
        Quote hope = a.quotes().stream().filter(q -> q.rule().equals(NestedAttribution.ID)).findFirst()
                .orElseThrow(() -> new AssertionError("no nested attribution in " + a.quotes()));
        assertEquals("he comes clean about it", hope.text());
        assertEquals(Quote.Mode.BELIEF, hope.mode());
        assertEquals("Maria Lopez", hope.speaker().name());
        assertEquals(1, a.quotes().stream().filter(q -> q.rule().equals(NestedAttribution.ID)).count(), "a hypothetical 'I would ask' is none");
    }

    @Test void a_passive_cue_attributes_its_content_to_its_agent_or_to_nobody() {
        Analysis a = analyze("He is accused of leaking thousands of secret files.\n\n"
                + "The plan was widely seen as a threat to the independence of the courts.\n\n"
                + "The minister was accused of fraud by a former aide.\n\n"
                + "She was asked to leave the room. He was seen leaving the building.");
        Quote accused = containing(a, "leaking");
        assertEquals("leaking thousands of secret files", accused.text());
        assertNull(accused.speaker(), "nobody is named");
        Quote seen = containing(a, "threat");
        assertEquals(Quote.Mode.BELIEF, seen.mode());
        assertEquals("a threat to the independence of the courts", seen.text());
        assertEquals("a former aide", containing(a, "fraud").speaker().name());
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().contains("leave") || q.text().contains("building")), () -> "" + a.quotes());
    }

    @Test void an_infinitive_or_noun_phrase_content_ends_before_a_closing_adverbial_clause() {
        Analysis a = analyze("Police have surrounded the campus and threatened to use tear gas on the students, as the protests "
                + "grow larger.");
        assertEquals("to use tear gas on the students", containing(a, "tear gas").text());
    }

    @Test void a_nominal_cue_with_its_owner_attributes_its_that_clause_and_one_without_an_owner_does_not() {
        Analysis a = analyze("Despite the minister's announcement that the two countries had reached a deal, no text was signed.\n\n"
                + "The claim that the border was closed proved false.");
        Quote q = containing(a, "reached a deal");
        assertEquals("the two countries had reached a deal", q.text());
        assertEquals("announcement", q.cue());
        assertTrue(q.speaker().name().contains("minister"), q.speaker().toString());
        assertTrue(a.quotes().stream().noneMatch(x -> x.text().contains("border was closed")), a.quotes().toString());
    }

    @Test void a_quote_in_typewriter_double_marks_is_a_direct_quote() {
        Quote q = only(analyze("``We will not resign,'' said Latvia's prime minister, Ana Berzina."));
        assertEquals(Quote.Kind.DIRECT, q.kind());
        assertEquals("We will not resign,", q.text());
        assertEquals("Ana Berzina", q.speaker().name());
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

}
