package org.herald.io;

import org.herald.HeraldConfig;
import org.herald.Page;
import org.herald.extract.Article;
import org.herald.pipeline.Pipeline;
import org.herald.testkit.WarcFiles;
import org.herald.testkit.WarcFiles.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarcSourceTest {
    private static final Instant MAY_1 = Instant.parse("2024-05-01T23:30:00Z");
    private static final String RU = "<html><body><article><p>Министр иностранных дел России заявил во вторник, что переговоры "
            + "с Украиной зашли в тупик. По его словам, Москва готова продолжить диалог.</p></article></body></html>";
    @TempDir Path dir;

    private static String page(int i) {
        return "<html><head><title>Story " + i + "</title></head><body><article><p>The minister of story " + i
                + " said on Monday that the talks with the neighbouring states would resume within a week, officials added.</p></article></body></html>";
    }

    private static UUID uuid(int i) { return new UUID(0x1234L, i); }

    /** warcinfo, then for each of three pages a request and its response, plus an image, a 404 page, metadata and a revisit. */
    private static List<Entry> archive() {
        List<Entry> e = new ArrayList<>();
        e.add(WarcFiles.warcinfo());
        for (int i = 1; i <= 3; i++) {
            String url = "https://news.example/story-" + i;
            e.add(WarcFiles.request(url, MAY_1));
            e.add(WarcFiles.html(url, page(i).getBytes(StandardCharsets.UTF_8), "utf-8", MAY_1, uuid(i)));
            if (i == 2) {
                e.add(WarcFiles.response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}, MAY_1, uuid(20)));
                e.add(WarcFiles.response("https://news.example/gone", 404, "text/html", "<p>not found</p>".getBytes(StandardCharsets.UTF_8), MAY_1, uuid(21)));
                e.add(WarcFiles.metadata(url));
                e.add(WarcFiles.revisit(url, MAY_1));
            }
        }
        return e;
    }

    private List<InputDocument> read(Path... files) {
        List<InputDocument> out = new ArrayList<>();
        WarcSource source = new WarcSource(List.of(files), 1_000_000);
        source.read(out::add);
        lastSkipped = source.skipped();
        return out;
    }

    private Map<String, Long> lastSkipped;

    private Path write(String name, byte[] bytes) throws IOException { return Files.write(dir.resolve(name), bytes); }

    @ParameterizedTest(name = "gzip {0}")
    @ValueSource(booleans = {false, true})
    void html_responses_become_pages_and_every_other_record_is_counted(boolean gzip) throws IOException {
        List<InputDocument> docs = read(write(gzip ? "a.warc.gz" : "a.warc", WarcFiles.bytes(archive(), gzip)));
        assertEquals(3, docs.size(), docs.toString());
        for (int i = 0; i < 3; i++) {
            Page p = docs.get(i).page();
            assertEquals(uuid(i + 1).toString(), p.id(), "the id is the WARC-Record-ID's UUID");
            assertEquals("https://news.example/story-" + (i + 1), p.source());
            assertEquals("2024-05-01", p.captured(), "the capture day, in UTC");
            assertEquals("utf-8", p.charset());
            assertNull(p.published(), "a capture date is not a publication date");
            assertEquals(Page.Format.HTML, p.format());
            assertArrayEquals(page(i + 1).getBytes(StandardCharsets.UTF_8), p.content());
        }
        assertEquals(Map.of("warcinfo", 1L, "request", 3L, "response image/png", 1L, "response HTTP 404", 1L, "metadata", 1L, "revisit", 1L),
                lastSkipped);
    }

    @Test void the_http_charset_decodes_the_page_and_the_capture_date_reaches_the_article() throws IOException {
        Path f = write("ru.warc.gz", WarcFiles.bytes(List.of(WarcFiles.html("https://ru.example/a", RU, "windows-1251", MAY_1)), true));
        Page p = read(f).get(0).page();
        assertEquals("windows-1251", p.charset());
        Article a = Pipeline.articlesOnly(HeraldConfig.defaults()).analyze(p).article();
        assertTrue(a.body().contains("Министр иностранных дел России"), a.body());
        assertEquals("2024-05-01", a.captured());
        assertNull(a.published());
        assertEquals("2024-05-01", a.referenceDate());
    }

    @Test void a_file_cut_inside_a_record_gives_an_error_for_that_record_after_the_good_ones() throws IOException {
        for (boolean gzip : new boolean[] {false, true}) {
            List<Entry> entries = archive();
            WarcFiles.Written w = WarcFiles.write(entries, gzip);
            byte[] all = w.bytes();
            int lastResponse = w.offsets().get(entries.size() - 1);
            Path f = write("cut" + gzip + ".warc" + (gzip ? ".gz" : ""), Arrays.copyOf(all, lastResponse + (all.length - lastResponse) / 2));
            List<InputDocument> docs = read(f);
            assertEquals(3, docs.size(), docs.toString());
            assertTrue(docs.get(0).ok() && docs.get(1).ok(), docs.toString());
            InputDocument cut = docs.get(2);
            assertFalse(cut.ok());
            assertTrue(cut.error().contains("truncated or corrupt WARC record "), cut.error());
            // Its id: the record's own when its header could be read, else the file and the byte where it starts.
            assertTrue(cut.id().equals(uuid(3).toString()) || cut.id().startsWith("cut" + gzip + "@"), cut.id());
        }
    }

    @Test void a_corrupt_record_in_the_middle_costs_that_record_and_reading_goes_on() throws IOException {
        for (boolean gzip : new boolean[] {false, true}) {
            List<Entry> entries = archive();
            WarcFiles.Written w = WarcFiles.write(entries, gzip);
            byte[] all = w.bytes();
            List<Integer> at = w.offsets();
            int story2 = at.get(4); // warcinfo, request 1, response 1, request 2, response 2
            // Garble the record's first line and headers (uncompressed) or its compressed bytes after the gzip header.
            for (int i = story2 + (gzip ? 12 : 0); i < story2 + 60; i++) all[i] = (byte) 'Z';
            List<InputDocument> docs = read(write("bad" + gzip + ".warc" + (gzip ? ".gz" : ""), all));
            List<String> ids = docs.stream().map(InputDocument::id).toList();
            assertEquals(uuid(1).toString(), ids.get(0), ids.toString());
            assertEquals(uuid(3).toString(), ids.get(ids.size() - 1), "the record after the bad one is read: " + ids);
            List<InputDocument> failed = docs.stream().filter(d -> !d.ok()).toList();
            assertEquals(1, failed.size(), "one error entry for the bad record: " + docs);
            String where = gzip ? "at byte " + story2 : "after the record at byte " + at.get(3);
            assertTrue(failed.get(0).error().contains(where), failed.get(0).error());
            assertFalse(ids.contains(uuid(2).toString()));
        }
    }

    @Test void a_whole_file_gzip_stream_is_read_too() throws IOException {
        List<InputDocument> docs = read(write("whole.warc.gz", WarcFiles.wholeFileGzip(archive())));
        assertEquals(List.of(uuid(1).toString(), uuid(2).toString(), uuid(3).toString()), docs.stream().map(InputDocument::id).toList());
    }

    @Test void garbage_and_empty_files_give_an_error_or_nothing_and_never_throw() throws IOException {
        List<InputDocument> garbage = read(write("junk.warc", "this is not a WARC file at all\n".repeat(50).getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, garbage.size(), garbage.toString());
        assertTrue(garbage.get(0).error().contains("at byte 0"), garbage.get(0).error());
        assertEquals(List.of(), read(write("empty.warc", new byte[0])));
        assertFalse(read(dir.resolve("missing.warc")).get(0).ok());
    }

    @Test void a_payload_over_the_limit_is_cut_one_byte_over_so_the_extractor_refuses_it() throws IOException {
        byte[] big = ("<html><body>" + "<p>word word word</p>".repeat(10_000) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        Path f = write("big.warc.gz", WarcFiles.bytes(List.of(WarcFiles.html("https://x.example/", big, null, MAY_1, uuid(9)),
                WarcFiles.html("https://x.example/2", page(2).getBytes(StandardCharsets.UTF_8), null, MAY_1, uuid(10))), true));
        List<InputDocument> docs = new ArrayList<>();
        new WarcSource(List.of(f), 1000).read(docs::add);
        assertEquals(1001, docs.get(0).page().content().length);
        assertTrue(docs.get(1).ok(), "the next record is read after a cut one");
    }

    @Test void record_ids_that_are_not_uuids_get_a_digest() {
        var r = WarcFiles.html("https://a.example/", "<p>x</p>", null, MAY_1).record();
        assertEquals(UUID.nameUUIDFromBytes("https://a.example/".getBytes(StandardCharsets.UTF_8)).toString(), WarcSource.idOf(r, "https://a.example/"));
    }

    @Test void file_source_reads_warc_files_given_or_found_in_folders_with_unique_ids() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("crawl"));
        Files.write(sub.resolve("a.warc.gz"), WarcFiles.bytes(archive(), true));
        Files.writeString(sub.resolve("b.html"), page(9));
        List<InputDocument> docs = new ArrayList<>();
        FileSource source = new FileSource(List.of(sub.toString(), sub.resolve("a.warc.gz").toString()), new ByteArrayInputStream(new byte[0]),
                InputFormat.AUTO, 1_000_000);
        source.read(docs::add);
        assertEquals(List.of(uuid(1).toString(), uuid(2).toString(), uuid(3).toString(), "b",
                uuid(1) + "-2", uuid(2) + "-2", uuid(3) + "-2"), docs.stream().map(InputDocument::id).toList());
        assertEquals(2L * 3, source.skipped().get("request"), "skipped records add up over files");
        assertEquals(2L, source.skipped().get("warcinfo"));
    }

    @Test void a_latin1_page_with_no_charset_anywhere_is_guessed() throws IOException {
        String fr = "<html><body><article><p>Le ministre des Affaires étrangères a déclaré mardi que les négociations étaient dans "
                + "l'impasse, selon un communiqué publié à Paris.</p></article></body></html>";
        Path f = write("fr.warc", WarcFiles.bytes(List.of(WarcFiles.html("https://fr.example/", fr.getBytes(Charset.forName("ISO-8859-1")),
                null, MAY_1, uuid(5))), false));
        Page p = read(f).get(0).page();
        assertNull(p.charset());
        assertTrue(Pipeline.articlesOnly(HeraldConfig.defaults()).analyze(p).article().body().contains("étrangères a déclaré"));
    }
}
