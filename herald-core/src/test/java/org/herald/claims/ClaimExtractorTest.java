package org.herald.claims;

import org.herald.Excerpt;
import org.herald.actors.Actor;
import org.herald.actors.Actors;
import org.herald.events.ParsedSentence;
import org.herald.extract.Article;
import org.herald.knowledge.KnowledgeSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ClaimExtractorTest {
    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.load(KnowledgeSource.shipped());

    @Test
    void a_counted_noun_with_its_hedge_attributed_to_the_speaker() {
        // "Smith said about 5,000 Russian troops arrived"
        ParsedSentence s = ParsedSentence.of("Smith/NNP said/say/VBD about/RB 5,000/CD Russian/JJ troops/troop/NNS arrived/arrive/VBD")
                .dep("root", 0, 2).dep("nsubj", 2, 1).dep("ccomp", 2, 7).dep("nsubj", 7, 6).dep("nummod", 6, 4).dep("advmod", 4, 3)
                .dep("amod", 6, 5);
        String body = s.body();
        Actor smith = new Actor("a1", "Smith", Actor.Kind.PERSON, "USAGOV", "USA", "GOV", null, List.of(Excerpt.of(body, 0, 5)), "test");
        List<Claim> cs = EXTRACTOR.extract(new Article(null, List.of(), null, "en", body, "text"), s.document(),
                new Actors(List.of(smith), List.of()), List.of(), List.of());
        assertEquals(1, cs.size());
        Claim c = cs.get(0);
        assertEquals("about 5,000 Russian troops", c.text());
        assertEquals(body.substring(c.start(), c.end()), c.text());
        assertEquals(5000.0, c.value());
        assertEquals("troops", c.unit());
        assertEquals("a1", c.attributedTo());
        assertNull(c.event());
    }

    @Test
    void a_year_after_since_and_no_claim_for_a_bare_date() {
        ParsedSentence s = ParsedSentence.of("Since/IN 2006/CD Iran/NNP has/have/VBZ waited/wait/VBN on/IN May/NNP 5/CD")
                .dep("root", 0, 5).dep("obl:since", 5, 2).dep("case", 2, 1).dep("nsubj", 5, 3).dep("aux", 5, 4)
                .dep("obl:on", 5, 7).dep("case", 7, 6).dep("nummod", 7, 8);
        List<Claim> cs = EXTRACTOR.extract(new Article(null, List.of(), null, "en", s.body(), "text"), s.document(), Actors.NONE, List.of(), List.of());
        assertEquals(1, cs.size(), cs.toString());
        assertEquals("Since 2006", cs.get(0).text());
        assertEquals("year", cs.get(0).unit());
        assertNull(cs.get(0).attributedTo());
    }

    @Test
    void numbers_read_as_news_writes_them() {
        assertEquals(10000.0, NumberParser.value("10,000").getAsDouble());
        assertEquals(5.0, NumberParser.value("five").getAsDouble());
        assertTrue(NumberParser.value("many").isEmpty());
        assertEquals(1e9, NumberParser.scale("billion").getAsDouble());
    }
}
