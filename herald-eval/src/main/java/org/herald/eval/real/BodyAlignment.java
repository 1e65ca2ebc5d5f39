package org.herald.eval.real;

import org.herald.Span;

import java.util.Optional;

/**
 * Moves offsets of a gold body into the body Herald analysed, for when the text extractor changed the text it was
 * given (spaces and line breaks folded or added, a line dropped). Both texts are compared with every run of white
 * space read as one space. A start offset is found by the few characters that follow it, an end offset by the few
 * that precede it (each falling back to the other side, for text next to a dropped line), at the occurrence nearest
 * to where it would fall if nothing had been dropped. Text the extractor dropped maps to nothing.
 */
public final class BodyAlignment {
    /** Characters next to an offset looked up to find it again: enough to be unique in a news article. */
    private static final int WINDOW = 24;

    private final String gold;
    private final Folded from;
    private final Folded to;
    private final boolean same;

    private BodyAlignment(String gold, String analysed) {
        this.gold = gold;
        this.same = gold.equals(analysed);
        this.from = same ? null : Folded.of(gold);
        this.to = same ? null : Folded.of(analysed);
    }

    public static BodyAlignment of(String gold, String analysed) { return new BodyAlignment(gold, analysed); }

    /** Whether the two bodies are the same text (offsets stay as they are). */
    public boolean identical() { return same; }

    /** The analysed body's offset for gold start offset {@code offset}, or -1 when that text is not in it. */
    public int map(int offset) {
        if (same) return offset;
        int f = from.foldedIndex(offset);
        int at = after(f);
        return at >= 0 ? at : before(f, false);
    }

    /** The analysed body's end offset for gold end offset {@code end} (exclusive), or -1. */
    public int mapEnd(int end) {
        if (same) return end;
        int last = end - 1;
        while (last > 0 && Character.isWhitespace(gold.charAt(last))) last--;
        int f = from.foldedIndex(last) + 1;
        int at = before(f, true);
        return at >= 0 ? at : after(f);
    }

    /** The gold span {@code [start, end)} in the analysed body, or empty when either end is not there or nothing is left. */
    public Optional<Span> span(int start, int end) {
        int s = map(start), e = mapEnd(end);
        return s >= 0 && e > s ? Optional.of(new Span(s, e)) : Optional.empty();
    }

    /** The analysed offset of folded gold index {@code f}, found by the text after it, or -1. */
    private int after(int f) {
        String probe = from.text.substring(f, Math.min(from.text.length(), f + WINDOW));
        if (probe.isEmpty()) return to.original(to.text.length());
        int at = nearest(probe, to.text.length() - (from.text.length() - f));
        return at < 0 ? -1 : to.original(at);
    }

    /**
     * The analysed offset of folded gold index {@code f}, found by the text before it, or -1: for an end, just past
     * that text's last character; for a start, the character that follows it (past any white space).
     */
    private int before(int f, boolean end) {
        String probe = from.text.substring(Math.max(0, f - WINDOW), f);
        if (probe.isEmpty()) return 0;
        int at = nearest(probe, f - probe.length());
        if (at < 0) return -1;
        return end ? to.original(at + probe.length() - 1) + 1 : to.original(at + probe.length());
    }

    /** The folded index of {@code probe} in the analysed body nearest to {@code expected}, or -1. */
    private int nearest(String probe, int expected) {
        int best = -1;
        for (int i = to.text.indexOf(probe); i >= 0; i = to.text.indexOf(probe, i + 1))
            if (best < 0 || Math.abs(i - expected) < Math.abs(best - expected)) best = i;
        return best;
    }

    /** A text with white-space runs folded to one space, and each folded index's original offset. */
    private record Folded(String text, int[] originals, int[] foldedOf) {
        static Folded of(String s) {
            StringBuilder b = new StringBuilder(s.length());
            int[] orig = new int[s.length() + 1];
            int[] folded = new int[s.length() + 1];
            boolean space = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                folded[i] = b.length();
                if (Character.isWhitespace(c)) {
                    if (space) continue;
                    space = true;
                    orig[b.length()] = i;
                    b.append(' ');
                } else {
                    space = false;
                    orig[b.length()] = i;
                    b.append(c);
                }
            }
            folded[s.length()] = b.length();
            orig[b.length()] = s.length();
            return new Folded(b.toString(), orig, folded);
        }

        int foldedIndex(int offset) { return foldedOf[Math.max(0, Math.min(offset, foldedOf.length - 1))]; }

        int original(int foldedIndex) { return originals[foldedIndex]; }
    }
}
