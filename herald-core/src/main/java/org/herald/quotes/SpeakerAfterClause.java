package org.herald.quotes;

import org.herald.Span;
import org.herald.nlp.EntityMention;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * "Sri Lanka will seek a new loan, the country’s finance minister, Ravi Perera, told parliament": a cue after the
 * clause it reports, whose speaker the parser failed to make its subject. The speaker is the noun phrase between the
 * clause's last comma and the cue (appositions included), or, with the cue right after the comma ("..., said X"),
 * the name after the cue; the clause is everything before that comma.
 */
final class SpeakerAfterClause {
    static final String ID = "indirect.clause-after-loose";
    private static final Set<String> PHRASE_TAGS = Set.of("DT", "NN", "NNS", "NNP", "NNPS", "JJ", "POS", "PRP$", "CD", ",");

    private SpeakerAfterClause() { }

    static Candidate find(QuoteContext ctx, Sentence s, int verb, int clauseHead) {
        Candidate before = before(ctx, s, verb);
        if (before != null && before.speaker().type() != SpeakerWords.Type.OTHER && before.speaker().type() != SpeakerWords.Type.TITLE)
            return before;
        if (verb >= 2 && s.token(verb - 1).word().equals(",")) {
            Candidate after = inverted(ctx, s, verb);
            if (after != null) return after;
        }
        return before;
    }

    /** "..., the country’s finance minister, Ravi Perera, told": the phrase between the clause's comma and the cue. */
    private static Candidate before(QuoteContext ctx, Sentence s, int verb) {
        int k = verb - 1;
        int comma = -1;
        // A preposition inside the phrase ("people familiar with the talks"), never its first word.
        while (k >= 0 && (PHRASE_TAGS.contains(tag(s.token(k))) || tag(s.token(k)).equals("IN") && k < verb - 1 && k > 0
                && !s.token(k - 1).word().equals(","))) {
            if (s.token(k).word().equals(",")) comma = k;
            k--;
        }
        if (comma < 0) return null;
        int from = comma + 1, to = verb - 1;
        while (to > from && s.token(to).word().equals(",")) to--;
        if (from > to) return null;
        int head = -1;
        for (String type : List.of("PERSON", "ORGANIZATION")) {
            for (EntityMention e : s.entities()) if (e.type().equals(type) && e.firstToken() >= from && e.endToken() - 1 <= to) head = e.endToken() - 1;
            if (head >= 0) break;
        }
        // The phrase's head noun: the last noun before a preposition ("people familiar with the talks": people).
        if (head < 0) for (int i = from; i <= to && !(head >= 0 && tag(s.token(i)).equals("IN")); i++) if (s.token(i).isNoun()) head = i;
        if (head < 0) return null;
        Span span = clause(ctx, s, comma);
        if (span == null) return null;
        return new Candidate(Quote.Kind.INDIRECT, List.of(span), SpeakerFinder.ofHead(s, head), s.token(verb).word(), ID, false);
    }

    /** "The bridge was destroyed overnight, said the interior minister, Victor Rusu." */
    private static Candidate inverted(QuoteContext ctx, Sentence s, int verb) {
        SpeakerWords speaker = SpeakerFinder.ofCue(s, verb);
        if (speaker == null || speaker.start() < s.token(verb).end()) return null;
        Span span = clause(ctx, s, verb - 1);
        return span == null ? null : new Candidate(Quote.Kind.INDIRECT, List.of(span), speaker, s.token(verb).word(), ID, false);
    }

    /** Tokens from the sentence start to just before {@code comma}, trimmed of punctuation; null if too short or in marks. */
    private static Span clause(QuoteContext ctx, Sentence s, int comma) {
        int first = 0;
        while (first < comma && Parse.isPunct(s.token(first).word())) first++;
        int last = comma - 1;
        while (last > first && Parse.isPunct(s.token(last).word())) last--;
        if (last - first < 1 || ctx.inMarks(s.token(first)) || ctx.inMarks(s.token(last))) return null;
        return new Span(s.token(first).start(), s.token(last).end());
    }

    private static String tag(Token t) {
        return t.word().equals(",") ? "," : t.pos();
    }
}
