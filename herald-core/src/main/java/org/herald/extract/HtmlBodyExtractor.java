package org.herald.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the article body in a parsed page. Cascade:
 * <ol>
 *   <li>drop elements that never hold article text (scripts, forms controls, navigation, hidden elements);</li>
 *   <li>cut the page into {@link Block}s and mark chrome subtrees (class/id vocabulary of {@code boilerplate.tsv},
 *       page headers and footers) unless they hold most of the page's prose;</li>
 *   <li>pick the element whose prose outweighs its link lists and scraps the most ({@link ContentScore});</li>
 *   <li>keep its blocks minus link lists, user-interface lines, captions and the repeated headline ({@link BlockFilter}).</li>
 * </ol>
 */
final class HtmlBodyExtractor {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "math", "canvas",
            "iframe", "object", "embed", "button", "select", "input", "textarea", "nav", "figcaption", "picture", "video",
            "audio", "source", "img", "link", "meta", "dialog");
    private static final Set<String> PAGE_CHROME_TAGS = Set.of("header", "footer", "aside");
    /** A chrome-looking subtree holding more than this share of the page's prose is the article after all. */
    private static final double CHROME_MAX_PROSE_SHARE = 0.4;

    private final Boilerplate vocab;
    private final BlockFilter filter;

    HtmlBodyExtractor(Boilerplate vocab) {
        this.vocab = vocab;
        this.filter = new BlockFilter(vocab);
    }

    /** The article paragraphs, how they were found, and the page's whole text for when no paragraph qualifies. */
    record Result(List<String> paragraphs, String method, String fallback) {
        Result { paragraphs = List.copyOf(paragraphs); }
        String body() { return String.join("\n\n", paragraphs); }
    }

    Result extract(Document doc, String title) {
        Element body = doc.body();
        pruneNeverText(body);
        List<Block> blocks = BlockSegmenter.segment(body);
        if (blocks.isEmpty()) return new Result(List.of(), "html-empty", "");
        List<Element> all = body.getAllElements();
        Map<Element, Integer> index = new IdentityHashMap<>(all.size() * 2);
        for (int i = 0; i < all.size(); i++) index.put(all.get(i), i);
        int[] parent = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            Element p = all.get(i).parent();
            Integer pi = p == null ? null : index.get(p);
            parent[i] = pi == null ? -1 : pi;
        }
        int[] owner = new int[blocks.size()];
        for (int b = 0; b < blocks.size(); b++) owner[b] = index.getOrDefault(blocks.get(b).container(), 0);

        boolean[] excluded = markChrome(all, parent, blocks, owner);
        ContentScore.Choice choice = ContentScore.choose(all, parent, blocks, owner, excluded);
        List<Block> kept = new ArrayList<>();
        for (int b = choice.firstBlock(); b <= choice.lastBlock(); b++) if (!excluded[owner[b]]) kept.add(blocks.get(b));
        List<String> paragraphs = filter.keep(kept, title);
        List<String> everything = new ArrayList<>();
        if (paragraphs.isEmpty()) for (Block b : blocks) if (!vocab.isUiLine(b.text())) everything.add(b.text());
        return new Result(paragraphs, "html-" + choice.element().normalName(), String.join("\n\n", everything));
    }

    static void pruneNeverText(Element body) {
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (NEVER_TEXT.contains(e.normalName()) || isHidden(e)) drop.add(e);
        }
        for (Element e : drop) e.remove();
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        if ("true".equalsIgnoreCase(e.attr("aria-hidden"))) return true;
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** Chrome subtrees, inherited downwards; a subtree with most of the page's prose is never chrome. */
    private boolean[] markChrome(List<Element> all, int[] parent, List<Block> blocks, int[] owner) {
        double[] prose = new double[all.size()];
        for (int b = 0; b < blocks.size(); b++) prose[owner[b]] += ContentScore.prose(blocks.get(b));
        for (int i = all.size() - 1; i > 0; i--) if (parent[i] >= 0) prose[parent[i]] += prose[i];
        double total = Math.max(1, prose[0]);
        boolean[] excluded = new boolean[all.size()];
        for (int i = 1; i < all.size(); i++) {
            if (parent[i] >= 0 && excluded[parent[i]]) { excluded[i] = true; continue; }
            Element e = all.get(i);
            String tag = e.normalName();
            if (tag.equals("article") || tag.equals("main")) continue;
            if (vocab.isDiscussion(e.className() + " " + e.id())) { excluded[i] = true; continue; }
            if (prose[i] > CHROME_MAX_PROSE_SHARE * total) continue;
            excluded[i] = PAGE_CHROME_TAGS.contains(tag) || vocab.isChrome(e.className() + " " + e.id());
        }
        return excluded;
    }
}
