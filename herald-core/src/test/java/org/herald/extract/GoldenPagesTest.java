package org.herald.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.herald.HeraldConfig;
import org.herald.Page;
import org.herald.knowledge.KnowledgeSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages the team wrote (herald/golden/extract/*.html), each with its expected title, authors, date, language and body
 * edges: JSON-LD, OpenGraph, microdata, bylines, canonical-URL dates, tables, 16 languages, and chrome around the text.
 */
class GoldenPagesTest {
    private static final ArticleExtractor EXTRACTOR = ArticleExtractor.load(KnowledgeSource.shipped(), HeraldConfig.defaults().limits());
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> pages() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenPagesTest.class.getResource("/herald/golden/extract").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test void the_set_has_at_least_thirty_pages() throws Exception {
        assertTrue(pages().size() >= 30, "golden pages: " + pages().size());
    }

    @TestFactory Stream<DynamicTest> every_golden_page_gives_its_expected_article() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path html : pages()) {
            tests.add(DynamicTest.dynamicTest(html.getFileName().toString(), () -> {
                JsonNode exp = JSON.readTree(Files.readString(Path.of(html.toString().replace(".html", ".expected.json"))));
                Article a = EXTRACTOR.extract(new Page("g", html.toString(), Page.Format.AUTO, Files.readAllBytes(html), null));
                assertEquals(exp.get("title").asText(), a.title(), "title");
                List<String> authors = new ArrayList<>();
                exp.get("authors").forEach(n -> authors.add(n.asText()));
                assertEquals(authors, a.authors(), "authors");
                assertEquals(exp.get("published").asText(), a.published(), "published");
                assertEquals(exp.get("language").asText(), a.language(), "language");
                assertTrue(a.body().startsWith(exp.get("bodyStartsWith").asText()), "body starts: " + a.body());
                assertTrue(a.body().endsWith(exp.get("bodyEndsWith").asText()), "body ends: " + a.body());
                for (JsonNode x : exp.get("bodyExcludes")) assertFalse(a.body().contains(x.asText()), "body holds " + x.asText());
                assertFalse(a.body().contains(a.title()), "headline repeated in body");
            }));
        }
        return tests.stream();
    }

    @Test void body_paragraphs_are_separated_by_one_blank_line() throws Exception {
        Path html = pages().get(0);
        Article a = EXTRACTOR.extract(new Page("g", "g", Page.Format.HTML, Files.readAllBytes(html), null));
        assertTrue(a.body().contains("\n\n"));
        assertFalse(a.body().contains("\n\n\n"));
        assertEquals(a.body().strip(), a.body());
    }

    static String read(Path p) throws IOException { return Files.readString(p, StandardCharsets.UTF_8); }
}
