package org.herald.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article in flattened page text (one block a line, chrome included), by line-level evidence. Cascade:
 * <ol>
 *   <li>drop user-interface lines ("close", "viewMore", "Read more", "Advertisement");</li>
 *   <li>the first line repeated near the top is the headline: it becomes the title and its copies leave the body;</li>
 *   <li>a short name-like line repeated after the text is the author; the body stops at it, which drops the
 *       byline and the author's bio;</li>
 *   <li>the body is the run of lines where prose outweighs short lines most (menus and link lists are runs of
 *       short lines), as a maximum-sum segment over the lines.</li>
 * </ol>
 */
final class TextBodyExtractor {
    /** Prose lines score their length; a short line costs this per character plus {@link #SHORT_LINE_COST}. */
    private static final double SHORT_LINE_WEIGHT = 0.5;
    private static final double SHORT_LINE_COST = 20;
    /** A headline is repeated within this many lines of the top of the page. */
    private static final int HEADLINE_WINDOW = 40;
    private static final int MAX_HEADLINE_CHARS = 250;
    /**
     * Paragraph continuity: article paragraphs follow one another, while a teaser's summary sits alone between its
     * headline and the next teaser. A prose line with no prose neighbour counts this much.
     */
    private static final double ISOLATED_PROSE_WEIGHT = 0.4;
    /** A line with this many commas and fewer than {@link #MAX_KEYWORD_CHARS} characters between them lists keywords. */
    private static final int MIN_KEYWORD_COMMAS = 6;
    private static final int MAX_KEYWORD_CHARS = 25;
    /** A line this long is prose even without end punctuation. */
    private static final int LONG_LINE_CHARS = 200;
    /** The byline block sits within this many lines of the end of the text (the bio after it may be prose). */
    private static final int AUTHOR_AFTER_BODY = 3;
    private static final Pattern NAME = Pattern.compile("^(?:[Bb]y\\s+)?\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}$");

    /**
     * Extra cost of a dated short line: comments, teasers and feeds repeat one per item, while an article's date sits
     * above its text.
     */
    private static final double DATED_LINE_COST = 100;
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");

    /** A prose line the page shows twice is a teaser or standfirst shown again, seldom article text. */
    private static final double REPEATED_PROSE_WEIGHT = 0.3;

    private final Boilerplate vocab;

    TextBodyExtractor(Boilerplate vocab) { this.vocab = vocab; }

    /** A headline that is not repeated stands this close above the body (with a byline or date line between). */
    private static final int HEADER_LINES = 4;

    record Result(String title, List<String> authors, String published, String body) {
        Result { authors = List.copyOf(authors); }
    }

    Result extract(String text) {
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\\R")) {
            String s = l.strip();
            if (!s.isEmpty() && !vocab.isUiLine(s)) lines.add(s);
        }
        String title = headline(lines);
        Map<String, Integer> counts = new HashMap<>();
        for (String l : lines) counts.merge(l, 1, Integer::sum);
        int[] range = densestRun(lines, counts);
        if (range == null) return new Result(title, List.of(), null, "");
        int start = range[0], end = range[1];
        if (title == null) title = headlineAbove(lines, start);
        String published = dateAbove(lines, start);
        String author = null;
        for (int i = Math.max(start + 1, end - AUTHOR_AFTER_BODY); i <= Math.min(lines.size() - 1, end + AUTHOR_AFTER_BODY); i++) {
            String l = lines.get(i);
            if (counts.get(l) >= 2 && !l.equals(title) && NAME.matcher(l).matches()) {
                author = l.replaceFirst("^[Bb]y\\s+", "");
                end = Math.min(end, i - 1);
                break;
            }
        }
        if (author == null) author = bylineNear(lines, start);
        List<String> body = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = start; i <= end; i++) {
            String l = lines.get(i);
            if (l.equals(title) || !seen.add(l)) continue;
            if (author != null && (l.equals(author) || l.equals("By " + author))) continue;
            body.add(l);
        }
        List<String> authors = author == null ? List.of() : AuthorNames.split(author, vocab.byWords(), vocab.roleWords());
        return new Result(title, authors, published, String.join("\n\n", body));
    }

    /** A short line carrying a date or a clock time: the header of a comment, a teaser or a feed item. */
    private static boolean datedLine(String l) {
        return l.length() < 120 && (CLOCK.matcher(l).find() || Dates.fromProse(l) != null || Dates.fromMachine(l) != null);
    }

    /** The first line near the top that appears twice, not being prose-length; else null. */
    private static String headline(List<String> lines) {
        int window = Math.min(lines.size(), HEADLINE_WINDOW);
        for (int i = 0; i < window; i++) {
            String l = lines.get(i);
            if (l.length() > MAX_HEADLINE_CHARS || l.split("\\s+").length < 3) continue;
            for (int j = i + 1; j < window; j++) if (lines.get(j).equals(l)) return l;
        }
        return null;
    }

    /**
     * Clean text has its headline once, just above the byline or the body: the nearest line above the body that is
     * neither a byline, a date line nor prose, and has a headline's length.
     */
    private static String headlineAbove(List<String> lines, int start) {
        for (int i = start - 1; i >= Math.max(0, start - HEADER_LINES); i--) {
            String l = lines.get(i);
            if (l.startsWith("By ") || l.startsWith("by ") || datedLine(l)) continue;
            boolean headlineLike = l.length() <= MAX_HEADLINE_CHARS && l.split("\\s+").length >= 3 && !ContentScore.endsSentence(l)
                    && Character.isUpperCase(l.codePointAt(0));
            return headlineLike ? l : null;
        }
        return null;
    }

    /** The date of a short date line ("Published June 18, 2025") just above the body, as YYYY-MM-DD; else null. */
    private static String dateAbove(List<String> lines, int start) {
        for (int i = start - 1; i >= Math.max(0, start - HEADER_LINES - 2); i--) {
            String l = lines.get(i);
            if (l.length() >= 120) continue;
            String d = Dates.fromProse(l);
            if (d == null) d = Dates.fromMachine(l);
            if (d != null) return d;
        }
        return null;
    }

    /** "By Jane Doe" within a few lines before the body. */
    private static String bylineNear(List<String> lines, int start) {
        for (int i = Math.max(0, start - 5); i < Math.min(lines.size(), start + 2); i++) {
            String l = lines.get(i);
            if ((l.startsWith("By ") || l.startsWith("by ")) && l.length() < 100) return l;
        }
        return null;
    }

    private static double lineScore(List<String> lines, int i) {
        String l = lines.get(i);
        if (!isProse(l)) return -(l.length() * SHORT_LINE_WEIGHT + SHORT_LINE_COST + (datedLine(l) ? DATED_LINE_COST : 0));
        boolean before = i > 0 && isProse(lines.get(i - 1)), after = i + 1 < lines.size() && isProse(lines.get(i + 1));
        return before || after ? l.length() : l.length() * ISOLATED_PROSE_WEIGHT;
    }

    /** Without markup a long headline or teaser looks like prose: a prose line ends like a sentence, or is very long. */
    static boolean isProse(String l) {
        if (keywordList(l)) return false;
        return (l.length() >= LONG_LINE_CHARS && hasSentenceMark(l)) || (l.length() >= ContentScore.SENTENCE_CHARS && ContentScore.endsSentence(l));
    }

    /** Tag clouds and keyword lines: many commas with a word or two between them. */
    private static boolean keywordList(String l) {
        int commas = 0;
        for (int i = 0; i < l.length(); i++) if (l.charAt(i) == ',') commas++;
        return commas >= MIN_KEYWORD_COMMAS && l.length() / (commas + 1) < MAX_KEYWORD_CHARS;
    }

    private static boolean hasSentenceMark(String l) {
        for (int i = 0; i < l.length() - 1; i++) {
            char c = l.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && l.charAt(i + 1) == ' ' || c == '。') return true;
        }
        return ContentScore.endsSentence(l);
    }

    /** Maximum-sum run of line scores (Kadane), or null when no line is prose. */
    private static int[] densestRun(List<String> lines, Map<String, Integer> counts) {
        double best = 0, cur = 0;
        int bestStart = -1, bestEnd = -1, curStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            double s = lineScore(lines, i);
            if (s > 0 && counts.get(lines.get(i)) > 1) s *= REPEATED_PROSE_WEIGHT;
            if (cur <= 0) { cur = s; curStart = i; } else cur += s;
            if (cur > best) { best = cur; bestStart = curStart; bestEnd = i; }
        }
        return bestStart < 0 ? null : new int[] {bestStart, bestEnd};
    }
}
