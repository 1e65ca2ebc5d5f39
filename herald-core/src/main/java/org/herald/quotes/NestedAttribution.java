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
 * Attributions a speaker makes in the first person inside their own direct quote ("“... And I hope he comes clean
 * about it,” she said", "“I said, ‘I want more,’” he recounted"): a cue verb whose subject is "I", with its reported
 * clause, to-infinitive or object noun phrase, is the quote's speaker's belief, intention or speech. Other persons
 * inside a quote ("they think", "we call for") are left alone: who they are is the speaker's to say, not a parse's.
 */
final class NestedAttribution {
    static final String ID = "indirect.nested";

    private NestedAttribution() { }

    /** The first-person attributions inside the direct quotes of {@code quotes} (which have their speakers). */
    static List<Quote> within(QuoteContext ctx, List<Quote> quotes) {
        List<Quote> out = new ArrayList<>();
        for (Quote q : quotes) {
            if (q.kind() != Quote.Kind.DIRECT || q.speaker() == null) continue;
            for (Span part : q.parts()) {
                for (Sentence s : ctx.nlp.sentences()) {
                    if (s.span().end() <= part.start() || s.span().start() >= part.end()) continue;
                    for (Token v : s.tokens()) {
                        if (v.start() < part.start() || v.end() > part.end()) continue;
                        Quote nested = nested(ctx, s, v.index(), part, q.speaker());
                        if (nested != null) out.add(nested);
                    }
                }
            }
        }
        return out;
    }

    /** "I told them, ‘Europe is watching you,’ and ...": a quote inside the quote is not a reported clause. */
    private static boolean hasInnerMarks(QuoteContext ctx, Span span) {
        if (span.start() > 0 && ctx.body.charAt(span.start() - 1) == '‘') return true;
        for (int i = span.start(); i < span.end(); i++) {
            char c = ctx.body.charAt(i);
            if (c == '‘' || c == '“' || c == '”' || c == '"') return true;
            // A closing single mark, not the apostrophe of "don’t".
            if ((c == '’' || c == '\'') && (i + 1 >= span.end() || !Character.isLetter(ctx.body.charAt(i + 1)))) return true;
        }
        return false;
    }

    /** "I would ask what ...": speech the speaker imagines, not makes. */
    private static boolean isHypothetical(Sentence s, int verb) {
        for (Dependency d : s.children(verb))
            if (d.relation().equals("aux") && HYPOTHETICAL.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "may", "should", "'d", "’d");

    private static Quote nested(QuoteContext ctx, Sentence s, int verb, Span part, Quote.Speaker speaker) {
        int subject = Parse.child(s, verb, "nsubj");
        if (subject < 0 || !s.token(subject).word().equals("I") || Parse.isNegated(s, verb) || isHypothetical(s, verb)) return null;
        SpeechCues.Use use = Parse.child(s, verb, "ccomp") >= 0 ? SpeechCues.Use.INDIRECT
                : Parse.child(s, verb, "xcomp") > verb ? SpeechCues.Use.INFINITIVE
                : Parse.child(s, verb, "obj") > verb ? SpeechCues.Use.NP : null;
        if (use == null || !ctx.cues.isVerbCue(s, verb, use)) return null;
        Span span = ReportedClauseRule.reported(ctx, s, verb);
        // Only what the quote holds: a clause running past the closing mark is the reporter's sentence.
        if (span == null || span.start() < part.start() || span.end() > part.end()) return null;
        String text = ctx.text(span.start(), span.end());
        if (hasInnerMarks(ctx, span)) return null;
        return new Quote("", Quote.Kind.INDIRECT, text, span.start(), span.end(), List.of(span), speaker,
                s.token(verb).word(), ID, ctx.cues.mode(s, verb, use));
    }
}
