package org.herald.io;

import org.herald.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileSourceTest {
    @TempDir Path dir;

    private List<InputDocument> read(InputFormat f, String stdin, String... inputs) {
        List<InputDocument> out = new ArrayList<>();
        new FileSource(List.of(inputs), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), f, 1000).read(out::add);
        return out;
    }

    @Test void folder_is_read_recursively_in_sorted_order_with_ids_from_file_names() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/z.txt"), "zed");
        Files.writeString(dir.resolve("a.html"), "<p>a</p>");
        Files.writeString(dir.resolve("notes.md"), "not a document");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(dir.resolve("c.html.gz")))) {
            o.write("<p>c</p>".getBytes(StandardCharsets.UTF_8));
        }
        List<InputDocument> docs = read(InputFormat.AUTO, "", dir.toString());
        assertEquals(List.of("a", "z", "c"), docs.stream().map(InputDocument::id).toList(), "notes.md is not a document");
        InputDocument c = docs.stream().filter(d -> d.id().equals("c")).findFirst().orElseThrow();
        assertArrayEquals("<p>c</p>".getBytes(StandardCharsets.UTF_8), c.page().content(), "gzip is decompressed");
        assertEquals(Page.Format.HTML, c.page().format());
        assertEquals(Page.Format.TEXT, docs.stream().filter(d -> d.id().equals("z")).findFirst().orElseThrow().page().format());
    }

    @Test void repeated_ids_get_numbered_suffixes() throws IOException {
        Files.createDirectories(dir.resolve("x"));
        Files.writeString(dir.resolve("page.txt"), "one");
        Files.writeString(dir.resolve("x/page.html"), "two");
        List<InputDocument> docs = read(InputFormat.AUTO, "", dir.resolve("page.txt").toString(),
                dir.resolve("x/page.html").toString(), dir.resolve("page.txt").toString());
        assertEquals(List.of("page", "page-2", "page-3"), docs.stream().map(InputDocument::id).toList());
    }

    @Test void jsonl_lines_become_documents_and_bad_lines_become_errors() throws IOException {
        Path f = dir.resolve("batch.jsonl");
        Files.writeString(f, """
                {"id": "one", "url": "https://example.org/1", "html": "<p>hi</p>", "published": "2024-11-01"}
                not json at all
                {"id": "three", "text": "plain"}

                {"id": "four"}
                """);
        List<InputDocument> docs = read(InputFormat.AUTO, "", f.toString());
        assertEquals(4, docs.size(), "every non-blank line is accounted for");
        assertEquals("https://example.org/1", docs.get(0).source());
        assertEquals("2024-11-01", docs.get(0).page().published());
        assertEquals(Page.Format.HTML, docs.get(0).page().format());
        assertFalse(docs.get(1).ok());
        assertTrue(docs.get(1).error().startsWith("not a JSON object"));
        assertEquals(Page.Format.TEXT, docs.get(2).page().format());
        assertFalse(docs.get(3).ok());
        assertTrue(docs.get(3).error().contains("neither"));
    }

    @Test void stdin_is_one_document_or_jsonl_when_told() {
        List<InputDocument> one = read(InputFormat.AUTO, "line one\nline two", "-");
        assertEquals(1, one.size());
        assertEquals("stdin", one.get(0).id());
        List<InputDocument> many = read(InputFormat.JSONL, "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n", "-");
        assertEquals(List.of("a", "b"), many.stream().map(InputDocument::id).toList());
    }

    @Test void missing_file_is_an_error_record_not_an_exception() {
        List<InputDocument> docs = read(InputFormat.AUTO, "", dir.resolve("nope.html").toString());
        assertEquals(1, docs.size());
        assertNull(docs.get(0).page());
        assertEquals("nope", docs.get(0).id());
        assertEquals("no such file", docs.get(0).error());
    }

    @Test void reading_stops_one_byte_past_the_limit() throws IOException {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "x".repeat(5000));
        InputDocument d = read(InputFormat.AUTO, "", big.toString()).get(0);
        assertEquals(1001, d.page().content().length, "enough to tell the extractor it is over the 1000-byte limit");
    }
}
