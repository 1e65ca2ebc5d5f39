package org.herald.extract;

import org.jsoup.nodes.Element;

import java.util.List;

/**
 * Chooses the element that holds the article: the one whose prose (long, sentence-like, link-poor blocks) most exceeds
 * its link lists and short scraps. Ancestors of the article add only chrome, descendants lose paragraphs, so the
 * maximum sits on the article's own container, and spreads to a common ancestor when the text is split across siblings.
 */
final class ContentScore {
    /** Blocks with more link text than this share are link lists. */
    static final double LINK_LIST_DENSITY = 0.5;
    /** A block this long (characters) is prose even without end punctuation. */
    static final int PROSE_CHARS = 80;
    /** A sentence-like block (ending in . ! ? or a quote) this long is prose. */
    static final int SENTENCE_CHARS = 25;
    /** How much a character of chrome (link lists, links, scraps) weighs against a character of prose. */
    static final double CHROME_WEIGHT = 1.0;
    /** Short non-sentence blocks (labels, dates, menu words) weigh this much per character as chrome. */
    static final double SCRAP_WEIGHT = 0.5;

    private ContentScore() { }

    record Choice(Element element, int firstBlock, int lastBlock) { }

    static double prose(Block b) {
        if (b.heading() || b.linkDensity() > LINK_LIST_DENSITY) return 0;
        int len = b.text().length() - b.linkChars();
        if (len >= PROSE_CHARS || (len >= SENTENCE_CHARS && endsSentence(b.text())) || (len >= 15 && dense(b.text()))) return len;
        return 0;
    }

    static double chrome(Block b) {
        if (b.heading()) return 0;
        if (b.linkDensity() > LINK_LIST_DENSITY) return b.text().length();
        if (prose(b) > 0) return b.linkChars();
        return b.text().length() * SCRAP_WEIGHT;
    }

    static Choice choose(List<Element> all, int[] parent, List<Block> blocks, int[] owner, boolean[] excluded) {
        int n = all.size();
        double[] score = new double[n];
        int[] first = new int[n], last = new int[n];
        java.util.Arrays.fill(first, Integer.MAX_VALUE);
        java.util.Arrays.fill(last, -1);
        for (int b = 0; b < blocks.size(); b++) {
            int o = owner[b];
            first[o] = Math.min(first[o], b);
            last[o] = Math.max(last[o], b);
            if (excluded[o]) continue;
            Block block = blocks.get(b);
            score[o] += prose(block) - CHROME_WEIGHT * chrome(block);
        }
        for (int i = n - 1; i > 0; i--) {
            int p = parent[i];
            if (p < 0) continue;
            score[p] += score[i];
            first[p] = Math.min(first[p], first[i]);
            last[p] = Math.max(last[p], last[i]);
        }
        int best = 0;
        for (int i = 0; i < n; i++) if (last[i] >= 0 && score[i] >= score[best]) best = i;
        if (last[best] < 0) return new Choice(all.get(0), 0, blocks.size() - 1);
        return new Choice(all.get(best), first[best], last[best]);
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
