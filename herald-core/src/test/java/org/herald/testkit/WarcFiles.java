package org.herald.testkit;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.Warcinfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds small WARC files for tests with jwarc's own writer: HTML responses and the records an archive holds besides
 * (warcinfo, requests, metadata, revisits, images, error pages). {@link #main} turns a folder of pages into a WARC
 * for measurements: {@code java -cp ... org.herald.testkit.WarcFiles OUT.warc.gz DIR}.
 */
public final class WarcFiles {
    private WarcFiles() { }

    /** One record to write; {@link #write} turns a list of them into a file's bytes. A record can be written once. */
    public record Entry(WarcRecord record) { }

    /** A written WARC file and where each of its records starts. */
    public record Written(byte[] bytes, List<Integer> offsets) { }

    public static Entry html(String url, String html, String charset, Instant date) {
        return html(url, html.getBytes(charset == null ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(charset)),
                charset, date, UUID.nameUUIDFromBytes(url.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    public static Entry html(String url, byte[] html, String charset, Instant date, UUID id) {
        return response(url, 200, charset == null ? "text/html" : "text/html; charset=" + charset, html, date, id);
    }

    public static Entry response(String url, int status, String contentType, byte[] body, Instant date, UUID id) {
        try {
            HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Status")
                    .body(MediaType.parse(contentType), body).build();
            return new Entry(new WarcResponse.Builder(URI.create(url)).recordId(id).date(date).body(http).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Entry request(String url, Instant date) {
        try {
            return new Entry(new WarcRequest.Builder(URI.create(url)).date(date)
                    .body(new HttpRequest.Builder("GET", URI.create(url).getRawPath()).addHeader("User-Agent", "test").build()).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Entry warcinfo() {
        return new Entry(new Warcinfo.Builder().fields(Map.of("software", List.of("herald-test"))).build());
    }

    public static Entry metadata(String url) {
        return new Entry(new WarcMetadata.Builder().targetURI(url).fields(Map.of("via", List.of("test"))).build());
    }

    public static Entry revisit(String url, Instant date) {
        return new Entry(new WarcRevisit.Builder(URI.create(url)).date(date).build());
    }

    /** The records as a WARC file: uncompressed, or one gzip member per record. */
    public static byte[] bytes(List<Entry> entries, boolean gzip) { return write(entries, gzip).bytes(); }

    /** The records as a WARC file, with the offset of each record. */
    public static Written write(List<Entry> entries, boolean gzip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        try (var w = new org.netpreserve.jwarc.WarcWriter(Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (Entry e : entries) {
                offsets.add(out.size());
                w.write(e.record());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(out.toByteArray(), List.copyOf(offsets));
    }

    /** The records as one gzip stream around the whole file (as {@code gzip file.warc} makes). */
    public static byte[] wholeFileGzip(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes(entries, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A WARC (gzip members) of every page under {@code DIR} ({@code .html}, {@code .html.gz}), with a request before each. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        List<Entry> entries = new ArrayList<>();
        entries.add(warcinfo());
        Instant date = Instant.parse("2024-05-01T12:00:00Z");
        try (Stream<Path> walk = Files.walk(Path.of(args[1]))) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String n = p.getFileName().toString();
                if (!n.endsWith(".html") && !n.endsWith(".html.gz")) continue;
                byte[] page;
                try (InputStream in = n.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p)) {
                    page = in.readAllBytes();
                }
                String url = "https://news.example/" + n.substring(0, n.indexOf('.'));
                entries.add(request(url, date));
                entries.add(html(url, page, null, date, UUID.nameUUIDFromBytes(url.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            }
        }
        Files.write(out, bytes(entries, true));
        System.out.println(out + ": " + (entries.size() - 1) / 2 + " pages, " + Files.size(out) + " bytes");
    }
}
