package org.herald.actors;

import org.herald.Excerpt;
import org.herald.extract.Article;
import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The resolver's rules on sentences from {@code resolver-cases.tsv}, with {@link FakeNlp} in place of CoreNLP. */
class ResolverTableTest {
    private static final ActorResolver RESOLVER = ActorResolver.load(KnowledgeSource.shipped());

    static Actors resolve(String body, ActorRegistry registry) {
        Article article = new Article(null, List.of(), null, "en", body, "test");
        return RESOLVER.resolve(article, FakeNlp.annotate(body), registry);
    }

    static String describe(Actors actors) {
        Map<Integer, String> byStart = new TreeMap<>();
        for (Actor a : actors.list()) {
            if (a.code() == null && a.kind() != Actor.Kind.PERSON) continue;
            for (Excerpt m : a.mentions()) byStart.put(m.start(), m.text() + "=" + (a.code() == null ? "-" : a.code()));
        }
        return String.join("; ", byStart.values());
    }

    @Test
    void every_case_of_the_table_resolves_as_written() {
        List<String> failures = new ArrayList<>();
        List<TsvReader.Row> rows = TsvReader.read(new KnowledgeSource.Layer("resolver-cases.tsv",
                KnowledgeSource.requireShipped("actors/resolver-cases.tsv")), "text", "expected");
        for (TsvReader.Row row : rows) {
            String body = row.get("text").replace("\\n", "\n");
            String got = describe(resolve(body, ActorRegistry.EMPTY));
            if (!got.equals(row.get("expected"))) failures.add(row.file() + ":" + row.line() + ": '" + body + "'\n   expected " + row.get("expected") + "\n   got      " + got);
        }
        assertTrue(rows.size() >= 20);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void a_surname_later_is_the_same_person_and_a_pronoun_too() {
        Actors a = resolve("Ukraine's UN Ambassador Sergiy Kyslytsya spoke first.\nKyslytsya said the vote was clear.\nHe left.", ActorRegistry.EMPTY);
        Actor p = a.list().stream().filter(x -> x.kind() == Actor.Kind.PERSON).findFirst().orElseThrow();
        assertEquals("UKRGOV", p.code());
        assertEquals(List.of("Sergiy Kyslytsya", "Kyslytsya", "He"), p.mentions().stream().map(Excerpt::text).toList());
        assertEquals(1, a.learned().size());
        assertEquals("Ukraine's UN Ambassador Sergiy Kyslytsya", a.learned().get(0).evidence());
        int he = p.mentions().get(2).start();
        var nlp = FakeNlp.annotate("Ukraine's UN Ambassador Sergiy Kyslytsya spoke first.\nKyslytsya said the vote was clear.\nHe left.");
        assertEquals(p, a.findAt(nlp, 2, 0).orElseThrow(), "the pronoun token of sentence 2");
        assertEquals(p, a.findAt(nlp, 1, 0).orElseThrow(), "the surname token of sentence 1");
        assertTrue(a.findAt(nlp, 1, 2).isEmpty(), "'the' is no actor");
        assertTrue(a.findAt(nlp, 9, 0).isEmpty());
        assertEquals(p, a.findAt(he, he + 2).orElseThrow());
        assertEquals(p, a.lastPersonBefore(he).orElseThrow());
    }

    @Test
    void the_registry_resolves_a_bare_surname_and_pinned_entries_win() {
        ActorRegistry reg = new ActorRegistry(List.of(new LearnedOfficial("Vassily Nebenzia", "RUS", "UN ambassador", "RUSGOV", "x")),
                List.of(new LearnedOfficial("Joonkook Hwang", "KOR", "foreign minister", "KORGOV", "y")));
        Actors a = resolve("Nebenzia said no.\nSouth Korea's UN Ambassador Joonkook Hwang disagreed.", reg);
        Actor neb = a.list().stream().filter(x -> x.name().equals("Vassily Nebenzia")).findFirst().orElseThrow();
        assertEquals("RUSGOV", neb.code());
        assertEquals("person.registry", neb.rule());
        Actor hwang = a.list().stream().filter(x -> x.name().equals("Joonkook Hwang")).findFirst().orElseThrow();
        assertEquals("foreign minister", hwang.role());
        assertTrue(a.learned().isEmpty(), "known officials are not learned again: " + a.learned());
    }

    @Test
    void empty_and_hostile_bodies_give_valid_actors() {
        for (String body : List.of("", "\n\n", "’s 's", "US US US", "Ambassador Ambassador Ambassador", "[[x|Y]]", "\u0000 \uD83D\uDE00 Russia",
                "Russia's's's government's", "- - - Moscow-", "he she him his her", "X".repeat(5000))) {
            Actors a = resolve(body, ActorRegistry.EMPTY);
            for (Actor x : a.list()) {
                assertTrue(!x.mentions().isEmpty());
                for (Excerpt m : x.mentions()) assertEquals(body.substring(m.start(), m.end()), m.text());
                if (x.code() != null) assertTrue(x.code().matches("([A-Z]{3})+"), x.code());
            }
        }
    }

    @Test
    void a_title_before_a_later_surname_codes_the_person_and_a_named_state_gives_the_country() {
        String body = "Anna Berg arrived in Texas.\nLater Governor Berg said no.";
        Actors a = RESOLVER.resolve(new Article(null, List.of(), null, "en", body, "test"),
                FakeNlp.annotate(body, List.of("Anna Berg", "Berg")), ActorRegistry.EMPTY);
        Actor berg = a.list().stream().filter(x -> x.name().equals("Anna Berg")).findFirst().orElseThrow();
        assertEquals("USAGOV", berg.code());
        assertEquals(2, berg.mentions().size());
        assertEquals("place:Texas", berg.countryFrom());
    }
}
