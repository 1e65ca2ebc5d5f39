package org.herald.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Drops the blocks of the chosen container that are not article text: link lists, user-interface lines, the
 * headline repeated at the top, and scraps (bylines, dates, labels) before the first and after the last prose block.
 */
final class BlockFilter {
    private final Boilerplate vocab;

    BlockFilter(Boilerplate vocab) { this.vocab = vocab; }

    List<String> keep(List<Block> blocks, String title) {
        int firstProse = -1, lastProse = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (ContentScore.prose(blocks.get(i)) > 0) {
                if (firstProse < 0) firstProse = i;
                lastProse = i;
            }
        }
        List<String> out = new ArrayList<>();
        if (firstProse < 0) return out;
        String titleKey = key(title);
        for (int i = firstProse; i <= lastProse; i++) {
            Block b = blocks.get(i);
            if (ContentScore.linkList(b) || leakedMarkup(b.text())) continue;
            if (vocab.isUiLine(b.text())) continue;
            if (!titleKey.isEmpty() && key(b.text()).equals(titleKey)) continue;
            out.add(b.text());
        }
        return out;
    }

    /** Markup that a page put in a text node (inside noscript, or escaped): never article text. */
    private static boolean leakedMarkup(String s) {
        return s.startsWith("<") && s.endsWith(">");
    }

    static String key(String s) {
        if (s == null) return "";
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
