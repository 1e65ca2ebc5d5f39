package org.herald.quotes;

import org.herald.Span;
import org.herald.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Words in quotation marks that stand as an utterance: at a paragraph's or sentence's start, or after a colon or
 * comma. The cue is looked for in order: inside the gap of a split quote ("“..,” he said, “...”"), before a colon
 * ("He continued: “...”"), right after the closing mark ("“...,” said X"), before a comma. Marked words after an
 * ordinary word ("a “paper tiger”") are left to {@link PartialQuoteRule}: they are partial quotes or scare quotes.
 */
final class DirectQuoteRule implements QuoteRule {
    static final String ID = "direct";
    /** Longest cue clause after a quote: "the International Committee of the Red Cross said in" fits. */
    private static final int MAX_CUE_AFTER = 90;
    /** Longest stretch between a cue and the mark it opens: " on Tuesday: ", " reporters afterwards: ". */
    private static final int MAX_CUE_BEFORE = 60;
    /** Longest gap of a split quote: "the German chancellor, Klaus Weber, said,". */
    private static final int MAX_SPLIT_GAP = 90;
    /** A marked stretch with no cue is a quote only when it reads like a statement of at least this many words. */
    private static final int MIN_WORDS_WITHOUT_CUE = 5;
    /** ... or a whole sentence (capital to full stop) of at least this many words. */
    private static final int MIN_WORDS_SENTENCE = 3;

    @Override public String id() { return ID; }

    @Override public List<Candidate> find(QuoteContext ctx, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        List<QuoteMarks.Marked> marks = ctx.marks;
        for (int k = 0; k < marks.size(); k++) {
            QuoteMarks.Marked first = marks.get(k);
            if (!opensUtterance(ctx, first)) continue;
            List<Span> parts = new ArrayList<>(first.parts());
            Cue cue = null;
            String how = null;
            int last = k;
            while (last + 1 < marks.size()) {
                Cue gap = splitCue(ctx, marks.get(last), marks.get(last + 1));
                if (gap == null) break;
                cue = gap;
                how = "split";
                parts.addAll(marks.get(++last).parts());
            }
            QuoteMarks.Marked end = marks.get(last);
            if (cue == null) {
                Cue before = beforeCue(ctx, first);
                Cue after = afterCue(ctx, end);
                String lead = ctx.text(ctx.paragraphStart(first.open()), first.open()).strip();
                if (before != null && lead.endsWith(":")) { cue = before; how = "cue-before"; }
                else if (after != null) { cue = after; how = "cue-after"; }
                else if (before != null) { cue = before; how = "cue-before"; }
            }
            if (cue == null && !readsLikeStatement(ctx, first, end)) continue;
            out.add(new Candidate(Quote.Kind.DIRECT, parts, cue == null ? null : cue.speaker(), cue == null ? null : cue.word(),
                    ID + "." + (how == null ? "no-cue" : how), cue == null));
            k = last;
        }
        return out;
    }

    /** At a paragraph's start, after a sentence end, colon, comma or dash, or right after a speech verb. */
    private static boolean opensUtterance(QuoteContext ctx, QuoteMarks.Marked m) {
        String lead = ctx.text(ctx.paragraphStart(m.open()), m.open()).strip();
        if (lead.isEmpty()) return true;
        char c = lead.charAt(lead.length() - 1);
        if (":,.?!;—–-(…".indexOf(c) >= 0) return true;
        Cue just = Cue.verbIn(ctx, Math.max(0, m.open() - 20), m.open(), SpeechCues.Use.DIRECT, true);
        return just != null && ctx.text(ctx.sentence(just.sentence()).token(just.token()).end(), m.open()).isBlank();
    }

    /** "“..,” he said, “...”": the first piece ends with a comma, the gap is a cue clause ending in a comma. */
    private static Cue splitCue(QuoteContext ctx, QuoteMarks.Marked a, QuoteMarks.Marked b) {
        if (!a.closed() || b.open() - a.close() > MAX_SPLIT_GAP || b.open() < a.close()) return null;
        String gap = ctx.text(a.close(), b.open());
        if (gap.indexOf('\n') >= 0 || containsAny(gap, ".?!;“”\"")) return null;
        String firstPiece = ctx.text(a.start(), a.end());
        boolean commaBefore = firstPiece.endsWith(",") || gap.strip().startsWith(",");
        if (!commaBefore || !gap.strip().endsWith(",")) return null;
        return Cue.verbIn(ctx, a.close(), b.open(), SpeechCues.Use.DIRECT, false);
    }

    /** The last cue before the opening mark in the same sentence, with no sentence end between. */
    private static Cue beforeCue(QuoteContext ctx, QuoteMarks.Marked m) {
        int from = ctx.paragraphStart(m.open());
        Cue c = Cue.verbIn(ctx, from, m.open(), SpeechCues.Use.DIRECT, true);
        if (c == null) return null;
        int cueEnd = ctx.sentence(c.sentence()).token(c.token()).end();
        String between = ctx.text(cueEnd, m.open());
        if (between.length() > MAX_CUE_BEFORE || containsAny(between, ".?!“”\"")) return null;
        return c;
    }

    /** The first cue after the closing mark in the sentence the quote ends in, unless it opens the next quote. */
    private static Cue afterCue(QuoteContext ctx, QuoteMarks.Marked m) {
        if (!m.closed()) return null;
        int to = Math.min(ctx.paragraphEnd(m.close()), m.close() + MAX_CUE_AFTER);
        Cue c = Cue.verbIn(ctx, m.close(), to, SpeechCues.Use.DIRECT, false);
        if (c == null) return null;
        Sentence s = ctx.sentence(c.sentence());
        int cueStart = s.token(c.token()).start();
        if (containsAny(ctx.text(m.close(), cueStart), ".?!;:“”\"")) return null;
        // The cue must continue the quote's sentence: "“...?” asked X" goes on in lower case even where the splitter broke it.
        boolean sameSentence = ctx.nlp.sentenceAt(m.end() - 1) == c.sentence() || ctx.nlp.sentenceAt(m.close() - 1) == c.sentence();
        String next = ctx.text(m.close(), cueStart + 1).strip();
        if (!sameSentence && (next.isEmpty() || !Character.isLowerCase(next.charAt(0))) && !speakerThenCue(ctx, m, c)) return null;
        // "“A.” He said: “B.”": the verb introduces B.
        int after = s.token(c.token()).end();
        String rest = ctx.text(after, Math.min(ctx.paragraphEnd(after), after + MAX_CUE_BEFORE));
        int colon = rest.indexOf(':');
        if (colon >= 0 && !containsAny(rest.substring(0, colon), ".?!") && QuoteMarks.isOpening(ctx.body, after + firstNonSpace(rest, colon + 1)))
            return null;
        return c;
    }

    /**
     * "“Vote for Matt!” Trump tweeted.": after an exclamation or a question the splitter starts a new sentence, but a
     * sentence that is only a speaker and a cue verb reporting nothing else still attributes the quote before it.
     */
    private static boolean speakerThenCue(QuoteContext ctx, QuoteMarks.Marked m, Cue c) {
        String piece = ctx.text(m.start(), m.end()).strip();
        if (piece.isEmpty() || "?!".indexOf(piece.charAt(piece.length() - 1)) < 0) return false;
        Sentence s = ctx.sentence(c.sentence());
        if (c.speaker() == null || c.speaker().start() < m.close() || c.speaker().end() > s.token(c.token()).start()) return false;
        if (!ctx.text(m.close(), c.speaker().start()).isBlank()) return false;
        return Parse.child(s, c.token(), "ccomp") < 0 && Parse.child(s, c.token(), "obj") < 0 && Parse.child(s, c.token(), "xcomp") < 0;
    }

    /** No cue: a statement of some length, ending like a sentence or running to its paragraph's end. */
    private static boolean readsLikeStatement(QuoteContext ctx, QuoteMarks.Marked first, QuoteMarks.Marked last) {
        String text = ctx.text(first.start(), last.end());
        int words = text.split("\\s+").length;
        char c = text.charAt(text.length() - 1);
        // "“Whole streets are gone.”" after a quote: a short sentence of its own still reads as speech.
        if (words >= MIN_WORDS_SENTENCE && ".?!".indexOf(c) >= 0 && Character.isUpperCase(text.charAt(0))) return true;
        if (words < MIN_WORDS_WITHOUT_CUE) return false;
        return !last.closed() || ".?!,…".indexOf(c) >= 0 || ctx.text(last.close(), ctx.paragraphEnd(last.close())).isBlank();
    }

    private static int firstNonSpace(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }
}
