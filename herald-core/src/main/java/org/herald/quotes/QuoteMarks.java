package org.herald.quotes;

import org.herald.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds stretches of the body inside double quotation marks (curly, straight, guillemets). Single marks are left
 * alone: inside a quote they are nested marks, elsewhere mostly apostrophes. A quote running over paragraphs, where
 * each paragraph reopens the mark without closing the previous one, is one stretch with a part per paragraph; an
 * opening mark never closed ends at its paragraph's end. Paragraphs are lines: the body separates them with newlines.
 */
final class QuoteMarks {
    private QuoteMarks() { }

    /**
     * The body with the typewriter marks of wire copy and PTB-style text (`` ... '') written as curly marks of the
     * same length ("“ " and " ”"), so that offsets stay those of the body and the marks are never quoted words.
     */
    static String withoutTwoCharacterMarks(String body) {
        if (body.indexOf("``") < 0) return body;
        StringBuilder b = new StringBuilder(body);
        boolean open = false;
        for (int i = 0; i + 1 < b.length(); i++) {
            if (b.charAt(i) == '`' && b.charAt(i + 1) == '`') { b.setCharAt(i, '“'); b.setCharAt(i + 1, ' '); open = true; i++; }
            else if (open && b.charAt(i) == '\'' && b.charAt(i + 1) == '\'') { b.setCharAt(i, ' '); b.setCharAt(i + 1, '”'); open = false; i++; }
        }
        return b.toString();
    }

    /**
     * @param parts  the quoted words of each paragraph, marks excluded
     * @param open   offset of the first opening mark
     * @param close  offset just after the last closing mark (or the end of the last part when never closed)
     * @param closed whether the last mark was closed
     */
    record Marked(List<Span> parts, int open, int close, boolean closed) {
        Marked { parts = List.copyOf(parts); }

        int start() { return parts.get(0).start(); }

        int end() { return parts.get(parts.size() - 1).end(); }

        boolean covers(int offset) { return open <= offset && offset < close; }

        boolean overlaps(int from, int to) { return open < to && from < close; }
    }

    static List<Marked> find(String text) {
        String body = withoutTwoCharacterMarks(text);
        List<Marked> out = new ArrayList<>();
        List<Span> pending = new ArrayList<>();
        int pendingOpen = -1;
        int p = 0;
        while (p <= body.length()) {
            int pe = body.indexOf('\n', p);
            if (pe < 0) pe = body.length();
            if (isBlank(body, p, pe)) {
                if (pe >= body.length()) break;
                p = pe + 1;
                continue;
            }
            int first = firstNonSpace(body, p, pe);
            if (!pending.isEmpty() && !isOpening(body, first)) {
                out.add(new Marked(pending, pendingOpen, pending.get(pending.size() - 1).end(), false));
                pending = new ArrayList<>();
            }
            int openAt = -1;
            for (int i = p; i < pe; i++) {
                char c = body.charAt(i);
                if (openAt < 0) {
                    if (isOpening(body, i)) openAt = i;
                } else if (closes(body.charAt(openAt), c)) {
                    Span part = trimmed(body, openAt + 1, i);
                    if (part != null) {
                        pending.add(part);
                        out.add(new Marked(pending, pending.size() == 1 ? openAt : pendingOpen, i + 1, true));
                    } else if (!pending.isEmpty()) {
                        out.add(new Marked(pending, pendingOpen, pending.get(pending.size() - 1).end(), true));
                    }
                    pending = new ArrayList<>();
                    openAt = -1;
                }
            }
            if (openAt >= 0) {
                Span part = trimmed(body, openAt + 1, pe);
                if (part != null) {
                    if (pending.isEmpty()) pendingOpen = openAt;
                    pending.add(part);
                }
            }
            if (pe >= body.length()) break;
            p = pe + 1;
        }
        if (!pending.isEmpty()) out.add(new Marked(pending, pendingOpen, pending.get(pending.size() - 1).end(), false));
        return out;
    }

    /** Whether the character at {@code i} opens a quote: a curly or low opening mark, or a straight one before a word. */
    static boolean isOpening(String body, int i) {
        if (i < 0 || i >= body.length()) return false;
        char c = body.charAt(i);
        if (c == '\u201C' || c == '\u201E' || c == '\u00AB') return true;
        if (c != '"') return false;
        boolean afterSpace = i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1)) && ".,;!?".indexOf(body.charAt(i - 1)) < 0;
        boolean beforeWord = i + 1 < body.length() && !Character.isWhitespace(body.charAt(i + 1));
        return afterSpace && beforeWord;
    }

    private static boolean closes(char open, char c) {
        return switch (open) {
            case '\u00AB' -> c == '\u00BB';
            case '\u201E' -> c == '\u201C' || c == '\u201D';
            default -> c == '\u201D' || c == '"';
        };
    }

    private static Span trimmed(String body, int from, int to) {
        while (from < to && Character.isWhitespace(body.charAt(from))) from++;
        while (to > from && Character.isWhitespace(body.charAt(to - 1))) to--;
        return from < to ? new Span(from, to) : null;
    }

    private static boolean isBlank(String body, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isWhitespace(body.charAt(i))) return false;
        return true;
    }

    private static int firstNonSpace(String body, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isWhitespace(body.charAt(i))) return i;
        return to;
    }
}
