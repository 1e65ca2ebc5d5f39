package org.herald;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One input document as a driver found it: raw bytes plus what the driver knows about them.
 * Decoding and every judgement about the content happen in the pipeline, so that bad bytes
 * become an error entry for this document rather than a crash of the driver.
 *
 * @param id        the document id (file name without extensions, or the JSONL {@code id})
 * @param source    the input's path or URL
 * @param format    what the driver was told or guessed the content is
 * @param content   the bytes as read
 * @param published a publication date the driver was given ("YYYY-MM-DD"), or null
 * @param captured  the day the page was fetched ("YYYY-MM-DD", UTC), as an archive records it (WARC-Date), or null;
 *                  never a publication date, but the reference day for dating events when the page gives none
 * @param charset   the charset the transport declared (the HTTP Content-Type of an archived response), or null;
 *                  it wins over what the markup declares, as in browsers, and a byte-order mark wins over it
 */
public record Page(String id, String source, Format format, byte[] content, String published, String captured, String charset) {

    /** What the bytes hold. {@code AUTO} lets the extractor decide (markup sniffing). */
    public enum Format { AUTO, HTML, TEXT;
        @Override public String toString() { return name().toLowerCase(); }
    }

    public Page {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        source = source == null ? id : source;
    }

    /** A page as a driver without an archive finds it: no capture date, no transport charset. */
    public Page(String id, String source, Format format, byte[] content, String published) {
        this(id, source, format, content, published, null, null);
    }

    public static Page ofText(String id, String text) {
        return new Page(id, id, Format.TEXT, text.getBytes(StandardCharsets.UTF_8), null);
    }

    public static Page ofHtml(String id, String html) {
        return new Page(id, id, Format.HTML, html.getBytes(StandardCharsets.UTF_8), null);
    }

    @Override public boolean equals(Object o) {
        return o instanceof Page p && id.equals(p.id) && source.equals(p.source) && format == p.format
                && Arrays.equals(content, p.content) && Objects.equals(published, p.published)
                && Objects.equals(captured, p.captured) && Objects.equals(charset, p.charset);
    }

    @Override public int hashCode() { return Objects.hash(id, source, format, Arrays.hashCode(content), published, captured, charset); }

    @Override public String toString() { return "Page[" + id + ", " + format + ", " + content.length + " bytes]"; }
}
