package org.herald.pipeline;

import org.herald.pipeline.Analysis;
import org.herald.Page;
import org.herald.actors.Actor;
import org.herald.claims.Claim;
import org.herald.events.Event;
import org.herald.quotes.Quote;
import org.herald.testkit.AnalysisInvariants;
import org.herald.testkit.SharedData;
import org.herald.testkit.SharedModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The must-show list of the canonical input, ../shared/examples/un-security-council-page.txt (flattened page text:
 * chrome, duplicated headline, byline and bio). Skipped where ../shared/ is absent.
 */
class ExamplePageIT {
    private static Analysis a;
    /** The page's headline: its first line of several words (the page shows it twice). Read, not copied. */
    private static String headline;

    @BeforeAll static void analyze() throws IOException {
        var path = SharedData.examplePage();
        String text = Files.readString(path);
        headline = text.lines().map(String::strip).filter(l -> l.split(" ").length > 5).findFirst().orElseThrow();
        a = AnalysisInvariants.check(SharedModels.pipeline().analyze(Page.ofText("un", text)));
    }

    private static Optional<Actor> person(String surname) {
        return a.actors().stream().filter(x -> x.kind() == Actor.Kind.PERSON && x.name().endsWith(surname)).findFirst();
    }

    private static Set<String> codes() {
        return a.actors().stream().map(Actor::code).filter(c -> c != null).collect(Collectors.toSet());
    }

    @Test void article_is_recovered_without_chrome_bio_or_duplicated_headline() {
        String body = a.article().body();
        assertEquals(headline, a.article().title());
        assertTrue(body.startsWith("Russia’s representative to the United Nations"), body.substring(0, 60));
        assertFalse(body.contains("viewMore"));
        assertFalse(body.contains("New Delhi-based journalist"), "author bio left in the body");
        assertFalse(body.contains(headline), "headline repeated in the body");
        assertFalse(body.lines().anyMatch(l -> l.strip().equals("close")));
        assertEquals(List.of("Prapti Upadhayay"), a.article().authors());
        assertEquals("en", a.article().language());
        assertTrue(a.errors().isEmpty(), a.errors().toString());
    }

    @Test void countries_and_the_un_are_actors_with_their_codes() {
        Set<String> codes = codes();
        for (String c : List.of("RUS", "PRK", "UKR", "USA", "GBR", "KOR"))
            assertTrue(codes.stream().anyMatch(x -> x.startsWith(c)), c + " missing from " + codes);
        assertTrue(codes.stream().anyMatch(x -> x.startsWith("IGOUNO")), "the UN missing from " + codes);
    }

    @Test void the_five_officials_have_country_and_role() {
        for (var expected : List.of(List.of("Nebenzia", "RUS"), List.of("Hwang", "KOR"), List.of("Austin", "USA"),
                List.of("Kyslytsya", "UKR"), List.of("Kim", "PRK"))) {
            Actor p = person(expected.get(0)).orElseThrow(() -> new AssertionError(expected.get(0) + " not found among " + a.actors()));
            assertEquals(expected.get(1), p.country(), p.toString());
            assertNotNull(p.role(), "role of " + p.name());
        }
        assertTrue(person("Nebenzia").orElseThrow().mentions().size() >= 3, "later surname mentions of Nebenzia");
    }

    @Test void the_ambassadors_quotes_have_their_speakers() {
        List<Quote> direct = a.quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        for (String surname : List.of("Hwang", "Nebenzia", "Kyslytsya", "Kim"))
            assertTrue(direct.stream().anyMatch(q -> q.speaker() != null && q.speaker().name().endsWith(surname)),
                    "no direct quote by " + surname + " in " + direct);
        assertTrue(direct.stream().filter(q -> q.speaker() != null && q.speaker().name().endsWith("Kyslytsya")).count() >= 2,
                "the 'He continued:' quote belongs to Kyslytsya");
        assertTrue(direct.stream().anyMatch(q -> q.text().startsWith("Even if everything said") && q.speaker() != null
                && q.speaker().name().endsWith("Nebenzia")), "the unclosed quote");
        assertTrue(a.quotes().stream().anyMatch(q -> q.kind() == Quote.Kind.PARTIAL && q.text().contains("brazen violation of the UN Charter")));
        assertTrue(a.quotes().stream().anyMatch(q -> q.kind() == Quote.Kind.INDIRECT && q.speaker() != null
                && q.speaker().name().endsWith("Austin") && q.text().contains("10,000")), "Austin's reported claim");
    }

    private static boolean event(String source, String target, String root) {
        return a.events().stream().anyMatch(e -> startsWith(e.source(), source) && startsWith(e.target(), target) && e.root().equals(root));
    }

    private static boolean startsWith(Event.Party p, String code) {
        return p != null && p.code() != null && p.code().startsWith(code);
    }

    @Test void criticism_of_russia_is_coded_for_each_critic() {
        for (String critic : List.of("USA", "GBR", "KOR", "UKR"))
            assertTrue(event(critic, "RUS", "11") || event(critic, "RUS", "12"), critic + " → RUS criticism missing: " + a.events());
    }

    @Test void north_korean_troops_in_russia_and_un_sanctions_are_coded() {
        assertTrue(a.events().stream().anyMatch(e -> startsWith(e.source(), "PRK") && startsWith(e.target(), "RUS")),
                "PRK → RUS troops: " + a.events());
        assertTrue(event("IGOUNO", "PRK", "16"), "UN sanctions on North Korea: " + a.events());
    }

    @Test void the_ten_thousand_troop_claim_is_attributed_to_austin() {
        Claim c = a.claims().stream().filter(x -> x.text().contains("10,000")).findFirst()
                .orElseThrow(() -> new AssertionError("no 10,000 claim in " + a.claims()));
        assertEquals(10_000.0, c.value());
        Actor austin = person("Austin").orElseThrow();
        assertEquals(austin.id(), c.attributedTo());
    }
}
