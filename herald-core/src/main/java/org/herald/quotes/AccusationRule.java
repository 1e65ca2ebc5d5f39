package org.herald.quotes;

import org.herald.Span;
import org.herald.nlp.Dependency;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "X accused Russia of violating UN resolutions", "blamed the rebels for the attack": reported speech whose content
 * is an object and an "of"/"for" complement rather than a clause. The quote runs from the object to the end of the
 * verb's phrase.
 */
final class AccusationRule implements QuoteRule {
    static final String ID = "indirect.accusation";
    private static final Set<String> VERBS = Set.of("accuse", "blame");
    private static final Set<String> COMPLEMENTS = Set.of("advcl:of", "obl:of", "advcl:for", "obl:for", "nmod:of", "nmod:for");
    private static final Set<String> OUTSIDE = Set.of("nsubj", "punct", "cc", "conj", "parataxis");

    @Override public String id() { return ID; }

    @Override public List<Candidate> find(QuoteContext ctx, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : ctx.nlp.sentences()) {
            for (Token v : s.tokens()) {
                if (!v.isVerb() || !VERBS.contains(v.lemma()) || ctx.inMarks(v) || Parse.isNegated(s, v.index())) continue;
                int object = Parse.child(s, v.index(), "obj");
                boolean complement = false;
                for (Dependency d : s.children(v.index())) complement |= COMPLEMENTS.contains(d.relation());
                if (object < 0 || !complement || object < v.index()) continue;
                int last = object;
                for (int t : Parse.subtree(s, v.index(), OUTSIDE)) if (t > v.index()) last = Math.max(last, t);
                while (last > object && Parse.isPunct(s.token(last).word())) last--;
                int first = object;
                for (int t : Parse.subtree(s, object, OUTSIDE)) first = Math.min(first, t);
                Span span = new Span(s.token(first).start(), s.token(last).end());
                if (Candidate.anyOverlaps(found, span.start(), span.end())) continue;
                Cue cue = Cue.of(s, v.index());
                if (cue.speaker() == null) continue;
                out.add(new Candidate(Quote.Kind.INDIRECT, List.of(span), cue.speaker(), cue.word(), ID, false));
            }
        }
        return out;
    }
}
