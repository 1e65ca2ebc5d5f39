package org.herald.events;

import org.herald.Excerpt;
import org.herald.Span;
import org.herald.actors.Actor;
import org.herald.actors.Actors;
import org.herald.extract.Article;
import org.herald.knowledge.KnowledgeSource;
import org.herald.quotes.Quote;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The coder over hand-built parses (no CoreNLP): frames, voice, negation, modality, coordination, quotes. */
class EventCoderTest {
    private static final EventCoder CODER = EventCoder.load(KnowledgeSource.shipped());

    private static List<Event> code(ParsedSentence s, List<Quote> quotes, String... actors) {
        String body = s.body();
        List<Actor> list = new ArrayList<>();
        for (int i = 0; i < actors.length; i += 2) {
            int at = body.indexOf(actors[i]);
            list.add(new Actor("a" + (list.size() + 1), actors[i], Actor.Kind.COUNTRY, actors[i + 1], actors[i + 1].substring(0, 3), null, null,
                    List.of(Excerpt.of(body, at, at + actors[i].length())), "test"));
        }
        Article article = new Article(null, List.of(), null, "en", body, "text");
        List<Event> events = CODER.code(article, s.document(), new Actors(list, List.of()), quotes);
        for (Event e : events) {
            assertEquals(body.substring(e.evidence().start(), e.evidence().end()), e.evidence().text());
            assertTrue(e.confidence() > 0 && e.confidence() <= 1);
            assertTrue(e.rule().matches("\\d\\d-[a-z-]+\\.rules:\\d+( \\+[a-z-]+)*"), e.rule());
        }
        return events;
    }

    private static String triple(Event e) {
        return e.source().code() + " " + (e.target() == null ? "-" : e.target().code()) + " " + e.cameo();
    }

    @Test
    void active_accusation_with_its_frame() {
        ParsedSentence s = ParsedSentence.of("Russia/NNP accused/accuse/VBD Ukraine/NNP of/IN shelling/shell/VBG")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 3).dep("case", 5, 4).dep("advcl:of", 2, 5);
        List<Event> es = code(s, List.of(), "Russia", "RUS", "Ukraine", "UKR");
        assertEquals(List.of("RUS UKR 112"), es.stream().map(EventCoderTest::triple).toList());
        assertEquals("ACCUSE", es.get(0).plover());
        assertEquals("11", es.get(0).root());
        assertEquals(0, es.get(0).sentence());
    }

    @Test
    void an_archived_page_without_a_publication_date_is_dated_by_its_capture() {
        ParsedSentence s = ParsedSentence.of("Russia/NNP accused/accuse/VBD Ukraine/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 3);
        Actor russia = new Actor("a1", "Russia", Actor.Kind.COUNTRY, "RUS", "RUS", null, null, List.of(Excerpt.of(s.body(), 0, 6)), "test");
        Actor ukraine = new Actor("a2", "Ukraine", Actor.Kind.COUNTRY, "UKR", "UKR", null, null,
                List.of(Excerpt.of(s.body(), s.body().indexOf("Ukraine"), s.body().indexOf("Ukraine") + 7)), "test");
        Article captured = new Article(null, List.of(), null, "en", s.body(), "text", "2024-05-10");
        Event e = CODER.code(captured, s.document(), new Actors(List.of(russia, ukraine), List.of()), List.of()).get(0);
        assertEquals("2024-05-10", e.date().day());
        assertEquals("captured", e.date().reference());
        Article both = new Article(null, List.of(), "2024-05-08", "en", s.body(), "text", "2024-05-10");
        Event p = CODER.code(both, s.document(), new Actors(List.of(russia, ukraine), List.of()), List.of()).get(0);
        assertEquals("2024-05-08", p.date().day(), "the publication date comes before the capture");
    }

    @Test
    void withheld_consent_is_a_refusal() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP will/MD not/RB accept/VB refugees/refugee/NNS from/IN Gondor/NNP")
                .dep("root", 0, 4).dep("nsubj", 4, 1).dep("aux", 4, 2).dep("advmod", 4, 3).dep("obj", 4, 5).dep("case", 7, 6).dep("obl:from", 4, 7);
        List<Event> es = code(s, List.of(), "Mordor", "MOR", "Gondor", "GON");
        assertEquals(List.of("MOR GON 122"), es.stream().map(EventCoderTest::triple).toList());
        assertEquals("REJECT", es.get(0).plover());
        // The same words without the negation are the act itself, not a refusal.
        ParsedSentence yes = ParsedSentence.of("Mordor/NNP accepted/accept/VBD refugees/refugee/NNS from/IN Gondor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 3).dep("case", 5, 4).dep("obl:from", 2, 5);
        assertEquals(List.of("MOR GON 075"), code(yes, List.of(), "Mordor", "MOR", "Gondor", "GON").stream().map(EventCoderTest::triple).toList());
    }

    @Test
    void an_uncoded_place_in_the_subject_phrase_is_not_the_source() {
        ParsedSentence s = ParsedSentence.of("Settlers/settler/NNS in/IN Minas/NNP burned/burn/VBD homes/home/NNS of/IN Gondor/NNP")
                .dep("root", 0, 4).dep("nsubj", 4, 1).dep("case", 3, 2).dep("nmod:in", 1, 3).dep("obj", 4, 5).dep("case", 7, 6).dep("nmod:of", 5, 7);
        String body = s.body();
        int m = body.indexOf("Minas"), g = body.indexOf("Gondor");
        Actors actors = new Actors(List.of(
                new Actor("a1", "Minas", Actor.Kind.PLACE, null, null, null, null, List.of(Excerpt.of(body, m, m + 5)), "test"),
                new Actor("a2", "Gondor", Actor.Kind.COUNTRY, "GON", "GON", null, null, List.of(Excerpt.of(body, g, g + 6)), "test")), List.of());
        List<Event> es = CODER.code(new Article(null, List.of(), null, "en", body, "text"), s.document(), actors, List.of());
        assertEquals(1, es.size());
        assertNull(es.get(0).source().actor());
        assertEquals("Settlers in Minas", es.get(0).source().name());
        assertEquals("GON", es.get(0).target().code());
    }

    @Test
    void a_protests_purpose_is_part_of_the_protest() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP rallied/rally/VBD calling/call/VBG for/IN sanctions/sanction/NNS against/IN Gondor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("advcl", 2, 3).dep("case", 5, 4).dep("obl:for", 3, 5)
                .dep("case", 7, 6).dep("nmod:against", 5, 7);
        assertEquals(List.of("MOR GON 141"),
                code(s, List.of(), "Mordor", "MOR", "Gondor", "GON").stream().map(EventCoderTest::triple).toList());
    }

    @Test
    void the_noun_before_an_infinitive_parsed_as_its_subject_is_the_object() {
        // The parser's reading of "rejected Gondor's demand to withdraw": a clause whose subject is the demand.
        ParsedSentence s = ParsedSentence.of("Mordor/NNP rejected/reject/VBD Gondor/NNP 's/POS demand/NN to/TO withdraw/VB")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("ccomp", 2, 7).dep("case", 3, 4).dep("nmod:poss", 5, 3)
                .dep("nsubj", 7, 5).dep("mark", 7, 6);
        assertEquals(List.of("MOR GON 120"),
                code(s, List.of(), "Mordor", "MOR", "Gondor", "GON").stream().map(EventCoderTest::triple).toList());
    }

    @Test
    void an_object_shifted_after_its_as_phrase_is_the_object() {
        // The parser's reading of "denounced as a crime Gondor's blockade": the object hangs on "crime" as a loose dependent.
        ParsedSentence s = ParsedSentence.of("Mordor/NNP denounced/denounce/VBD as/IN a/DT crime/NN Gondor/NNP 's/POS blockade/NN")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("case", 5, 3).dep("det", 5, 4).dep("obl:as", 2, 5).dep("dep", 5, 8)
                .dep("nmod:poss", 8, 6).dep("case", 6, 7);
        assertEquals(List.of("MOR GON 111"),
                code(s, List.of(), "Mordor", "MOR", "Gondor", "GON").stream().map(EventCoderTest::triple).toList());
    }

    @Test
    void negated_act_is_no_event() {
        ParsedSentence s = ParsedSentence.of("Russia/NNP did/do/VBD not/RB accuse/VB Ukraine/NNP")
                .dep("root", 0, 4).dep("nsubj", 4, 1).dep("aux", 4, 2).dep("advmod", 4, 3).dep("obj", 4, 5);
        assertEquals(List.of(), code(s, List.of(), "Russia", "RUS", "Ukraine", "UKR"));
    }

    @Test
    void passive_voice_is_undone() {
        ParsedSentence s = ParsedSentence.of("Ukraine/NNP was/be/VBD accused/accuse/VBN by/IN Russia/NNP")
                .dep("root", 0, 3).dep("nsubj:pass", 3, 1).dep("aux:pass", 3, 2).dep("obl:agent", 3, 5).dep("case", 5, 4);
        assertEquals(List.of("RUS UKR 112"), code(s, List.of(), "Russia", "RUS", "Ukraine", "UKR").stream().map(EventCoderTest::triple).toList());
    }

    @Test
    void agentless_passive_demobilization_is_its_subjects_own_act() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP troops/troop/NNS have/have/VBP been/be/VBN demobilized/demobilize/VBN")
                .dep("root", 0, 5).dep("compound", 2, 1).dep("nsubj:pass", 5, 2).dep("aux", 5, 3).dep("aux:pass", 5, 4);
        assertEquals(List.of("MOR - 0873"), code(s, List.of(), "Mordor", "MOR").stream().map(EventCoderTest::triple).toList());
        // With an agent, the agent acts on the passive subject.
        ParsedSentence by = ParsedSentence.of("Mordor/NNP troops/troop/NNS were/be/VBD disarmed/disarm/VBN by/IN Gondor/NNP")
                .dep("root", 0, 4).dep("compound", 2, 1).dep("nsubj:pass", 4, 2).dep("aux:pass", 4, 3).dep("obl:agent", 4, 6).dep("case", 6, 5);
        assertEquals(List.of("GON MOR 0873"), code(by, List.of(), "Mordor", "MOR", "Gondor", "GON").stream().map(EventCoderTest::triple).toList());
    }

    @Test
    void receiving_observers_is_allowing_international_involvement_not_a_meeting() {
        ParsedSentence s = ParsedSentence.of("Gondor/NNP received/receive/VBD observers/observer/NNS from/IN Mordor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 3).dep("case", 5, 4).dep("obl:from", 2, 5);
        List<Event> es = code(s, List.of(), "Gondor", "GON", "Mordor", "MOR");
        assertEquals(List.of("GON MOR 0862"), es.stream().map(EventCoderTest::triple).toList());
        assertEquals("RETREAT", es.get(0).plover());
    }

    @Test
    void future_aid_is_an_intention_and_possible_aid_nothing() {
        ParsedSentence will = ParsedSentence.of("Japan/NNP will/MD provide/VB aid/NN to/IN Kenya/NNP")
                .dep("root", 0, 3).dep("nsubj", 3, 1).dep("aux", 3, 2).dep("obj", 3, 4).dep("obl:to", 3, 6).dep("case", 6, 5);
        List<Event> es = code(will, List.of(), "Japan", "JPN", "Kenya", "KEN");
        assertEquals(List.of("JPN KEN 033"), es.stream().map(EventCoderTest::triple).toList());
        assertEquals("AGREE", es.get(0).plover());
        ParsedSentence may = ParsedSentence.of("Japan/NNP may/MD provide/VB aid/NN to/IN Kenya/NNP")
                .dep("root", 0, 3).dep("nsubj", 3, 1).dep("aux", 3, 2).dep("obj", 3, 4).dep("obl:to", 3, 6).dep("case", 6, 5);
        assertEquals(List.of(), code(may, List.of(), "Japan", "JPN", "Kenya", "KEN"));
    }

    @Test
    void threatened_attack_is_a_threat_and_the_bare_threaten_pattern_yields() {
        ParsedSentence s = ParsedSentence.of("Iran/NNP threatened/threaten/VBD to/TO attack/VB Israel/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("xcomp", 2, 4).dep("mark", 4, 3).dep("nsubj:xsubj", 4, 1).dep("obj", 4, 5);
        List<Event> es = code(s, List.of(), "Iran", "IRN", "Israel", "ISR");
        assertEquals(1, es.size(), es.toString());
        assertEquals("THREATEN", es.get(0).plover());
        assertTrue(es.get(0).cameo().startsWith("13"), es.get(0).cameo());
        assertEquals("ISR", es.get(0).target().code());
    }

    @Test
    void coordinated_sources_give_one_event_each() {
        ParsedSentence s = ParsedSentence.of("Britain/NNP and/CC France/NNP condemned/condemn/VBD Iran/NNP")
                .dep("root", 0, 4).dep("nsubj", 4, 1).dep("nsubj", 4, 3).dep("cc", 3, 2).dep("conj:and", 1, 3).dep("obj", 4, 5);
        assertEquals(List.of("GBR IRN 111", "FRA IRN 111"),
                code(s, List.of(), "Britain", "GBR", "France", "FRA", "Iran", "IRN").stream().map(EventCoderTest::triple).toList());
    }

    @Test
    void parties_blaming_each_other_never_code_a_country_against_itself() {
        // The dateline's capital (the government) joins the list of subjects; it must not make KGZGOV -> KGZ.
        ParsedSentence s = ParsedSentence.of("Bishkek/NNP ,/, Kyrgyzstan/NNP and/CC Tajikistan/NNP blamed/blame/VBD each/DT other/JJ")
                .dep("root", 0, 6).dep("nsubj", 6, 1).dep("punct", 3, 2).dep("conj:and", 1, 3).dep("cc", 5, 4).dep("conj:and", 1, 5)
                .dep("nsubj", 6, 3).dep("nsubj", 6, 5).dep("det", 8, 7).dep("obj", 6, 8);
        List<String> got = code(s, List.of(), "Bishkek", "KGZGOV", "Kyrgyzstan", "KGZ", "Tajikistan", "TJK").stream()
                .map(EventCoderTest::triple).sorted().toList();
        assertEquals(List.of("KGZ TJK 112", "TJK KGZ 112"), got);
    }

    @Test
    void a_protest_is_against_whom_its_purpose_names_and_its_purpose_is_no_event_of_its_own() {
        ParsedSentence s = ParsedSentence.of("Rohan/NNP farmers/farmer/NNS blocked/block/VBD roads/road/NNS in/IN Edoras/NNP to/TO press/VB demands/demand/NNS on/IN Gondor/NNP")
                .dep("root", 0, 3).dep("compound", 2, 1).dep("nsubj", 3, 2).dep("obj", 3, 4).dep("case", 6, 5).dep("obl:in", 3, 6)
                .dep("mark", 8, 7).dep("advcl:to", 3, 8).dep("obj", 8, 9).dep("case", 11, 10).dep("obl:on", 8, 11);
        List<String> got = code(s, List.of(), "Rohan", "RHN", "Edoras", "EDR", "Gondor", "GDR").stream().map(EventCoderTest::triple).toList();
        assertTrue(got.contains("RHN GDR 144"), got.toString());
        assertFalse(got.stream().anyMatch(t -> t.endsWith(" 100")), got.toString());
        assertFalse(got.stream().anyMatch(t -> t.contains("EDR")), got.toString());
    }

    @Test
    void same_country_means_the_country_and_its_own_agents() {
        assertTrue(PartyResolver.sameCountry(new Event.Party(null, "Kyrgyz government", "KGZGOV"), new Event.Party(null, "Kyrgyzstan", "KGZ")));
        assertTrue(PartyResolver.sameCountry(new Event.Party(null, "Kyrgyzstan", "KGZ"), new Event.Party(null, "Kyrgyz army", "KGZMIL")));
        assertFalse(PartyResolver.sameCountry(new Event.Party(null, "Kyrgyzstan", "KGZ"), new Event.Party(null, "Tajikistan", "TJK")));
        assertFalse(PartyResolver.sameCountry(new Event.Party(null, "Kyrgyz government", "KGZGOV"), new Event.Party(null, "Kyrgyz army", "KGZMIL")));
        assertFalse(PartyResolver.sameCountry(new Event.Party(null, "protesters", null), new Event.Party(null, "Kyrgyzstan", "KGZ")));
    }

    @Test
    void light_verb_sanctions_with_their_target_and_evidence() {
        ParsedSentence s = ParsedSentence.of("The/DT UN/NNP imposed/impose/VBD sanctions/sanction/NNS on/IN Iran/NNP")
                .dep("root", 0, 3).dep("det", 2, 1).dep("nsubj", 3, 2).dep("obj", 3, 4).dep("obl:on", 3, 6).dep("case", 6, 5);
        List<Event> es = code(s, List.of(), "UN", "IGOUNO", "Iran", "IRN");
        assertEquals(List.of("IGOUNO IRN 163"), es.stream().map(EventCoderTest::triple).toList());
        assertEquals("SANCTION", es.get(0).plover());
        assertEquals("imposed sanctions", es.get(0).evidence().text());
    }

    @Test
    void in_a_quote_we_is_the_speaker() {
        ParsedSentence s = ParsedSentence.of("We/PRP condemn/condemn/VBP Iran/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 3);
        Quote q = new Quote("q1", Quote.Kind.DIRECT, s.body(), 0, s.body().length(), List.of(new Span(0, s.body().length())),
                new Quote.Speaker("a9", "Britain", "GBR", 0, 0), "said", "test");
        List<Event> es = code(s, List.of(q), "Iran", "IRN");
        assertEquals(1, es.size());
        assertEquals("a9", es.get(0).source().actor());
        assertEquals("q1", es.get(0).quote());
    }

    @Test
    void a_possible_act_with_a_condition_is_a_threat_and_without_one_nothing() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP could/MD impose/VB sanctions/sanction/NNS on/IN Gondor/NNP unless/IN Gondor/NNP yields/yield/VBZ")
                .dep("root", 0, 3).dep("nsubj", 3, 1).dep("aux", 3, 2).dep("obj", 3, 4).dep("case", 6, 5).dep("obl:on", 3, 6)
                .dep("mark", 9, 7).dep("nsubj", 9, 8).dep("advcl:unless", 3, 9);
        List<Event> es = code(s, List.of(), "Mordor", "MOR", "Gondor", "GON");
        assertEquals(List.of("MOR GON 1312"), es.stream().map(EventCoderTest::triple).filter(t -> t.startsWith("MOR")).toList());
        assertEquals("THREATEN", es.get(0).plover());
        ParsedSentence bare = ParsedSentence.of("Mordor/NNP could/MD impose/VB sanctions/sanction/NNS on/IN Gondor/NNP")
                .dep("root", 0, 3).dep("nsubj", 3, 1).dep("aux", 3, 2).dep("obj", 3, 4).dep("case", 6, 5).dep("obl:on", 3, 6);
        assertEquals(List.of(), code(bare, List.of(), "Mordor", "MOR", "Gondor", "GON"));
    }

    @Test
    void readying_an_attack_is_a_show_of_force_and_readying_aid_an_intention() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP prepared/prepare/VBD to/TO resume/VB shelling/NN of/IN Gondor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("xcomp", 2, 4).dep("mark", 4, 3).dep("nsubj:xsubj", 4, 1).dep("obj", 4, 5)
                .dep("case", 7, 6).dep("nmod:of", 5, 7);
        List<Event> es = code(s, List.of(), "Mordor", "MOR", "Gondor", "GON");
        assertEquals(List.of("MOR GON 150"), es.stream().map(EventCoderTest::triple).toList());
        assertEquals("MOBILIZE", es.get(0).plover());
        ParsedSentence aid = ParsedSentence.of("Mordor/NNP prepared/prepare/VBD to/TO send/VB aid/NN to/IN Gondor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("xcomp", 2, 4).dep("mark", 4, 3).dep("nsubj:xsubj", 4, 1).dep("obj", 4, 5)
                .dep("case", 7, 6).dep("obl:to", 4, 7);
        assertEquals(List.of("MOR GON 033"), code(aid, List.of(), "Mordor", "MOR", "Gondor", "GON").stream().map(EventCoderTest::triple).toList());
    }

    @Test
    void a_nominal_event_carried_by_a_negated_light_verb_is_no_event() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP did/do/VBD not/RB resume/VB shelling/NN of/IN Gondor/NNP")
                .dep("root", 0, 4).dep("nsubj", 4, 1).dep("aux", 4, 2).dep("advmod", 4, 3).dep("obj", 4, 5).dep("case", 7, 6).dep("nmod:of", 5, 7);
        assertEquals(List.of(), code(s, List.of(), "Mordor", "MOR", "Gondor", "GON"));
        ParsedSentence yes = ParsedSentence.of("Mordor/NNP resumed/resume/VBD shelling/NN of/IN Gondor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 3).dep("case", 5, 4).dep("nmod:of", 3, 5);
        assertEquals(List.of("MOR GON 194"), code(yes, List.of(), "Mordor", "MOR", "Gondor", "GON").stream().map(EventCoderTest::triple).toList());
    }

    @Test
    void the_subject_of_guilty_acts_in_its_clause() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP is/be/VBZ guilty/JJ of/IN violating/violate/VBG the/DT truce/NN")
                .dep("root", 0, 3).dep("nsubj", 3, 1).dep("cop", 3, 2).dep("mark", 5, 4).dep("advcl:of", 3, 5).dep("det", 7, 6).dep("obj", 5, 7);
        assertEquals(List.of("MOR - 196"), code(s, List.of(), "Mordor", "MOR").stream().map(EventCoderTest::triple).toList());
    }

    @Test
    void a_subjectless_conjunct_acts_as_the_verb_it_is_joined_to() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP came/come/VBD shelling/shell/VBG Gondor/NNP and/CC arresting/arrest/VBG Rohan/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("advcl", 2, 3).dep("obj", 3, 4).dep("cc", 6, 5).dep("conj:and", 3, 6).dep("obj", 6, 7);
        assertEquals(List.of("MOR GON 194", "MOR ROH 173"),
                code(s, List.of(), "Mordor", "MOR", "Gondor", "GON", "Rohan", "ROH").stream().map(EventCoderTest::triple).toList());
    }

    @Test
    void a_call_to_rise_against_someone_rallies_opposition_through_the_clauses_conjuncts() {
        ParsedSentence s = ParsedSentence.of("Rohan/NNP called/call/VBD on/IN Elves/NNPS to/TO unite/VB and/CC mobilize/VB against/IN Gondor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("case", 4, 3).dep("obl:on", 2, 4).dep("mark", 6, 5).dep("xcomp", 2, 6)
                .dep("cc", 8, 7).dep("conj:and", 6, 8).dep("case", 10, 9).dep("obl:against", 8, 10);
        List<Event> es = code(s, List.of(), "Rohan", "ROH", "Gondor", "GON");
        assertEquals(List.of("ROH GON 113"), es.stream().map(EventCoderTest::triple).toList());
        assertEquals("ACCUSE", es.get(0).plover());
    }

    @Test
    void plover_gold_conventions_destroying_property_is_coercion_a_resignation_a_retreat_an_indictment_an_accusation() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP demolished/demolish/VBD homes/home/NNS of/IN Gondor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 3).dep("case", 5, 4).dep("nmod:of", 3, 5);
        List<Event> es = code(s, List.of(), "Mordor", "MOR", "Gondor", "GON");
        assertEquals(List.of("MOR GON 1712"), es.stream().map(EventCoderTest::triple).toList());
        assertEquals("COERCE", es.get(0).plover());
        ParsedSentence r = ParsedSentence.of("Gondor/NNP resigned/resign/VBD").dep("root", 0, 2).dep("nsubj", 2, 1);
        List<Event> rs = code(r, List.of(), "Gondor", "GON");
        assertEquals(List.of("GON - 0831"), rs.stream().map(EventCoderTest::triple).toList());
        assertEquals("RETREAT", rs.get(0).plover());
        ParsedSentence i = ParsedSentence.of("Gondor/NNP was/be/VBD indicted/indict/VBN by/IN Mordor/NNP")
                .dep("root", 0, 3).dep("nsubj:pass", 3, 1).dep("aux:pass", 3, 2).dep("obl:agent", 3, 5).dep("case", 5, 4);
        List<Event> is = code(i, List.of(), "Gondor", "GON", "Mordor", "MOR");
        assertEquals(List.of("MOR GON 112"), is.stream().map(EventCoderTest::triple).toList());
        assertEquals("ACCUSE", is.get(0).plover());
    }

    @Test
    void parser_misreadings_an_object_hung_on_the_day_and_a_number_as_object() {
        // "rejected Thursday a Gondor appeal": the object hangs on the day.
        ParsedSentence day = ParsedSentence.of("Mordor/NNP rejected/reject/VBD Thursday/NNP a/DT Gondor/NNP appeal/NN")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obl:tmod", 2, 3).dep("dep", 3, 6).dep("det", 6, 4).dep("compound", 6, 5);
        assertEquals(List.of("MOR GON 120"), code(day, List.of(), "Mordor", "MOR", "Gondor", "GON").stream().map(EventCoderTest::triple).toList());
        // "arrested 12": a number as object counts people.
        ParsedSentence num = ParsedSentence.of("Mordor/NNP arrested/arrest/VBD 12/CD")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 3);
        assertEquals(List.of("MOR - 173"), code(num, List.of(), "Mordor", "MOR").stream().map(EventCoderTest::triple).toList());
    }

    @Test
    void opening_fire_to_disperse_is_the_subjects_act_not_the_fires() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP opened/open/VBD fire/NN to/TO disperse/VB Elves/NNPS")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 3).dep("xcomp", 2, 5).dep("mark", 5, 4).dep("nsubj:xsubj", 5, 3).dep("obj", 5, 6);
        List<String> got = code(s, List.of(), "Mordor", "MOR", "Elves", "ELV").stream().map(EventCoderTest::triple).toList();
        assertTrue(got.contains("MOR ELV 175"), got.toString());
    }

    @Test
    void a_domestic_act_on_the_actors_own_country_keeps_its_event_without_a_target() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP lifted/lift/VBD the/DT curfew/NN in/IN Barad-dur/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 4).dep("det", 4, 3).dep("obl:in", 2, 6).dep("case", 6, 5);
        List<Event> es = code(s, List.of(), "Mordor", "MOR", "Barad-dur", "MOR");
        assertEquals(List.of("MOR - 0813"), es.stream().map(EventCoderTest::triple).toList());
        assertEquals("CONCEDE", es.get(0).plover());
    }

    @Test
    void a_named_phrase_is_preferred_as_party_and_a_participle_on_a_matched_noun_carries_phrases() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP extended/extend/VBD the/DT curfew/NN in/IN response/NN in/IN Gondor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("det", 4, 3).dep("obj", 2, 4).dep("case", 6, 5).dep("obl:in", 2, 6)
                .dep("case", 8, 7).dep("nmod:in", 4, 8);
        assertEquals(List.of("MOR GON 172"), code(s, List.of(), "Mordor", "MOR", "Gondor", "GON").stream().map(EventCoderTest::triple).toList());
        ParsedSentence acl = ParsedSentence.of("Mordor/NNP lifted/lift/VBD the/DT curfew/NN imposed/impose/VBN in/IN Gondor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("det", 4, 3).dep("obj", 2, 4).dep("acl", 4, 5).dep("case", 7, 6).dep("obl:in", 5, 7);
        assertEquals(List.of("MOR GON 0813"), code(acl, List.of(), "Mordor", "MOR", "Gondor", "GON").stream().map(EventCoderTest::triple).toList());
    }

    @Test
    void a_quantitys_of_phrase_fills_a_lemma_slot() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP returned/return/VBD hundreds/NNS of/IN prisoners/prisoner/NNS to/IN Gondor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 3).dep("case", 5, 4).dep("nmod:of", 3, 5).dep("case", 7, 6).dep("obl:to", 2, 7);
        List<Event> es = code(s, List.of(), "Mordor", "MOR", "Gondor", "GON");
        assertEquals(List.of("MOR GON 0841"), es.stream().map(EventCoderTest::triple).toList());
        assertEquals("RETREAT", es.get(0).plover());
    }

    @Test
    void someone_elses_expectation_is_no_intention() {
        ParsedSentence s = ParsedSentence.of("Elves/NNPS expect/expect/VBP Mordor/NNP to/TO attack/VB Gondor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 3).dep("xcomp", 2, 5).dep("mark", 5, 4).dep("nsubj:xsubj", 5, 3).dep("obj", 5, 6);
        assertEquals(List.of(), code(s, List.of(), "Mordor", "MOR", "Gondor", "GON"));
        // The subject's own expectation is its intention (here a threat of attack).
        ParsedSentence own = ParsedSentence.of("Mordor/NNP expects/expect/VBZ to/TO attack/VB Gondor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("xcomp", 2, 4).dep("mark", 4, 3).dep("nsubj:xsubj", 4, 1).dep("obj", 4, 5);
        assertEquals(List.of("MOR GON 1384"), code(own, List.of(), "Mordor", "MOR", "Gondor", "GON").stream().map(EventCoderTest::triple).toList());
    }

    @Test
    void empty_document_gives_nothing() {
        assertEquals(List.of(), CODER.code(Article.EMPTY, org.herald.nlp.NlpDocument.EMPTY, Actors.NONE, List.of()));
    }
}
