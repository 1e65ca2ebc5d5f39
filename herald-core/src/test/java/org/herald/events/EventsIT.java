package org.herald.events;

import org.herald.pipeline.Analysis;
import org.herald.Page;
import org.herald.actors.Actor;
import org.herald.claims.Claim;
import org.herald.testkit.AnalysisInvariants;
import org.herald.testkit.SharedData;
import org.herald.testkit.SharedModels;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** Events and claims through the whole pipeline (quality floors: herald-eval's EventFloorsIT). */
class EventsIT {
    private static String country(Analysis a, Event.Party p) {
        if (p == null || p.actor() == null) return null;
        return a.actors().stream().filter(x -> x.id().equals(p.actor())).findFirst().map(Actor::country).orElse(null);
    }

    @Test
    void codes_a_news_passage_written_for_this_test() {
        String text = """
                Brussels imposes new sanctions on Iran

                The European Union on Monday imposed new sanctions on Iran over its drone deliveries to Russia.
                Britain and France condemned the attacks on Ukrainian cities, and Germany said it will send more air defence systems to Ukraine.
                Iran did not sign the agreement.
                """;
        Analysis a = AnalysisInvariants.check(SharedModels.pipeline().analyze(Page.ofText("passage", text)));
        assertTrue(a.events().stream().anyMatch(e -> e.cameo().equals("163") && "IRN".equals(country(a, e.target()))), a.events().toString());
        assertTrue(a.events().stream().anyMatch(e -> e.root().equals("11") && "GBR".equals(country(a, e.source()))), a.events().toString());
        assertTrue(a.events().stream().anyMatch(e -> e.root().equals("11") && "FRA".equals(country(a, e.source()))), a.events().toString());
        assertTrue(a.events().stream().anyMatch(e -> e.cameo().startsWith("03") && "DEU".equals(country(a, e.source()))),
                "a promised delivery is an intention (03x): " + a.events());
        assertTrue(a.events().stream().noneMatch(e -> e.cameo().startsWith("05") && "IRN".equals(country(a, e.source()))),
                "'did not sign' is no event: " + a.events());
    }

    @Test
    void example_page_criticism_troops_sanctions_and_the_troop_claim() throws IOException {
        Path page = SharedData.examplePage();
        Analysis a = AnalysisInvariants.check(SharedModels.pipeline().analyze(Page.ofText("page", Files.readString(page, StandardCharsets.UTF_8))));
        for (String critic : List.of("USA", "GBR", "KOR", "UKR")) {
            assertTrue(a.events().stream().anyMatch(e -> e.root().equals("11") && critic.equals(country(a, e.source()))
                    && "RUS".equals(country(a, e.target()))), critic + " criticises Russia: " + a.events());
        }
        assertTrue(a.events().stream().anyMatch(e -> e.cameo().equals("112") && "RUS".equals(country(a, e.target()))), "accused Russia of violating");
        assertTrue(a.events().stream().anyMatch(e -> "PRK".equals(country(a, e.source())) && "RUS".equals(country(a, e.target()))
                && (e.root().equals("15") || e.root().equals("07"))), "North Korea's troops to Russia: " + a.events());
        assertTrue(a.events().stream().anyMatch(e -> e.cameo().equals("163") && "PRK".equals(country(a, e.target()))
                && "IGO".equals(country(a, e.source()))), "UN Security Council sanctions on North Korea: " + a.events());
        assertTrue(a.events().stream().anyMatch(e -> e.quote() != null && e.cameo().equals("112")), "accusations from the quotes");
        Optional<Claim> troops = a.claims().stream().filter(c -> c.text().contains("10,000")).findFirst();
        assertTrue(troops.isPresent(), a.claims().toString());
        assertEquals(10000.0, troops.get().value());
        assertEquals("troops", troops.get().unit());
        String austin = a.actors().stream().filter(x -> x.name().contains("Austin")).findFirst().map(Actor::id).orElse("?");
        assertEquals(austin, troops.get().attributedTo());
    }

}
