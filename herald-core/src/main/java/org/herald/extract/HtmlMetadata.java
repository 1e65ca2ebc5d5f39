package org.herald.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Title, authors, publication date and declared language of an HTML page, read before the body is pruned.
 * Each field takes the first source that has it, in the order the javadoc of each method gives: structured data
 * (JSON-LD, meta tags) first, because publishers fill it in for search engines; visible markup after.
 */
final class HtmlMetadata {
    private static final Pattern LANG = Pattern.compile("^[a-zA-Z]{2,3}(?:[-_].*)?$");
    /** A byline longer than this is a paragraph that happens to carry an author class. */
    private static final int MAX_BYLINE_CHARS = 100;

    private final Boilerplate vocab;

    HtmlMetadata(Boilerplate vocab) { this.vocab = vocab; }

    record Fields(String title, List<String> authors, String published, String declaredLanguage, JsonLd jsonLd) {
        Fields { authors = List.copyOf(authors); }
    }

    Fields read(Document doc) {
        JsonLd ld = JsonLd.read(doc);
        Map<String, String> meta = metaValues(doc);
        return new Fields(title(doc, ld, meta), authors(doc, ld, meta), published(doc, ld, meta), language(doc, ld, meta), ld);
    }

    /** Meta tags by lower-cased name or property (first value wins). */
    static Map<String, String> metaValues(Document doc) {
        Map<String, String> out = new HashMap<>();
        Map<String, String> joined = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) continue;
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                for (String key : m.attr(attr).toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (key.isEmpty()) continue;
                    String k = key.replace('.', ':');
                    out.putIfAbsent(k, content);
                    // Pages list co-authors as repeated creator tags: keep them all.
                    joined.merge(k + "+all", content, (a, b) -> a.contains(b) ? a : a + "; " + b);
                }
            }
        }
        for (Map.Entry<String, String> e : joined.entrySet()) out.put(e.getKey(), e.getValue());
        return out;
    }

    /** JSON-LD headline, then dc:title, og:title, twitter:title ..., then the document title without its site part. */
    private static String title(Document doc, JsonLd ld, Map<String, String> meta) {
        String docTitle = TitleCleaner.clean(doc);
        if (ld.headline() != null && ld.name() != null && !ld.headline().equals(ld.name())) {
            return similar(ld.name(), docTitle) && !similar(ld.headline(), docTitle) ? ld.name() : ld.headline();
        }
        if (ld.headline() != null) return normalise(ld.headline());
        if (ld.name() != null) return normalise(ld.name());
        for (String k : List.of("dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title",
                "twitter:title", "parsely-title")) {
            String v = meta.get(k);
            if (v != null) return normalise(v);
        }
        return docTitle;
    }

    private static boolean similar(String a, String b) {
        if (a == null || b == null) return false;
        List<String> ta = List.of(a.toLowerCase(Locale.ROOT).split("\\W+")), tb = List.of(b.toLowerCase(Locale.ROOT).split("\\W+"));
        long missing = tb.stream().filter(t -> !ta.contains(t)).count();
        return tb.isEmpty() || missing / (double) tb.size() < 0.25;
    }

    private List<String> authors(Document doc, JsonLd ld, Map<String, String> meta) {
        if (!ld.authors().isEmpty()) {
            List<String> names = AuthorNames.split(String.join(", ", ld.authors()), vocab.byWords(), vocab.roleWords());
            if (!names.isEmpty()) return names;
        }
        for (String k : List.of("dc:creator", "dcterm:creator", "author", "parsely-author", "article:author", "og:article:author", "sailthru:author", "byl")) {
            String v = meta.get(k + "+all");
            if (v == null || v.startsWith("http") || v.contains("/")) continue;
            List<String> names = AuthorNames.split(v, vocab.byWords(), vocab.roleWords());
            if (!names.isEmpty()) return names;
        }
        // Bylines outside teaser and menu areas first; then any.
        for (boolean strict : new boolean[] {true, false}) {
            for (Element e : doc.body().getAllElements()) {
                String marker = e.attr("rel") + " " + e.attr("itemprop") + " " + e.className() + " " + e.id();
                if (marker.isBlank() || !vocab.isByline(marker) || (strict && inChrome(e))) continue;
                Element named = e.selectFirst("[itemprop=name]");
                String text = (named != null ? named : e).text().strip();
                if (text.isEmpty() || text.length() > MAX_BYLINE_CHARS) continue;
                List<String> names = AuthorNames.split(text, vocab.byWords(), vocab.roleWords());
                if (!names.isEmpty()) return names;
            }
        }
        return List.of();
    }

    /** Levels searched above a byline candidate for page chrome (menus and teasers carry author names too). */
    private static final int CHROME_LEVELS = 12;

    private boolean inChrome(Element e) {
        Element a = e.parent();
        for (int i = 0; i < CHROME_LEVELS && a != null; i++, a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("nav") || tag.equals("footer")) return true;
            if (vocab.isElsewhere(a.className() + " " + a.id())) return true;
        }
        return false;
    }

    /** JSON-LD datePublished, article:published_time and kin, itemprop datePublished, {@code <time>}, the URL. */
    private static String published(Document doc, JsonLd ld, Map<String, String> meta) {
        String d = Dates.fromMachine(ld.datePublished());
        if (d != null) return d;
        for (String k : List.of("article:published_time", "parsely-pub-date", "datepublished", "og:published_time", "published_time",
                "article:published", "dc:date", "dcterms:date", "dc:date:issued", "dcterms:created", "date", "pubdate", "publishdate",
                "sailthru:date", "article:modified_time")) {
            d = Dates.fromMachine(meta.get(k));
            if (d != null) return d;
        }
        for (Element e : doc.select("[itemprop=datePublished]")) {
            d = Dates.fromMachine(e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text());
            if (d != null) return d;
        }
        for (Element e : doc.select("time[datetime]")) {
            d = Dates.fromMachine(e.attr("datetime"));
            if (d != null) return d;
        }
        for (String url : new String[] {attr(doc, "link[rel=canonical]", "href"), meta.get("og:url")}) {
            d = Dates.fromUrl(url);
            if (d != null) return d;
        }
        return null;
    }

    /** html lang, then content-language and language metas, og:locale, JSON-LD inLanguage: the primary subtag, lower case. */
    private static String language(Document doc, JsonLd ld, Map<String, String> meta) {
        Element html = doc.selectFirst("html");
        for (String v : new String[] {html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
                meta.get("content-language"), meta.get("language"), meta.get("dc:language"), meta.get("og:locale"), ld.inLanguage()}) {
            if (v == null) continue;
            v = v.strip();
            if (LANG.matcher(v).matches()) return v.split("[-_]")[0].toLowerCase(Locale.ROOT);
        }
        return null;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.attr("abs:" + attr).isEmpty() ? e.attr(attr) : e.attr("abs:" + attr);
    }

    static String normalise(String s) {
        return s == null ? null : s.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
    }
}
