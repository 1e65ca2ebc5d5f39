package org.herald.actors;

import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorKnowledgeTest {
    private static final KnowledgeSource SHIPPED = KnowledgeSource.shipped();

    @Test
    void countries_cover_every_un_member_and_observer_once() {
        List<TsvReader.Row> rows = TsvReader.readAll(SHIPPED, "actors/countries.tsv", "code", "name");
        Set<String> codes = new HashSet<>();
        for (TsvReader.Row r : rows) assertTrue(codes.add(r.get("code")), "duplicate code " + r.get("code") + " at " + r.file() + ":" + r.line());
        // 193 members + Holy See and Palestine (observers) + Kosovo and Taiwan.
        assertEquals(197, rows.size());
        for (String c : List.of("RUS", "PRK", "KOR", "UKR", "USA", "GBR", "VAT", "PSE", "SSD", "TLS")) assertTrue(codes.contains(c), c);
    }

    @Test
    void every_country_has_a_demonym_and_a_capital() {
        for (TsvReader.Row r : TsvReader.readAll(SHIPPED, "actors/countries.tsv", "code")) {
            assertTrue(!r.list("capitals").isEmpty(), "no capital: " + r.get("name"));
            if (!r.get("code").equals("VAT")) assertTrue(!r.list("demonyms").isEmpty(), "no demonym: " + r.get("name"));
        }
    }

    @Test
    void no_name_means_two_different_countries() {
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (TsvReader.Row r : TsvReader.readAll(SHIPPED, "actors/countries.tsv", "code")) {
            List<String> names = new java.util.ArrayList<>(r.list("aliases"));
            names.add(r.get("name"));
            for (String n : names) {
                String prev = seen.put(n, r.get("code"));
                assertTrue(prev == null || prev.equals(r.get("code")), n + " is both " + prev + " and " + r.get("code"));
            }
        }
    }

    @Test
    void the_resolver_loads_the_shipped_files() {
        assertTrue(Gazetteer.load(SHIPPED).size() > 1000);
        RoleBook roles = RoleBook.load(SHIPPED);
        assertTrue(roles.isRoleWord("ambassador"));
        assertTrue(roles.isRoleWord("troops"));
    }
}
