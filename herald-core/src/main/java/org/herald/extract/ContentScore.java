package org.herald.extract;

import org.jsoup.nodes.Element;

import java.util.List;

/**
 * Chooses the element that holds the article. Prose blocks (long or sentence-like, not link lists) score their own
 * characters for their container's parent and less for ancestors further up; an element's score is scaled down by its
 * link density. The best element is widened to the ancestor holding all paragraphs of the same tag, class and depth
 * (pages cut a story into column chunks), and joined by siblings that score well too.
 */
final class ContentScore {
    /** Blocks with more link text than this share are link lists, unless they also carry a sentence of their own. */
    static final double LINK_LIST_DENSITY = 0.5;
    /** Above this share of link text a block is a link list whatever its length. */
    static final double LINK_ONLY_DENSITY = 0.8;
    /** Characters outside links that make a linky block prose (a news round-up item links most of its words). */
    static final int OWN_TEXT_CHARS = 60;
    /** A block this long (characters) is prose even without end punctuation. */
    static final int PROSE_CHARS = 80;
    /** A sentence-like block (ending in . ! ? or a quote) this long is prose. */
    static final int SENTENCE_CHARS = 25;

    private ContentScore() { }

    record Choice(Element element, int firstBlock, int lastBlock) { }

    static double prose(Block b) {
        if (b.heading() || linkList(b)) return 0;
        int len = b.text().length() - b.linkChars();
        if (len >= PROSE_CHARS || (len >= SENTENCE_CHARS && endsSentence(b.text())) || (len >= 15 && dense(b.text()))) return len;
        return 0;
    }

    /** The block is a list item, or a paragraph directly inside one (teaser and gallery lists wrap their text in p). */
    private static boolean inListItem(Block b) {
        if (b.tag().equals("li")) return true;
        Element parent = b.container().parent();
        return parent != null && parent.normalName().equals("li");
    }

    static boolean linkList(Block b) {
        double ld = b.linkDensity();
        return ld > LINK_ONLY_DENSITY || (ld > LINK_LIST_DENSITY && b.text().length() - b.linkChars() < OWN_TEXT_CHARS);
    }

    /** How much prose counts for an element this many levels above the paragraph's container (1 for its parent). */
    private static double levelWeight(int level) {
        return level <= 1 ? 1 : level == 2 ? 0.5 : 1.0 / (level * 3);
    }

    /** List items are teaser lists more often than article text: their prose counts this much when choosing. */
    static final double LIST_ITEM_WEIGHT = 0.5;
    /** Levels above a paragraph that still receive its score: deeper ancestors are page layout. */
    static final int MAX_LEVELS = 5;
    /** A sibling of the best container joins it when it scores at least this share of the best. */
    static final double SIBLING_SHARE = 0.2;
    /** A sibling paragraph with less link text than this share joins the article. */
    static final double SIBLING_PARAGRAPH_LINKS = 0.25;

    /**
     * Scores each element by the prose of the paragraphs it holds, most for its own and its children's paragraphs and
     * less for deeper ones (teaser lists nest each item's text deep; articles keep paragraphs together), scaled down by
     * its link density. The best element, with those of its siblings that score well too, is the article.
     */
    static Choice choose(List<Element> all, int[] parent, List<Block> blocks, int[] owner, boolean[] excluded) {
        int n = all.size();
        double[] score = new double[n], links = new double[n], chars = new double[n];
        int[] first = new int[n], last = new int[n];
        java.util.Arrays.fill(first, Integer.MAX_VALUE);
        java.util.Arrays.fill(last, -1);
        for (int b = 0; b < blocks.size(); b++) {
            int o = owner[b];
            first[o] = Math.min(first[o], b);
            last[o] = Math.max(last[o], b);
            if (excluded[o]) continue;
            Block block = blocks.get(b);
            links[o] += block.linkChars();
            chars[o] += block.text().length();
            double p = prose(block) * (inListItem(block) ? LIST_ITEM_WEIGHT : 1);
            if (p == 0) continue;
            int e = o;
            for (int level = 0; level <= MAX_LEVELS && e >= 0; level++, e = parent[e]) score[e] += p * levelWeight(level);
        }
        for (int i = n - 1; i > 0; i--) {
            int p = parent[i];
            if (p < 0) continue;
            links[p] += links[i];
            chars[p] += chars[i];
            first[p] = Math.min(first[p], first[i]);
            last[p] = Math.max(last[p], last[i]);
        }
        int best = 0;
        double bestScore = -1;
        for (int i = 0; i < n; i++) {
            if (excluded[i] || last[i] < 0) continue;
            double s = score[i] * (1 - (chars[i] == 0 ? 0 : links[i] / chars[i]));
            score[i] = s;
            if (s > bestScore) { bestScore = s; best = i; }
        }
        best = widenToSameParagraphs(best, all, parent, blocks, owner, excluded, first, last);
        int lo = first[best], hi = last[best];
        if (parent[best] >= 0) {
            double threshold = Math.max(10, SIBLING_SHARE * bestScore);
            for (int i = 0; i < n; i++) {
                if (i == best || parent[i] != parent[best] || excluded[i] || last[i] < 0) continue;
                // A lone paragraph beside the best container (the lead before a quoted block) belongs to the article too.
                boolean paragraph = all.get(i).normalName().equals("p") && score[i] > 0 && links[i] < SIBLING_PARAGRAPH_LINKS * chars[i];
                if (score[i] >= threshold || paragraph) {
                    lo = Math.min(lo, first[i]);
                    hi = Math.max(hi, last[i]);
                }
            }
        }
        if (hi < 0) return new Choice(all.get(0), 0, blocks.size() - 1);
        return new Choice(all.get(best), lo, hi);
    }

    /** How far up the article may continue in sibling containers (pages cut a story into column chunks). */
    static final int MAX_WIDEN_LEVELS = 4;

    /**
     * Paragraph continuity: an article's paragraphs share tag, class and depth, even when the page splits them into
     * several containers. Widens the best element to the lowest ancestor (a few levels up) that holds the most
     * paragraphs of that signature; teasers and comments are built from other classes or sit at other depths.
     */
    private static int widenToSameParagraphs(int best, List<Element> all, int[] parent, List<Block> blocks, int[] owner,
                                             boolean[] excluded, int[] first, int[] last) {
        int n = all.size();
        int[] depth = new int[n];
        for (int i = 1; i < n; i++) depth[i] = parent[i] >= 0 ? depth[parent[i]] + 1 : 0;
        java.util.Map<String, Double> signatures = new java.util.HashMap<>();
        for (int b = first[best]; b <= last[best] && b >= 0; b++) {
            if (excluded[owner[b]]) continue;
            double p = prose(blocks.get(b));
            if (p > 0) signatures.merge(signature(blocks.get(b), depth[owner[b]]), p, Double::sum);
        }
        if (signatures.isEmpty()) return best;
        String sig = java.util.Collections.max(signatures.entrySet(), java.util.Map.Entry.comparingByValue()).getKey();
        double[] sigProse = new double[n];
        for (int b = 0; b < blocks.size(); b++) {
            if (excluded[owner[b]]) continue;
            double p = prose(blocks.get(b));
            if (p > 0 && signature(blocks.get(b), depth[owner[b]]).equals(sig)) sigProse[owner[b]] += p;
        }
        for (int i = n - 1; i > 0; i--) if (parent[i] >= 0) sigProse[parent[i]] += sigProse[i];
        int chosen = best;
        int a = best;
        for (int level = 0; level < MAX_WIDEN_LEVELS && parent[a] > 0; level++) {
            a = parent[a];
            if (sigProse[a] > sigProse[chosen] + 1) chosen = a;
        }
        return chosen;
    }

    private static String signature(Block b, int depth) {
        return b.tag() + "." + b.container().className() + "@" + depth;
    }

    static boolean endsSentence(String s) {
        char c = s.charAt(s.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == '»' || c == '。' || c == ')' || c == ':' || c == '…';
    }

    /** CJK text packs a sentence into few characters. */
    private static boolean dense(String s) {
        int cjk = 0;
        for (int i = 0; i < s.length(); i++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(s.charAt(i));
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA
                    || sc == Character.UnicodeScript.HANGUL) cjk++;
        }
        return cjk * 2 > s.length();
    }
}
