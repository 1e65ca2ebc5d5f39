package org.herald.quotes;

import org.herald.Span;
import org.herald.nlp.Dependency;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Nominal cues: a noun of attribution with its "that" clause and its owner ("Mr. Trump's announcement that the two
 * countries had reached a deal", "the claim by the ministry that ..."). The owner (a possessor, or the "by"/"from"
 * phrase) is the speaker; a cue noun with no owner ("the claim that ...") gives no quote, since nobody is named.
 * "The statement said" needs no rule of its own: the noun is the subject of a speech verb.
 */
final class NominalCueRule implements QuoteRule {
    static final String ID = "indirect.nominal";
    private static final Set<String> CLAUSES = Set.of("acl", "ccomp", "dep");
    private static final Set<String> OWNERS = Set.of("nmod:poss", "nmod:by", "nmod:from");

    @Override public String id() { return ID; }

    @Override public List<Candidate> find(QuoteContext ctx, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : ctx.nlp.sentences()) {
            for (Token n : s.tokens()) {
                if (ctx.inMarks(n) || !ctx.cues.isNounCue(s, n.index(), SpeechCues.Use.INDIRECT)) continue;
                int clause = thatClause(s, n.index());
                int owner = owner(s, n.index());
                if (clause < 0 || owner < 0) continue;
                SpeakerWords speaker = SpeakerFinder.ofHead(s, owner);
                if (speaker == null) continue;
                Span span = ReportedClauseRule.clauseSpan(ctx, s, n.index(), clause, Set.of());
                if (span == null || Candidate.anyOverlaps(found, span.start(), span.end()) || Candidate.anyOverlaps(out, span.start(), span.end())) continue;
                out.add(new Candidate(Quote.Kind.INDIRECT, List.of(span), speaker, n.word(), ID, false, ctx.cues.nounMode(s, n.index()), null));
            }
        }
        return out;
    }

    /** The clause after the noun that opens with the complementizer "that", or -1. */
    private static int thatClause(Sentence s, int noun) {
        for (Dependency d : s.children(noun)) {
            if (d.dependent() <= noun || !CLAUSES.contains(d.baseRelation()) || !s.token(d.dependent()).isVerb() && Parse.child(s, d.dependent(), "cop") < 0) continue;
            for (Dependency m : s.children(d.dependent()))
                if (m.relation().equals("mark") && s.token(m.dependent()).word().equalsIgnoreCase("that") && m.dependent() == noun + 1) return d.dependent();
        }
        return -1;
    }

    /** The owner of the noun: "Mr. Trump's announcement", "a claim by the ministry", "the warning from officials". */
    private static int owner(Sentence s, int noun) {
        for (Dependency d : s.children(noun)) if (OWNERS.contains(d.relation())) return d.dependent();
        return -1;
    }
}
