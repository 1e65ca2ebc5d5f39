package org.herald.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline inside a document {@code <title>}: "Headline | Site" and "Site - Headline" lose their site part when
 * what is left still reads as a headline; a title that is too short or too long gives way to the page's only h1.
 */
final class TitleCleaner {
    /** A cut that leaves fewer words than this took away part of the headline, not the site name. */
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MIN_TITLE_CHARS = 15, MAX_TITLE_CHARS = 150;

    private TitleCleaner() { }

    static String clean(Document doc) {
        String orig = HtmlMetadata.normalise(doc.title());
        if (orig == null || orig.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            return h1 == null || h1.text().isBlank() ? null : HtmlMetadata.normalise(h1.text());
        }
        String cur = orig;
        boolean hierarchical = false;
        java.util.regex.Matcher sep = java.util.regex.Pattern.compile(" [|\\-–—\\\\/>»] ").matcher(orig);
        int lastSep = -1;
        while (sep.find()) lastSep = sep.start();
        if (lastSep >= 0) {
            hierarchical = java.util.regex.Pattern.compile(" [\\\\/>»] ").matcher(orig).find();
            cur = orig.substring(0, lastSep);
            if (words(cur) < MIN_HEADLINE_WORDS) cur = orig.replaceFirst("^[^|\\-–—\\\\/>»]*[|\\-–—\\\\/>»]", "");
        } else if (orig.contains(": ")) {
            boolean headingMatches = false;
            for (Element h : doc.select("h1, h2")) if (h.text().strip().equals(orig)) { headingMatches = true; break; }
            if (!headingMatches) {
                cur = orig.substring(orig.lastIndexOf(':') + 1);
                if (words(cur) < MIN_HEADLINE_WORDS) cur = orig.substring(orig.indexOf(':') + 1);
                else if (words(orig.substring(0, orig.indexOf(':'))) > 5) cur = orig;
            }
        } else if (orig.length() > MAX_TITLE_CHARS || orig.length() < MIN_TITLE_CHARS) {
            var h1s = doc.select("h1");
            if (h1s.size() == 1) cur = h1s.get(0).text();
        }
        cur = HtmlMetadata.normalise(cur);
        int n = words(cur);
        if (n <= 4 && (!hierarchical || n != words(orig.replaceAll("[|\\-–—\\\\/>»]+", "")) - 1)) cur = orig;
        return cur;
    }

    /** Words, counting two CJK characters as one (those scripts write no spaces). */
    private static int words(String s) {
        String t = s.strip();
        int cjk = 0;
        for (int i = 0; i < t.length(); i++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(t.charAt(i));
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA) cjk++;
        }
        return (t.isEmpty() ? 1 : t.split("\\s+").length) + cjk / 2;
    }
}
