package org.herald.io;

import org.herald.testkit.Property;
import org.herald.testkit.Property.Case;
import org.herald.testkit.RandomPages;
import org.herald.testkit.WarcFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever the files hold, a page source ends, never throws, gives every document a unique id, and bounds every page
 * to the byte limit plus one. Bounded: at most 200 tries and 30 s per property, 5 s per try. (Feeds come with the
 * feed watcher; there is no feed parser to test yet.)
 */
class PageSourcePropertiesTest {
    private static final long MAX_BYTES = 20_000;
    private static final Duration EACH = Duration.ofSeconds(5), TOTAL = Duration.ofSeconds(30);
    @TempDir Path dir;
    private int file;

    private static List<WarcFiles.Entry> randomArchive(Random r) {
        List<WarcFiles.Entry> e = new ArrayList<>();
        if (r.nextBoolean()) e.add(WarcFiles.warcinfo());
        Instant date = Instant.ofEpochSecond(1_500_000_000L + r.nextInt(200_000_000));
        for (int i = r.nextInt(6); i >= 0; i--) {
            String url = "https://n" + r.nextInt(100) + ".example/" + i;
            switch (r.nextInt(6)) {
                case 0 -> e.add(WarcFiles.request(url, date));
                case 1 -> e.add(WarcFiles.metadata(url));
                case 2 -> e.add(WarcFiles.response(url, 200 + 100 * r.nextInt(4), r.nextBoolean() ? "image/png" : "text/html",
                        RandomPages.utf8(RandomPages.words(r, 20)), date, new UUID(r.nextLong(), r.nextLong())));
                default -> e.add(WarcFiles.html(url, RandomPages.utf8(RandomPages.html(r)), r.nextBoolean() ? "utf-8" : null, date,
                        new UUID(r.nextLong(), r.nextLong())));
            }
        }
        return e;
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve((file++) + "-" + name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<InputDocument> holds(PageSource source) {
        List<InputDocument> docs = new ArrayList<>();
        source.read(docs::add);
        Set<String> ids = new HashSet<>();
        for (InputDocument d : docs) {
            assertTrue(ids.add(d.id()), "unique ids: " + d.id());
            assertNotNull(d.source());
            if (d.ok()) assertTrue(d.page().content().length <= MAX_BYTES + 1, "bounded page");
            else assertFalse(d.error().isBlank());
        }
        source.skipped().values().forEach(n -> assertTrue(n > 0));
        return docs;
    }

    @Test void mutated_warc_files_never_throw_or_loop() {
        int n = Property.forAll("mutated warc", 200, EACH, TOTAL, r -> {
            boolean gzip = r.nextBoolean();
            byte[] good = r.nextInt(5) == 0 ? WarcFiles.wholeFileGzip(randomArchive(r)) : WarcFiles.bytes(randomArchive(r), gzip);
            byte[] bad = r.nextInt(5) == 0 ? good : RandomPages.mutate(good, r);
            return new Case<>(write(gzip ? "m.warc.gz" : "m.warc", bad), bad.length + " bytes, gzip " + gzip);
        }, f -> holds(new WarcSource(List.of(f), MAX_BYTES)));
        assertTrue(n >= 20, "tries run: " + n);
    }

    @Test void an_undamaged_random_archive_yields_one_document_per_html_response() {
        Property.forAll("random warc", 100, EACH, TOTAL, r -> {
            List<WarcFiles.Entry> entries = randomArchive(r);
            long html = entries.stream().filter(e -> e.record().headers().first("WARC-Type").orElse("").equals("response")).count();
            return new Case<>(new Object[] {write("g.warc.gz", WarcFiles.bytes(entries, true)), html}, entries.size() + " records");
        }, c -> {
            List<InputDocument> docs = holds(new WarcSource(List.of((Path) c[0]), MAX_BYTES));
            assertTrue(docs.stream().allMatch(InputDocument::ok), docs.toString());
            assertTrue(docs.size() <= (long) c[1]);
        });
    }

    @Test void random_folders_of_any_files_never_throw_or_loop() {
        String[] names = {"a.html", "b.txt", "c.jsonl", "d.warc", "e.warc.gz", "f.html.gz", "g.jsonl.gz", ".hidden.html", "h.md"};
        Property.forAll("random folder", 100, EACH, TOTAL, r -> {
            Path folder = dir.resolve("folder-" + (file++));
            try {
                Files.createDirectories(folder);
                for (int i = r.nextInt(6); i >= 0; i--) {
                    String name = i + names[r.nextInt(names.length)];
                    byte[] content = switch (r.nextInt(4)) {
                        case 0 -> WarcFiles.bytes(randomArchive(r), name.endsWith(".gz"));
                        case 1 -> RandomPages.utf8("{\"id\":\"x\",\"html\":\"<p>a</p>\"}\n" + RandomPages.words(r, 10) + "\n{\"text\":1}\n");
                        case 2 -> RandomPages.mutate(RandomPages.utf8(RandomPages.html(r)), r);
                        default -> RandomPages.mutate(WarcFiles.bytes(randomArchive(r), true), r);
                    };
                    Files.write(folder.resolve(name), content);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Case<>(folder, folder.toString());
        }, folder -> holds(new FileSource(List.of(folder.toString(), folder.resolve("missing.warc").toString()),
                new ByteArrayInputStream(new byte[0]), InputFormat.AUTO, MAX_BYTES)));
    }
}
