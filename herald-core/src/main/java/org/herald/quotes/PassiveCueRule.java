package org.herald.quotes;

import org.herald.Span;
import org.herald.nlp.Dependency;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Attribution in the passive: "it was reported that ...", "among the trapped were said to be pupils", "he is accused
 * of leaking secrets", "the decision has been seen as weakening ...", "a case was reported in the north". Only cues
 * whose lexicon entry lists the use {@code passive} (reporting and judging verbs, not verbs whose passive subject is
 * the listener: "was asked to", "was told to"). The speaker is the "by" agent when there is one; otherwise the quote
 * has no speaker, since the text names none (a participle without an auxiliary, "asked whether ..., he said", is no
 * passive cue).
 */
final class PassiveCueRule implements QuoteRule {
    static final String ID = "indirect.passive";
    private static final Set<String> AGENTS = Set.of("obl:agent", "nmod:agent", "obl:by");
    private static final Set<String> COMPLEMENTS = Set.of("advcl:of", "obl:of", "advcl:as", "obl:as", "nmod:of");

    @Override public String id() { return ID; }

    @Override public List<Candidate> find(QuoteContext ctx, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : ctx.nlp.sentences()) {
            for (Token v : s.tokens()) {
                if (!v.pos().equals("VBN") || ctx.inMarks(v) || Parse.child(s, v.index(), "aux:pass") < 0) continue;
                if (!ctx.cues.isVerbCue(s, v.index(), SpeechCues.Use.PASSIVE) || Parse.isNegated(s, v.index())) continue;
                Span span = content(ctx, s, v.index());
                if (span == null || span.end() - span.start() < 4) continue;
                if (Candidate.anyOverlaps(found, span.start(), span.end()) || Candidate.anyOverlaps(out, span.start(), span.end())) continue;
                SpeakerWords speaker = null;
                for (Dependency d : s.children(v.index()))
                    if (speaker == null && AGENTS.contains(d.relation()) && d.dependent() > v.index()) speaker = SpeakerFinder.ofHead(s, d.dependent());
                out.add(new Candidate(Quote.Kind.INDIRECT, List.of(span), speaker, v.word(), ID, false,
                        ctx.cues.mode(s, v.index(), SpeechCues.Use.PASSIVE), null));
            }
        }
        return out;
    }

    /** The clause, the subject with its to-infinitive, the "of"/"as" complement, or the subject alone; or null. */
    private static Span content(QuoteContext ctx, Sentence s, int verb) {
        int clause = Parse.child(s, verb, "ccomp");
        if (clause > verb) return ReportedClauseRule.clauseSpan(ctx, s, verb, clause, Set.of());
        int subject = Parse.child(s, verb, "nsubj:pass");
        for (Dependency d : s.children(verb))
            if (d.dependent() > verb && (COMPLEMENTS.contains(d.relation()) || hasAs(s, d.dependent()))) return extent(s, verb + 1, d.dependent(), -1);
        int xcomp = Parse.child(s, verb, "xcomp");
        if (xcomp > verb) {
            // "were said to be pupils": the subject and the infinitive; "was deemed credible": the predicate.
            boolean to = false;
            for (Dependency d : s.children(xcomp)) to |= d.relation().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase("to");
            if (to) return subject >= 0 ? extent(s, Math.min(subject, verb), xcomp, subject) : null;
            // Not a participle: "was seen leaving the building" is sight, not judgement.
            return s.token(xcomp).isVerb() ? null : extent(s, verb + 1, xcomp, -1);
        }
        // "A case was reported in the north": a noun-phrase cue's passive subject is its content.
        if (subject >= 0 && subject < verb && ctx.cues.isVerbCue(s, verb, SpeechCues.Use.NP)) return extent(s, 0, subject, -1);
        return null;
    }

    /** Whether {@code head}'s phrase opens with "as" ("seen as weakening ...", however the parser names the relation). */
    private static boolean hasAs(Sentence s, int head) {
        for (Dependency d : s.children(head))
            if ((d.relation().equals("mark") || d.relation().equals("case")) && s.token(d.dependent()).word().equalsIgnoreCase("as")) return true;
        return false;
    }

    /** From the first token of {@code head}'s phrase (of {@code alsoHead}'s, if earlier; not before {@code from}) to its
     *  last, less a leading preposition or "as" and trailing punctuation. */
    private static Span extent(Sentence s, int from, int head, int alsoHead) {
        Set<Integer> tokens = new java.util.HashSet<>(Parse.subtree(s, head, Set.of("punct", "parataxis")));
        if (alsoHead >= 0) tokens.addAll(Parse.subtree(s, alsoHead, Set.of("punct", "parataxis")));
        int first = Integer.MAX_VALUE, last = -1;
        for (int i : tokens) if (i >= from) { first = Math.min(first, i); last = Math.max(last, i); }
        if (last < 0) return null;
        while (first < last && (Parse.isPunct(s.token(first).word()) || s.token(first).pos().equals("IN")
                || s.token(first).word().equalsIgnoreCase("as"))) first++;
        while (last > first && Parse.isPunct(s.token(last).word())) last--;
        return new Span(s.token(first).start(), s.token(last).end());
    }
}
