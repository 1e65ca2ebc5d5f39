package org.herald.quotes;

import org.herald.Span;
import org.herald.nlp.Dependency;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reported speech without marks: a speech verb with a clausal complement ("said on Tuesday that her government would
 * cut fuel taxes", "warned the talks would fail", "arguing that it does not violate international law"). The quote is
 * the complement clause only, without "that". Negated cues ("did not say that") and clauses holding quotation marks
 * (left to the direct and partial rules) give no quote; neither do first- and second-person speakers.
 */
final class ReportedClauseRule implements QuoteRule {
    static final String ID = "indirect.clause";
    private static final Set<String> NONE = Set.of();
    private static final Set<String> NOT_SPEAKERS = Set.of("i", "we", "you");
    private static final Set<String> LEADING_MARKERS = Set.of("that");
    /** A reported clause shorter than this many words is a fragment ("said so"). */
    private static final int MIN_TOKENS = 2;

    @Override public String id() { return ID; }

    @Override public List<Candidate> find(QuoteContext ctx, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : ctx.nlp.sentences()) {
            for (Token v : s.tokens()) {
                if (ctx.inMarks(v) || Candidate.anyOverlaps(found, v.start(), v.end())) continue;
                if (!ctx.cues.isVerbCue(s, v.index(), SpeechCues.Use.INDIRECT) || Parse.isNegated(s, v.index())) continue;
                int clause = Parse.child(s, v.index(), "ccomp");
                if (clause < 0) continue;
                Span span = clauseSpan(s, v.index(), clause);
                if (span == null || ctx.marksOverlap(span.start(), span.end())
                        || Candidate.anyOverlaps(found, span.start(), span.end()) || Candidate.anyOverlaps(out, span.start(), span.end())) continue;
                Cue cue = Cue.of(s, v.index());
                if (cue.speaker() == null || NOT_SPEAKERS.contains(cue.speaker().text().toLowerCase(Locale.ROOT))) continue;
                out.add(new Candidate(Quote.Kind.INDIRECT, List.of(span), cue.speaker(), cue.word(), ID, false));
            }
        }
        return out;
    }

    /** The complement's tokens on its side of the verb, less a leading "that" and the punctuation at either end. */
    static Span clauseSpan(Sentence s, int verb, int clause) {
        int first = clause, last = clause;
        for (int i : Parse.subtree(s, clause, NONE)) {
            if (clause > verb && i <= verb || clause < verb && i >= verb) continue;
            first = Math.min(first, i);
            last = Math.max(last, i);
        }
        while (first < last && (Parse.isPunct(s.token(first).word()) || LEADING_MARKERS.contains(s.token(first).word().toLowerCase(Locale.ROOT))
                && isMarker(s, first))) first++;
        while (last > first && Parse.isPunct(s.token(last).word())) last--;
        if (last - first + 1 < MIN_TOKENS) return null;
        return new Span(s.token(first).start(), s.token(last).end());
    }

    private static boolean isMarker(Sentence s, int i) {
        for (Dependency d : s.parents(i)) if (d.relation().equals("mark")) return true;
        return false;
    }
}
