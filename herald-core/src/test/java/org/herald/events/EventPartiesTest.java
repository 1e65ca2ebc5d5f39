package org.herald.events;

import org.herald.Excerpt;
import org.herald.actors.Actor;
import org.herald.actors.Actors;
import org.herald.extract.Article;
import org.herald.knowledge.KnowledgeSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Who the coder takes as source and target, and which of a sentence's acts it asserts, over hand-built parses (no
 * CoreNLP): appositions, party phrases hung on the wrong word, protests abroad, background clauses.
 */
class EventPartiesTest {
    private static final EventCoder CODER = EventCoder.load(KnowledgeSource.shipped());

    /** Codes the sentence with actors given as (words, code) pairs; a code of "-" makes an uncoded person. */
    private static List<String> triples(ParsedSentence s, String... actors) {
        List<String> out = new ArrayList<>();
        for (Event e : events(CODER, s, actors)) out.add(name(e.source()) + " " + name(e.target()) + " " + e.cameo());
        return out;
    }

    private static List<Event> events(EventCoder coder, ParsedSentence s, String... actors) {
        String body = s.body();
        List<Actor> list = new ArrayList<>();
        for (int i = 0; i < actors.length; i += 2) {
            int at = body.indexOf(actors[i]);
            boolean person = actors[i + 1].equals("-");
            String code = person ? null : actors[i + 1];
            list.add(new Actor("a" + (list.size() + 1), actors[i], person ? Actor.Kind.PERSON : Actor.Kind.COUNTRY, code,
                    code == null ? null : code.substring(0, 3), null, null, List.of(Excerpt.of(body, at, at + actors[i].length())), "test"));
        }
        Article article = new Article(null, List.of(), null, "en", body, "text");
        List<Event> events = coder.code(article, s.document(), new Actors(list, List.of()), List.of());
        for (Event e : events) assertEquals(body.substring(e.evidence().start(), e.evidence().end()), e.evidence().text());
        return events;
    }

    @Test
    void conjoined_verbs_share_the_object_that_follows_them_both() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP condemned/condemn/VBD and/CC attacked/attack/VBD Gondor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("cc", 4, 3).dep("conj:and", 2, 4).dep("nsubj", 4, 1).dep("obj", 2, 5);
        List<String> es = triples(s, "Mordor", "MOR", "Gondor", "GON");
        assertEquals(2, es.size(), es.toString());
        assertTrue(es.stream().allMatch(e -> e.startsWith("MOR GON ")), es.toString());
        assertTrue(es.stream().anyMatch(e -> e.startsWith("MOR GON 11")) && es.stream().anyMatch(e -> e.matches("MOR GON (18|19).*")), es.toString());
        // An object before the later verb is the first verb's own: "condemned Gondor and attacked" attacks nobody named.
        ParsedSentence own = ParsedSentence.of("Mordor/NNP condemned/condemn/VBD Gondor/NNP and/CC attacked/attack/VBD")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 3).dep("cc", 5, 4).dep("conj:and", 2, 5).dep("nsubj", 5, 1);
        assertTrue(triples(own, "Mordor", "MOR", "Gondor", "GON").stream().noneMatch(e -> e.matches("MOR GON (18|19).*")));
    }

    @Test
    void the_repairs_that_fired_are_recorded_and_each_can_be_switched_off() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP launched/launch/VBD a/DT mediation/NN effort/NN on/IN Saturday/NNP between/IN Gondor/NNP and/CC Rohan/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 5).dep("det", 5, 3).dep("compound", 5, 4).dep("case", 7, 6)
                .dep("obl:on", 2, 7).dep("case", 9, 8).dep("nmod:between", 7, 9).dep("cc", 11, 10).dep("conj:and", 9, 11);
        String[] actors = {"Mordor", "MOR", "Gondor", "GON", "Rohan", "ROH"};
        List<Event> on = events(CODER, s, actors);
        assertFalse(on.isEmpty());
        for (Event e : on) assertEquals(List.of("phrase-hosts"), e.repairs(), "the phrase hung on the time word: " + e);
        java.util.Set<Repair> without = Repair.enabledExcept("phrase-hosts");
        List<Event> off = events(EventCoder.load(KnowledgeSource.shipped(), without), s, actors);
        assertTrue(off.stream().noneMatch(e -> e.target() != null && "GON".equals(e.target().code())), "off, 'between Gondor' is nobody's: " + off);
        assertTrue(off.stream().allMatch(e -> e.repairs().isEmpty()), off.toString());
        // A sentence the general relations read needs no repair.
        ParsedSentence plain = ParsedSentence.of("Mordor/NNP accused/accuse/VBD Gondor/NNP").dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 3);
        assertEquals(List.of(List.of()), events(CODER, plain, "Mordor", "MOR", "Gondor", "GON").stream().map(Event::repairs).toList());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Repair.enabledExcept("no-such-repair"));
        assertTrue(unknown.getMessage().contains("stranded-subject"), "names the known ids: " + unknown.getMessage());
    }

    private static String name(Event.Party p) {
        return p == null ? "-" : p.code() != null ? p.code() : p.name();
    }

    @Test
    void an_apposition_is_not_a_list_of_actors() {
        ParsedSentence s = ParsedSentence.of("Oshima/NNP ,/, the/DT UN/NNP coordinator/NN ,/, accused/accuse/VBD Gondor/NNP")
                .dep("root", 0, 7).dep("nsubj", 7, 1).dep("punct", 1, 2).dep("appos", 1, 5).dep("det", 5, 3).dep("compound", 5, 4)
                .dep("punct", 1, 6).dep("obj", 7, 8);
        assertEquals(List.of("MORGOV GON 112"), triples(s, "Oshima", "MORGOV", "UN", "IGOUNO", "Gondor", "GON"));
        // A comma list that ends in "and" is still one event per actor.
        ParsedSentence list = ParsedSentence.of("Mordor/NNP ,/, Rohan/NNP and/CC Bree/NNP accused/accuse/VBD Gondor/NNP")
                .dep("root", 0, 6).dep("nsubj", 6, 1).dep("punct", 1, 2).dep("obj", 6, 7);
        assertEquals(List.of("MOR GON 112", "ROH GON 112", "BRE GON 112"),
                triples(list, "Mordor", "MOR", "Rohan", "ROH", "Bree", "BRE", "Gondor", "GON"));
    }

    @Test
    void a_party_phrase_hung_on_a_time_word_belongs_to_the_verb() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP launched/launch/VBD a/DT mediation/NN effort/NN on/IN Saturday/NNP between/IN Gondor/NNP and/CC Rohan/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 5).dep("det", 5, 3).dep("compound", 5, 4).dep("case", 7, 6)
                .dep("obl:on", 2, 7).dep("case", 9, 8).dep("nmod:between", 7, 9).dep("cc", 11, 10).dep("conj:and", 9, 11);
        assertEquals(List.of("MOR GON 045", "MOR ROH 045"), triples(s, "Mordor", "MOR", "Gondor", "GON", "Rohan", "ROH"));
    }

    @Test
    void a_party_phrase_hung_on_a_participle_of_the_object_belongs_to_the_act() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP shortened/shorten/VBD the/DT curfew/NN imposed/impose/VBN in/IN Gondor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 4).dep("det", 4, 3).dep("acl", 4, 5).dep("case", 7, 6).dep("obl:in", 5, 7);
        assertEquals(List.of("MOR GON 0811"), triples(s, "Mordor", "MOR", "Gondor", "GON"));
    }

    @Test
    void when_the_object_names_nobody_a_phrase_names_the_target() {
        // "airports": reopening borders to someone has a pattern of its own (asylum, 075).
        ParsedSentence s = ParsedSentence.of("Mordor/NNP agreed/agree/VBD to/TO reopen/VB its/PRP$ airports/airport/NNS to/IN Gondor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("xcomp", 2, 4).dep("mark", 4, 3).dep("obj", 4, 6).dep("nmod:poss", 6, 5)
                .dep("case", 8, 7).dep("obl:to", 4, 8);
        assertEquals(List.of("MOR GON 030"), triples(s, "Mordor", "MOR", "Gondor", "GON"));
    }

    @Test
    void a_protest_abroad_is_against_the_host_country_and_at_home_against_nobody() {
        ParsedSentence abroad = ParsedSentence.of("Gondorian/JJ prisoners/prisoner/NNS rioted/riot/VBD in/IN Mordor/NNP")
                .dep("root", 0, 3).dep("nsubj", 3, 2).dep("amod", 2, 1).dep("case", 5, 4).dep("obl:in", 3, 5);
        assertEquals(List.of("GON MOR 145"), triples(abroad, "Gondorian", "GON", "Mordor", "MOR"));
        ParsedSentence home = ParsedSentence.of("Gondorian/JJ prisoners/prisoner/NNS rioted/riot/VBD in/IN Minas/NNP")
                .dep("root", 0, 3).dep("nsubj", 3, 2).dep("amod", 2, 1).dep("case", 5, 4).dep("obl:in", 3, 5);
        assertEquals(List.of("GON - 145"), triples(home, "Gondorian", "GON", "Minas", "GON"));
    }

    @Test
    void a_protest_is_against_the_person_its_purpose_names() {
        ParsedSentence s = ParsedSentence.of("Gondorians/NNPS rallied/rally/VBD calling/call/VBG for/IN the/DT removal/NN of/IN Sauron/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("advcl", 2, 3).dep("case", 6, 4).dep("det", 6, 5).dep("obl:for", 3, 6)
                .dep("case", 8, 7).dep("nmod:of", 6, 8);
        assertEquals(List.of("GON Sauron 141"), triples(s, "Gondorians", "GON", "Sauron", "-"));
    }

    @Test
    void what_a_protest_says_is_part_of_the_protest() {
        ParsedSentence s = ParsedSentence.of("Gondorians/NNPS rallied/rally/VBD against/IN Sauron/NNP saying/say/VBG he/PRP must/MD resign/VB")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("case", 4, 3).dep("obl:against", 2, 4).dep("advcl", 2, 5)
                .dep("ccomp", 5, 8).dep("nsubj", 8, 6).dep("aux", 8, 7);
        assertEquals(List.of("GON Sauron 141"), triples(s, "Gondorians", "GON", "Sauron", "-"));
    }

    @Test
    void an_act_in_a_background_clause_yields_to_the_main_act() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP accused/accuse/VBD Gondor/NNP after/IN Rohan/NNP criticized/criticize/VBD Bree/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 3).dep("advcl", 2, 6).dep("mark", 6, 4).dep("nsubj", 6, 5).dep("obj", 6, 7);
        assertEquals(List.of("MOR GON 112"), triples(s, "Mordor", "MOR", "Gondor", "GON", "Rohan", "ROH", "Bree", "BRE"));
        // With nothing coded above it, the clause's act is the sentence's news.
        ParsedSentence alone = ParsedSentence.of("Mordor/NNP slept/sleep/VBD after/IN Rohan/NNP criticized/criticize/VBD Bree/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("advcl", 2, 5).dep("mark", 5, 3).dep("nsubj", 5, 4).dep("obj", 5, 6);
        assertEquals(List.of("ROH BRE 111"), triples(alone, "Mordor", "MOR", "Rohan", "ROH", "Bree", "BRE"));
    }

    @Test
    void a_noun_stranded_as_subject_of_a_loose_participle_is_the_object() {
        ParsedSentence s = ParsedSentence.of("Gondorians/NNPS demanded/demand/VBD the/DT removal/NN of/IN Sauron/NNP aimed/aim/VBN at/IN peace/NN")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("dep", 2, 7).dep("nsubj", 7, 4).dep("det", 4, 3).dep("nmod:of", 4, 6)
                .dep("case", 6, 5).dep("obl:at", 7, 9).dep("case", 9, 8);
        assertEquals(List.of("GON Sauron 1041"), triples(s, "Gondorians", "GON", "Sauron", "-"));
    }

    @Test
    void an_object_after_a_bare_time_word_is_the_object() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP rejected/reject/VBD Thursday/NNP a/DT Gondor/NNP appeal/NN")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obl:tmod", 2, 3).dep("dep", 3, 6).dep("det", 6, 4).dep("compound", 6, 5);
        assertEquals(List.of("MOR GON 120"), triples(s, "Mordor", "MOR", "Gondor", "GON"));
    }

    @Test
    void a_site_nobody_coded_stands_for_the_country_it_is_in() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP dispatched/dispatch/VBD inspectors/inspector/NNS to/IN Minas/NNP Plant/NNP in/IN Gondor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 3).dep("obl:to", 2, 6).dep("case", 6, 4).dep("compound", 6, 5)
                .dep("obl:in", 2, 8).dep("case", 8, 7);
        assertEquals(List.of("MOR GON 090"), triples(s, "Mordor", "MOR", "Gondor", "GON"));
    }

    @Test
    void the_first_target_phrase_is_the_target_and_a_later_one_is_not_a_second() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP demanded/demand/VBD the/DT withdrawal/NN of/IN Gondorian/JJ forces/force/NNS from/IN Rohan/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 4).dep("det", 4, 3).dep("nmod:of", 4, 7).dep("case", 7, 5)
                .dep("amod", 7, 6).dep("nmod:from", 4, 9).dep("case", 9, 8);
        assertEquals(List.of("MOR GON 1056"), triples(s, "Mordor", "MOR", "Gondorian", "GON", "Rohan", "ROH"));
    }

    @Test
    void the_content_of_a_noun_is_no_act_of_its_own() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP accused/accuse/VBD Bree/NNP and/CC demanded/demand/VBD an/DT admission/NN that/IN Gondor/NNP killed/kill/VBD Rohan/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 3).dep("conj:and", 2, 5).dep("cc", 5, 4).dep("nsubj", 5, 1)
                .dep("obj", 5, 7).dep("det", 7, 6).dep("dep", 7, 10).dep("mark", 10, 8).dep("nsubj", 10, 9).dep("obj", 10, 11);
        List<String> es = triples(s, "Mordor", "MOR", "Bree", "BRE", "Gondor", "GON", "Rohan", "ROH");
        assertTrue(es.contains("MOR BRE 112"), es.toString());
        assertTrue(es.stream().noneMatch(e -> e.startsWith("GON ROH")), es.toString());
        // The same clause as a sentence of its own is an act.
        ParsedSentence alone = ParsedSentence.of("Gondor/NNP killed/kill/VBD Rohan/NNP").dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 3);
        assertTrue(triples(alone, "Gondor", "GON", "Rohan", "ROH").stream().anyMatch(e -> e.startsWith("GON ROH 18")));
    }

    @Test
    void an_attack_on_nobody_named_abroad_is_against_the_country_it_happens_in() {
        ParsedSentence s = ParsedSentence.of("Gondorian/JJ bombers/bomber/NNS killed/kill/VBD 23/CD people/person/NNS when/WRB they/PRP struck/strike/VBD in/IN Mordor/NNP")
                .dep("root", 0, 3).dep("nsubj", 3, 2).dep("amod", 2, 1).dep("obj", 3, 5).dep("nummod", 5, 4).dep("advcl", 3, 8)
                .dep("advmod", 8, 6).dep("nsubj", 8, 7).dep("obl:in", 8, 10).dep("case", 10, 9);
        List<String> es = triples(s, "Gondorian", "GON", "Mordor", "MOR");
        assertTrue(es.stream().anyMatch(e -> e.startsWith("GON MOR 18")), es.toString());
        assertTrue(es.stream().noneMatch(e -> e.startsWith("GON - ")), es.toString());
    }

    @Test
    void a_refusal_despite_pressure_is_against_whoever_pressed() {
        ParsedSentence s = ParsedSentence.of("Mordor/NNP refused/refuse/VBD to/TO withdraw/VB despite/IN pressure/NN from/IN Gondor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("xcomp", 2, 4).dep("mark", 4, 3).dep("obl:despite", 2, 6).dep("case", 6, 5)
                .dep("nmod:from", 6, 8).dep("case", 8, 7);
        List<String> es = triples(s, "Mordor", "MOR", "Gondor", "GON");
        assertEquals(1, es.size(), es.toString());
        assertTrue(es.get(0).startsWith("MOR GON 12"), es.toString());
    }

    @Test
    void an_uncoded_person_acts_for_the_body_his_apposition_names() {
        ParsedSentence s = ParsedSentence.of("Oshima/NNP ,/, the/DT UN/NNP coordinator/NN ,/, accused/accuse/VBD Gondor/NNP")
                .dep("root", 0, 7).dep("nsubj", 7, 1).dep("punct", 1, 2).dep("appos", 1, 5).dep("det", 5, 3).dep("compound", 5, 4)
                .dep("punct", 1, 6).dep("obj", 7, 8);
        assertEquals(List.of("IGOUNO GON 112"), triples(s, "Oshima", "-", "UN", "IGOUNO", "Gondor", "GON"));
    }

    @Test
    void a_finite_verb_left_without_subject_takes_the_noun_before_its_auxiliary() {
        // The parser's reading: the subject made an apposition of the opening phrase.
        ParsedSentence s = ParsedSentence.of("With/IN a/DT pact/NN ,/, Mordor/NNP has/VBZ accused/accuse/VBN Gondor/NNP")
                .dep("root", 0, 7).dep("obl:with", 7, 3).dep("case", 3, 1).dep("det", 3, 2).dep("punct", 3, 4).dep("appos", 3, 5)
                .dep("aux", 7, 6).dep("obj", 7, 8);
        assertEquals(List.of("MOR GON 112"), triples(s, "Mordor", "MOR", "Gondor", "GON"));
    }

    @Test
    void a_phrase_opening_the_sentence_names_no_party_of_the_verb() {
        ParsedSentence s = ParsedSentence.of("With/IN Gondor/NNP ,/, Mordor/NNP agreed/agree/VBD")
                .dep("root", 0, 5).dep("obl:with", 5, 2).dep("case", 2, 1).dep("punct", 5, 3).dep("nsubj", 5, 4);
        assertEquals(List.of(), triples(s, "Mordor", "MOR", "Gondor", "GON"));
        ParsedSentence after = ParsedSentence.of("Mordor/NNP agreed/agree/VBD with/IN Gondor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obl:with", 2, 4).dep("case", 4, 3);
        assertEquals(List.of("MOR GON 019"), triples(after, "Mordor", "MOR", "Gondor", "GON"));
    }

    @Test
    void a_head_whose_frames_all_fail_still_codes_its_event_with_the_parties_of_the_parse() {
        // "fight" has frames for "with" and "against" only; its direct object is still whom it fights.
        ParsedSentence s = ParsedSentence.of("Mordor/NNP fought/fight/VBD Gondor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 3);
        assertEquals(List.of("MOR GON 190"), triples(s, "Mordor", "MOR", "Gondor", "GON"));
        // A head whose frames restrict their words ("held talks") is not relaxed: "held Gondor" is no consultation.
        ParsedSentence held = ParsedSentence.of("Mordor/NNP held/hold/VBD Gondor/NNP")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("obj", 2, 3);
        assertEquals(List.of(), triples(held, "Mordor", "MOR", "Gondor", "GON"));
    }

    @Test
    void an_agentless_passive_keeps_its_coded_target_with_no_source() {
        ParsedSentence s = ParsedSentence.of("Gondor/NNP 's/POS envoy/NN was/VBD arrested/arrest/VBN")
                .dep("root", 0, 5).dep("nsubj:pass", 5, 3).dep("nmod:poss", 3, 1).dep("case", 1, 2).dep("aux:pass", 5, 4);
        assertEquals(List.of("- GON 173"), triples(s, "Gondor", "GON"));
        // With nobody coded on either side there is nothing to record.
        ParsedSentence bare = ParsedSentence.of("The/DT man/NN was/VBD arrested/arrest/VBN")
                .dep("root", 0, 4).dep("nsubj:pass", 4, 2).dep("det", 2, 1).dep("aux:pass", 4, 3);
        assertEquals(List.of(), triples(bare));
    }
}
