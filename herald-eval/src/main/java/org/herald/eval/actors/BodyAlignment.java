package org.herald.eval.actors;

/**
 * Moves offsets of a gold body into the body Herald analysed, for when the text extractor changed the text it was
 * given (spaces and line breaks folded, a line dropped). Both texts are compared with every run of white space read
 * as one space; an offset is found by the few characters that follow it, at the occurrence nearest to where it
 * would fall if nothing had been dropped.
 */
final class BodyAlignment {
    /** Characters after an offset looked up to find it again. */
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

    static BodyAlignment of(String gold, String analysed) { return new BodyAlignment(gold, analysed); }

    /** Whether the two bodies are the same text. */
    boolean identical() { return same; }

    /** The analysed body's offset for gold offset {@code offset}, or -1 when that text is not in it. */
    int map(int offset) {
        if (same) return offset;
        int f = from.foldedIndex(offset);
        String probe = from.text.substring(f, Math.min(from.text.length(), f + WINDOW));
        if (probe.isEmpty()) return to.original(to.text.length());
        int expected = to.text.length() - (from.text.length() - f);
        int best = -1;
        for (int i = to.text.indexOf(probe); i >= 0; i = to.text.indexOf(probe, i + 1))
            if (best < 0 || Math.abs(i - expected) < Math.abs(best - expected)) best = i;
        return best < 0 ? -1 : to.original(best);
    }

    /** The analysed body's end offset for gold end offset {@code end}, or -1. */
    int mapEnd(int end) {
        if (same) return end;
        int lastStart = end - 1;
        while (lastStart > 0 && Character.isWhitespace(gold.charAt(lastStart))) lastStart--;
        int m = map(lastStart);
        return m < 0 ? -1 : m + 1;
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
