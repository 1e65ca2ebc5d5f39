package org.herald.quotes;

import org.herald.Span;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A few marked words inside a clause that a speech verb governs ("adding that ... would be a “brazen violation of the
 * UN Charter”", "called the sanctions “a necessary signal”"). Marked words governed by no speech verb with a
 * speaker ("critics dubbed the plan a “paper tiger”", titles of books and operations) are scare quotes: no quote.
 */
final class PartialQuoteRule implements QuoteRule {
    static final String ID = "partial";
    /** The subject is the speaker, never part of what was said. */
    /** Longest title in marks taken for a name rather than words somebody said. */
    private static final int MAX_TITLE_WORDS = 6;
    private static final Set<String> NOT_SAID = Set.of("nsubj", "nsubj:pass", "csubj");

    @Override public String id() { return ID; }

    @Override public List<Candidate> find(QuoteContext ctx, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        for (QuoteMarks.Marked m : ctx.marks) {
            if (!m.closed() || m.parts().size() != 1 || Candidate.anyOverlaps(found, m.start(), m.end())) continue;
            if (isTitle(ctx.text(m.start(), m.end()))) continue;
            int si = ctx.nlp.sentenceAt(m.start());
            if (si < 0) continue;
            Sentence s = ctx.sentence(si);
            int first = s.tokenAt(m.start());
            if (first < 0) continue;
            Cue best = null;
            int bestSize = Integer.MAX_VALUE;
            for (Token t : s.tokens()) {
                if (ctx.inMarks(t) || !ctx.cues.isVerbCue(s, t.index(), SpeechCues.Use.PARTIAL) || Parse.isNegated(s, t.index())) continue;
                var governed = Parse.subtree(s, t.index(), NOT_SAID);
                if (!governed.contains(first) || governed.size() >= bestSize) continue;
                Cue c = Cue.of(s, t.index());
                if (c.speaker() == null || isGeneric(s, c.speaker())) continue;
                best = c;
                bestSize = governed.size();
            }
            if (best == null) continue;
            // The content is the whole clause the cue reports; the marked words are its part.
            Span clause = ReportedClauseRule.reported(ctx, s, best.token());
            if (clause != null && (clause.start() > m.start() || clause.end() < m.end())) clause = null;
            // One attribution per cue: more marked words in the same clause are more parts of the same quote.
            Candidate same = null;
            for (Candidate c : out) if (clause != null && clause.equals(c.content())) same = c;
            if (same != null) {
                List<Span> parts = new ArrayList<>(same.parts());
                parts.add(new Span(m.start(), m.end()));
                out.set(out.indexOf(same), new Candidate(same.kind(), parts, same.speaker(), same.cue(), ID, false, same.mode(), clause));
                continue;
            }
            out.add(new Candidate(Quote.Kind.PARTIAL, List.of(new Span(m.start(), m.end())), best.speaker(), best.word(), ID, false,
                    ctx.cues.mode(s, best.token(), SpeechCues.Use.PARTIAL), clause));
        }
        return out;
    }

    /** "Critics have dubbed it ...", "Analysts call it ...": nobody in particular; the marks are scare quotes. */
    private static boolean isGeneric(Sentence s, SpeakerWords w) {
        if (w.type() != SpeakerWords.Type.OTHER || !s.token(w.head()).pos().equals("NNS")) return false;
        for (var d : s.children(w.head())) if (Set.of("amod", "compound", "nmod:poss", "det").contains(d.relation())) return false;
        return true;
    }

    /** "Winter in Kyiv", "Northern Shield": a short stretch in title case names a work or an operation. */
    static boolean isTitle(String text) {
        String[] words = text.split("\\s+");
        if (words.length > MAX_TITLE_WORDS || !Character.isUpperCase(words[0].charAt(0))) return false;
        for (String w : words) if (w.length() > 3 && !Character.isUpperCase(w.charAt(0))) return false;
        return true;
    }
}
