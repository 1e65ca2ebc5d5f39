package org.herald.eval.real;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the annotated pages, their splits and bodies (made-up files; no NLP). */
class RealArticlesTest {
    @TempDir Path dir;

    private Path truth() throws IOException {
        return Files.writeString(dir.resolve("ground-truth.json"),
                "{\"p1\": {\"articleBody\": \"One.\"}, \"p2\": {\"articleBody\": \"Two.\"}, \"p3\": {\"articleBody\": null}}");
    }

    private Path pages(String rows) throws IOException {
        return Files.writeString(dir.resolve("articles.tsv"), "# comment\npage\tsplit\tannotator\n" + rows);
    }

    @Test void pages_keep_the_file_order_and_their_split() throws IOException {
        RealArticles a = RealArticles.read(pages("p2\tdev\tQ1\np1\tblind\tQ2\np3\tdev\tQ1\n"), truth());
        assertEquals(List.of(new RealArticles.Article("p2", "dev", "Two."), new RealArticles.Article("p3", "dev", "")), a.in(RealArticles.Split.DEV));
        assertEquals(List.of("p1"), a.in(RealArticles.Split.BLIND).stream().map(RealArticles.Article::page).toList());
        assertEquals(3, a.in(RealArticles.Split.ALL).size());
    }

    @Test void an_annotation_of_another_split_or_an_unlisted_page_is_refused() throws IOException {
        RealArticles a = RealArticles.read(pages("p1\tblind\tQ1\n"), truth());
        a.check("p1", "blind", "x:1");
        var wrong = assertThrows(IllegalArgumentException.class, () -> a.check("p1", "dev", "x:2"));
        assertTrue(wrong.getMessage().startsWith("x:2: page p1 is blind"), wrong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> a.check("p2", "blind", "x:3"));
    }

    @Test void a_bad_row_fails_with_its_line() throws IOException {
        Path truth = truth();
        var missing = assertThrows(IOException.class, () -> RealArticles.read(pages("p1\tdev\np9\tdev\n"), truth));
        assertTrue(missing.getMessage().contains("articles.tsv:4: page p9 is not in"), missing.getMessage());
        var split = assertThrows(IOException.class, () -> RealArticles.read(pages("p1\ttest\n"), truth));
        assertTrue(split.getMessage().contains("articles.tsv:3: split is dev or blind"), split.getMessage());
        var twice = assertThrows(IOException.class, () -> RealArticles.read(pages("p1\tdev\np1\tdev\n"), truth));
        assertTrue(twice.getMessage().contains(":4: page p1 listed twice"), twice.getMessage());
    }

    @Test void splits_are_parsed_case_folded() {
        assertEquals(RealArticles.Split.BLIND, RealArticles.Split.parse(" Blind"));
        assertThrows(IllegalArgumentException.class, () -> RealArticles.Split.parse("test"));
        assertTrue(RealArticles.Split.ALL.admits("dev") && !RealArticles.Split.DEV.admits("blind"));
    }
}
