package org.herald.actors;

import org.herald.pipeline.Analysis;
import org.herald.Page;
import org.herald.testkit.AnalysisInvariants;
import org.herald.testkit.SharedData;
import org.herald.testkit.SharedModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The actors of the example page (issue 2's must-show list and issue 4's five officials). */
class ExamplePageActorsIT {
    private static Analysis analysis;

    @BeforeAll
    static void analyse() throws Exception {
        Path page = SharedData.examplePage();
        Page p = Page.ofText("un-security-council-page", Files.readString(page));
        SharedModels.pipeline().analyze(p);
        java.util.Map<String, Long> nanos = new java.util.concurrent.ConcurrentHashMap<>();
        analysis = AnalysisInvariants.check(SharedModels.pipeline().analyze(p, (stage, ns) -> nanos.merge(stage, ns, Long::sum)));
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("example page: actors stage %.2f ms of %.1f ms (%.2f%%)%n", nanos.getOrDefault("actors", 0L) / 1e6,
                total / 1e6, 100.0 * nanos.getOrDefault("actors", 0L) / total);
    }

    /** Several actors can share a code (Nebenzia and "Moscow" are both RUSGOV): is any of them mentioned as {@code text}? */
    private static boolean mentionedAs(String code, String text) {
        return analysis.actors().stream().filter(a -> code.equals(a.code()))
                .anyMatch(a -> a.mentions().stream().anyMatch(m -> m.text().equals(text)));
    }

    private static Actor byCode(String code) {
        return analysis.actors().stream().filter(a -> code.equals(a.code())).findFirst()
                .orElseGet(() -> fail("no actor " + code + " in " + analysis.actors()));
    }

    private static Actor person(String name) {
        return analysis.actors().stream().filter(a -> a.kind() == Actor.Kind.PERSON && a.name().equals(name)).findFirst()
                .orElseGet(() -> fail("no person " + name + " in " + analysis.actors()));
    }

    @Test
    void countries_organisations_and_groups_have_their_codes() {
        for (String code : List.of("RUS", "PRK", "UKR", "USA", "GBR", "KOR", "IGOUNO", "WST")) byCode(code);
        assertEquals(Actor.Kind.COUNTRY, byCode("RUS").kind());
    }

    @Test
    void capitals_acting_are_governments_distinct_from_their_countries() {
        assertTrue(mentionedAs("RUSGOV", "Moscow"), "Moscow as RUSGOV");
        assertTrue(mentionedAs("UKRGOV", "Kiev"), "Kiev as UKRGOV");
        assertTrue(analysis.actors().stream().anyMatch(a -> "RUS".equals(a.code()) && a.kind() == Actor.Kind.COUNTRY), "Russia itself stays RUS");
    }

    @Test
    void demonym_and_troops_are_the_military() {
        Actor troops = byCode("PRKMIL");
        assertTrue(troops.mentions().stream().anyMatch(m -> m.text().equals("North Korean troops")));
        assertTrue(byCode("PRK").mentions().stream().anyMatch(m -> m.text().equals("DPRK")));
    }

    @Test
    void the_five_officials_have_country_and_role() {
        assertEquals("RUSGOV", person("Vassily Nebenzia").code());
        assertEquals("KORGOV", person("Joonkook Hwang").code());
        assertEquals("USAGOV", person("Lloyd Austin").code());
        assertEquals("UKRGOV", person("Sergiy Kyslytsya").code());
        assertEquals("PRKGOV", person("Song Kim").code());
        for (String n : List.of("Joonkook Hwang", "Lloyd Austin", "Sergiy Kyslytsya", "Song Kim", "Vassily Nebenzia"))
            assertTrue(person(n).role() != null, "no role for " + n);
    }

    @Test
    void later_surname_and_pronoun_mentions_belong_to_the_official() {
        Actor nebenzia = person("Vassily Nebenzia");
        assertTrue(nebenzia.mentions().stream().anyMatch(m -> m.text().equals("Nebenzia")), nebenzia.toString());
        assertTrue(nebenzia.mentions().stream().anyMatch(m -> m.text().equals("he")), nebenzia.toString());
        assertTrue(person("Sergiy Kyslytsya").mentions().stream().anyMatch(m -> m.text().equals("He")));
    }

    @Test
    void officials_introduced_with_context_are_learned() {
        assertTrue(analysis.learned().stream().anyMatch(o -> o.name().equals("Joonkook Hwang") && o.country().equals("KOR")));
        assertTrue(analysis.learned().stream().noneMatch(o -> o.name().equals("Zelensky")));
    }
}
