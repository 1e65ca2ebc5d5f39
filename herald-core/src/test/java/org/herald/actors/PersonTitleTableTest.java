package org.herald.actors;

import org.herald.extract.Article;
import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Countries and roles around persons' names, from {@code person-title-cases.tsv}: appositives with a possessive
 * country ("X, Japan's chief negotiator,"), "X of Croatia", demonyms before roles, and titles naming no country,
 * which must stay without one.
 */
class PersonTitleTableTest {
    private static final ActorResolver RESOLVER = ActorResolver.load(KnowledgeSource.shipped());

    @Test
    void every_case_of_the_table_resolves_as_written() {
        List<String> failures = new ArrayList<>();
        List<TsvReader.Row> rows = TsvReader.read(new KnowledgeSource.Layer("person-title-cases.tsv",
                KnowledgeSource.requireShipped("actors/person-title-cases.tsv")), "text", "persons", "expected");
        for (TsvReader.Row row : rows) {
            String body = row.get("text").replace("\\n", "\n");
            Article article = new Article(null, List.of(), null, "en", body, "test");
            Actors actors = RESOLVER.resolve(article, FakeNlp.annotate(body, row.list("persons")), ActorRegistry.EMPTY);
            String got = ResolverTableTest.describe(actors);
            if (!got.equals(row.get("expected"))) failures.add(row.file() + ":" + row.line() + ": '" + body + "'\n   expected " + row.get("expected") + "\n   got      " + got);
        }
        assertTrue(rows.size() >= 15);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
