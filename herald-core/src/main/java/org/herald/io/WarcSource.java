package org.herald.io;

import org.herald.Page;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * WARC files ({@code .warc}, {@code .warc.gz}: one gzip member per record, or the whole file in one) as documents,
 * read with jwarc. Each {@code response} record whose HTTP payload is HTML (status 2xx, {@code text/html} or
 * {@code application/xhtml+xml}, or no type at all) becomes a page: its source is the record's target URI, its id the
 * UUID of its {@code WARC-Record-ID} (stable whichever file holds the record; {@link #idOf}), its capture date the
 * day of its {@code WARC-Date}, its transport charset the HTTP Content-Type's {@code charset}; Content-Encoding and
 * chunking are undone. Every other record is skipped and counted by reason ({@link #skipped}).
 *
 * <p>A record whose block ends early (a cut file, a broken gzip member) or whose headers do not parse becomes a
 * failed document naming the byte where it starts, and reading resumes at the next record start found after it (the
 * next gzip member, or the next {@code WARC/1.} line): one bad record never costs the rest of the file. Payloads are
 * read to {@code maxBytes} plus one byte, so a huge one is reported by the extractor, not held.
 */
public final class WarcSource implements PageSource {
    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

    private final List<Path> files;
    private final long maxBytes;
    private final Map<String, Long> skipped = new TreeMap<>();

    public WarcSource(List<Path> files, long maxBytes) {
        this.files = List.copyOf(files);
        this.maxBytes = maxBytes;
    }

    /** {@code .warc} and {@code .warc.gz} files (by name). */
    public static boolean isWarc(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    @Override public void read(Consumer<InputDocument> sink) {
        clearSkipped();
        for (Path f : files) read(f, UnaryOperator.identity(), sink);
    }

    /** Records skipped because they are not HTML responses, by reason ("request", "response image/jpeg" ...). */
    @Override public Map<String, Long> skipped() { return java.util.Collections.unmodifiableMap(new TreeMap<>(skipped)); }

    void clearSkipped() { skipped.clear(); }

    /** Reads one file, adding to {@link #skipped}; {@code uniqueId} makes ids unique across everything the caller reads. */
    void read(Path file, UnaryOperator<String> uniqueId, Consumer<InputDocument> sink) {
        String name = FileSource.baseName(file);
        boolean gzip;
        try (FileChannel ch = FileChannel.open(file)) {
            ByteBuffer head = ByteBuffer.allocate(2);
            ch.read(head);
            gzip = head.position() == 2 && head.get(0) == GZIP_MAGIC[0] && head.get(1) == GZIP_MAGIC[1];
        } catch (IOException e) {
            sink.accept(InputDocument.failed(uniqueId.apply(name), file.toString(), "cannot read: " + e.getMessage()));
            return;
        }
        long start = 0;
        boolean failing = false; // a failure was reported and no record read since: the next failure is the same one
        while (start >= 0) {
            long last = -1; // where the last record this reader returned starts
            try (FileChannel ch = FileChannel.open(file).position(start); WarcReader reader = new WarcReader(ch)) {
                while (true) {
                    Optional<WarcRecord> next = reader.next();
                    if (next.isEmpty()) return;
                    last = reader.position();
                    failing = !record(next.get(), file, last, uniqueId, sink);
                }
            } catch (IOException | RuntimeException e) {
                // The record after the last good one (or the one reading resumed at) is bad: report it once and go on
                // at the next place a record may start. Each resumption starts further on, so this ends.
                long from = last >= 0 ? last + 1 : start + 1;
                long at = nextStart(file, from, gzip);
                if (!failing) {
                    // A gzip member's start is exact; in an uncompressed file the bad record follows the last good one.
                    String where = gzip && at >= 0 ? "at byte " + at : last >= 0 ? "after the record at byte " + last : "at byte " + start;
                    String key = gzip && at >= 0 ? "@" + at : last >= 0 ? "@" + last + "+" : "@" + start;
                    sink.accept(InputDocument.failed(uniqueId.apply(name + key), file + key,
                            "truncated or corrupt WARC record " + where + ": " + firstLine(e)));
                }
                failing = true;
                start = at;
            }
        }
    }

    /** Handles one record; false when it was reported as failed (so the failure that follows it is the same one). */
    private boolean record(WarcRecord r, Path file, long position, UnaryOperator<String> uniqueId, Consumer<InputDocument> sink) {
        if (!(r instanceof WarcResponse response)) {
            count(r.type());
            return true;
        }
        String target = null, id = null;
        try {
            target = response.target();
            id = uniqueId.apply(idOf(r, target));
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                count("response " + response.contentType().base());
                consume(r);
                return true;
            }
            HttpResponse http = response.http();
            MediaType type = http.headers().first("Content-Type").isPresent() ? http.contentType() : null;
            String base = type == null ? null : type.base().toString().toLowerCase(Locale.ROOT);
            if (http.status() < 200 || http.status() > 299) count("response HTTP " + http.status());
            else if (base != null && !base.equals("text/html") && !base.equals("application/xhtml+xml")) count("response " + base);
            else {
                byte[] payload = FileSource.readBounded(http.bodyDecoded().stream(), maxBytes);
                consume(r);
                String charset = type == null ? null : type.parameters().get("charset");
                sink.accept(InputDocument.of(new Page(id, target, base == null ? Page.Format.AUTO : Page.Format.HTML, payload,
                        null, captured(r), charset)));
                return true;
            }
            consume(r);
            return true;
        } catch (IOException | RuntimeException e) {
            String where = target != null ? target : file + "@" + position;
            sink.accept(InputDocument.failed(id != null ? id : uniqueId.apply(FileSource.baseName(file) + "@" + position), where,
                    "truncated or corrupt WARC record at byte " + position + ": " + firstLine(e)));
            return false;
        }
    }

    /**
     * A record's id: the UUID of its {@code WARC-Record-ID} ({@code urn:uuid:...}), unique across archives and the
     * same on every read; for another form of id, {@code warc-} and 16 hex digits of the SHA-256 of that id, or of
     * the target URI and date when the record has no usable id.
     */
    static String idOf(WarcRecord r, String target) {
        String raw = r.headers().first("WARC-Record-ID").orElse("").trim();
        if (raw.startsWith("<") && raw.endsWith(">")) raw = raw.substring(1, raw.length() - 1);
        if (raw.regionMatches(true, 0, "urn:uuid:", 0, 9) && raw.length() > 9) return raw.substring(9).toLowerCase(Locale.ROOT);
        String key = raw.isEmpty() ? target + " " + r.headers().first("WARC-Date").orElse("") : raw;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "warc-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String captured(WarcRecord r) {
        try {
            return r.date().atZone(ZoneOffset.UTC).toLocalDate().toString();
        } catch (RuntimeException e) {
            return null; // no or bad WARC-Date: the page is still a page
        }
    }

    private void count(String reason) { skipped.merge(reason, 1L, Long::sum); }

    /** Reads the rest of the record's block, so a block cut short fails here, as this record's error. */
    private static void consume(WarcRecord r) throws IOException { r.body().consume(); }

    /** The first byte at or after {@code from} where a record may start (a gzip member or a WARC/1. line), or -1. */
    static long nextStart(Path file, long from, boolean gzip) {
        byte[] magic = gzip ? GZIP_MAGIC : WARC_MAGIC;
        try (FileChannel ch = FileChannel.open(file)) {
            ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
            long pos = Math.max(0, from);
            while (pos < ch.size()) {
                buf.clear();
                int n = ch.read(buf, pos);
                if (n <= 0) return -1;
                for (int i = 0; i + magic.length <= n; i++) {
                    int k = 0;
                    while (k < magic.length && buf.get(i + k) == magic[k]) k++;
                    if (k == magic.length && (gzip || i + pos == 0 || buf.get(i - 1 < 0 ? 0 : i - 1) == '\n')) return pos + i;
                }
                if (n < magic.length) return -1;
                pos += n - magic.length + 1;
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }
}
