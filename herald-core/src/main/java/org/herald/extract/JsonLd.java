package org.herald.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The schema.org article object of a page's JSON-LD ({@code NewsArticle}, {@code BlogPosting} ...): headline, authors,
 * publication date, body and language. Broken JSON is skipped: many pages ship it.
 */
record JsonLd(String headline, String name, List<String> authors, String datePublished, String articleBody, String inLanguage) {
    static final JsonLd NONE = new JsonLd(null, null, List.of(), null, null, null);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Some pages (and HTML Tidy) wrap script data in CDATA markers, with or without comment slashes. */
    private static final java.util.regex.Pattern CDATA = java.util.regex.Pattern.compile("(?://\\s*)?<!\\[CDATA\\[|(?://\\s*)?]]>");
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
            "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting", "techarticle",
            "scholarlyarticle", "report", "satiricalarticle", "socialmediaposting", "advertisercontentarticle", "askpublicnewsarticle");

    JsonLd { authors = List.copyOf(authors); }

    static JsonLd read(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String data = CDATA.matcher(script.data()).replaceAll("").strip();
            if (data.isEmpty()) continue;
            try {
                JsonNode found = findArticle(JSON.readTree(data), 0);
                if (found != null) return of(found);
            } catch (Exception e) {
                // Broken JSON-LD is common; the page's other signals still apply.
            }
        }
        return NONE;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 6) return null;
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n, depth + 1);
                if (f != null) return f;
            }
            return null;
        }
        if (!node.isObject()) return null;
        if (isArticle(node.get("@type"))) return node;
        JsonNode f = findArticle(node.get("@graph"), depth + 1);
        if (f != null) return f;
        return findArticle(node.get("mainEntity"), depth + 1);
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) return false;
        if (type.isArray()) {
            for (JsonNode t : type) if (isArticle(t)) return true;
            return false;
        }
        return type.isTextual() && ARTICLE_TYPES.contains(type.asText().toLowerCase(java.util.Locale.ROOT));
    }

    private static JsonLd of(JsonNode a) {
        List<String> authors = new ArrayList<>();
        addNames(a.get("author"), authors, 0);
        return new JsonLd(text(a.get("headline")), text(a.get("name")), authors, text(a.get("datePublished")),
                text(a.get("articleBody")), language(a.get("inLanguage")));
    }

    private static void addNames(JsonNode n, List<String> out, int depth) {
        if (n == null || depth > 3) return;
        if (n.isArray()) for (JsonNode x : n) addNames(x, out, depth + 1);
        else if (n.isTextual()) { if (!n.asText().isBlank()) out.add(n.asText().strip()); }
        else if (n.isObject()) addNames(n.get("name"), out, depth + 1);
    }

    private static String language(JsonNode n) {
        if (n == null) return null;
        if (n.isObject()) n = n.has("alternateName") ? n.get("alternateName") : n.get("name");
        return text(n);
    }

    private static String text(JsonNode n) {
        if (n == null) return null;
        if (n.isArray() && n.size() > 0) n = n.get(0);
        if (!n.isTextual()) return null;
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
