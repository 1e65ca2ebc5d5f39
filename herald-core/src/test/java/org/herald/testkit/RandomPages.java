package org.herald.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** Random and mutated page bytes for property tests: markup soup, text in many scripts, and damage to good input. */
public final class RandomPages {
    private static final String[] TAGS = {"p", "div", "span", "a", "article", "section", "h1", "h2", "li", "ul", "table", "td", "tr",
            "script", "style", "header", "footer", "nav", "aside", "br", "img", "meta", "time", "figure", "blockquote", "pre", "title"};
    private static final String[] WORDS = {"the", "minister", "said", "on", "Monday", "that", "talks", "with", "Russia", "and", "Ukraine",
            "would", "resume", "“", "”", "\"", "'", "—", ".", ",", "!", "?", "...", "UN", "Security", "Council", "président", "Москва",
            "北京", "مرحبا", "\u202E", "\u200B", "\uD83D\uDE00", "e\u0301", "\uD800", "&amp;", "&nbsp;", "&#x1F600;", "&bogus;", "<", ">",
            "\t", "\n", "\n\n", "\r\n", "\u00A0", "10,000", "$5bn", "1.5%", "2024-05-01"};
    private static final String[] ATTRS = {"class=\"content\"", "class=\"nav menu\"", "id=\"main\"", "itemprop=\"articleBody\"",
            "href=\"http://x.example/a\"", "style=\"display:none\"", "class=\"byline author\"", "datetime=\"2024-05-01\"",
            "charset=\"windows-1251\"", "property=\"og:title\" content=\"A headline\"", "unclosed=\"", "x=<>"};

    private RandomPages() { }

    public static String words(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(4) == 0 ? "" : " ");
        return b.toString();
    }

    /** Markup of random depth and shape: unclosed and misnested tags, comments, scripts, JSON-LD, entities. */
    public static String html(Random r) {
        StringBuilder b = new StringBuilder();
        if (r.nextBoolean()) b.append("<!DOCTYPE html><html><head><title>").append(words(r, 6)).append("</title>");
        if (r.nextInt(4) == 0) b.append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"")
                .append(words(r, 5).replace("\"", "")).append("\",\"datePublished\":\"").append(r.nextBoolean() ? "2024-05-01" : words(r, 2))
                .append("\"").append(r.nextBoolean() ? "}" : "").append("</script>");
        element(r, b, 0);
        if (r.nextBoolean()) b.append("</body></html>");
        return b.toString();
    }

    private static void element(Random r, StringBuilder b, int depth) {
        int children = depth > 6 ? 0 : r.nextInt(5);
        String tag = TAGS[r.nextInt(TAGS.length)];
        b.append('<').append(tag);
        for (int i = r.nextInt(3); i > 0; i--) b.append(' ').append(ATTRS[r.nextInt(ATTRS.length)]);
        b.append('>');
        b.append(words(r, r.nextInt(30)));
        for (int i = 0; i < children; i++) {
            if (r.nextInt(8) == 0) b.append("<!-- ").append(words(r, 3)).append(r.nextBoolean() ? " -->" : "");
            element(r, b, depth + 1);
            b.append(words(r, r.nextInt(10)));
        }
        if (r.nextInt(5) != 0) b.append("</").append(r.nextInt(6) == 0 ? TAGS[r.nextInt(TAGS.length)] : tag).append('>');
    }

    /** Flattened-page text: lines of words, menus, bylines, blank lines. */
    public static String text(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(40); i > 0; i--) b.append(words(r, r.nextInt(25))).append(r.nextInt(3) == 0 ? "\n\n" : "\n");
        return b.toString();
    }

    /** {@code good} damaged one to four times: bytes flipped, random bytes or NULs inserted, a range cut, repeated or the tail dropped. */
    public static byte[] mutate(byte[] good, Random r) {
        byte[] b = good;
        for (int m = 1 + r.nextInt(4); m > 0; m--) {
            if (b.length == 0) return new byte[] {(byte) r.nextInt(256)};
            int at = r.nextInt(b.length);
            int len = 1 + r.nextInt(Math.max(1, Math.min(200, b.length - at)));
            b = switch (r.nextInt(6)) {
                case 0 -> { byte[] c = b.clone(); for (int i = at; i < at + len && i < c.length; i++) c[i] ^= (byte) (1 << r.nextInt(8)); yield c; }
                case 1 -> { byte[] ins = new byte[len]; r.nextBytes(ins); yield splice(b, at, 0, ins); }
                case 2 -> splice(b, at, Math.min(len, b.length - at), new byte[0]);
                case 3 -> splice(b, at, 0, Arrays.copyOfRange(b, at, Math.min(b.length, at + len)));
                case 4 -> Arrays.copyOf(b, at);
                default -> splice(b, at, 0, new byte[] {0});
            };
        }
        return b;
    }

    public static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }
}
