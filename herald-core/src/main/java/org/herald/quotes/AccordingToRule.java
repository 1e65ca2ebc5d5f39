package org.herald.quotes;

import org.herald.Span;
import org.herald.nlp.Dependency;
import org.herald.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "At least 40 people were killed, according to the police" / "According to the ministry, ...": the rest of the
 * sentence is what the named source said. The phrases come from {@code speech-verbs.tsv} (kind phrase).
 * "according to a statement by the ministry" gives the ministry.
 */
final class AccordingToRule implements QuoteRule {
    static final String ID = "indirect.according-to";
    /** Nouns naming a document rather than its author: the author follows as "by X" or "from X". */
    private static final Set<String> DOCUMENTS = Set.of("statement", "report", "data", "datum", "figure", "estimate", "letter",
            "document", "post", "release", "assessment", "survey", "count", "tally");
    private static final Set<String> NONE = Set.of();

    @Override public String id() { return ID; }

    @Override public List<Candidate> find(QuoteContext ctx, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : ctx.nlp.sentences()) {
            for (int i = 0; i < s.tokens().size(); i++) {
                int n = ctx.cues.phraseAt(s, i, SpeechCues.Use.INDIRECT);
                if (n == 0 || ctx.inMarks(s.token(i))) continue;
                int head = sourceHead(s, i, n);
                if (head < 0) continue;
                int phraseEnd = head;
                for (int t : Parse.subtree(s, head, NONE)) phraseEnd = Math.max(phraseEnd, t);
                List<Span> parts = new ArrayList<>();
                addPiece(s, 0, i - 1, parts);
                addPiece(s, phraseEnd + 1, s.tokens().size() - 1, parts);
                if (parts.isEmpty()) continue;
                int from = parts.get(0).start(), to = parts.get(parts.size() - 1).end();
                if (Candidate.anyOverlaps(found, from, to)) continue;
                SpeakerWords speaker = SpeakerFinder.ofHead(s, authorOf(s, head));
                out.add(new Candidate(Quote.Kind.INDIRECT, parts, speaker, ctx.text(s.token(i).start(), s.token(i + n - 1).end()), ID, false));
            }
        }
        return out;
    }

    /** The noun the phrase attaches to: the governor of its case edge, else the first noun after it. */
    private static int sourceHead(Sentence s, int i, int n) {
        for (Dependency d : s.parents(i)) if (d.baseRelation().equals("case") && d.governor() > i) return d.governor();
        for (int k = i + n; k < s.tokens().size(); k++) {
            if (Parse.isPunct(s.token(k).word())) return -1;
            if (s.token(k).isNoun() || s.token(k).pos().startsWith("PRP")) {
                int h = k;
                while (h + 1 < s.tokens().size() && s.token(h + 1).isNoun()) h++;
                return h;
            }
        }
        return -1;
    }

    private static int authorOf(Sentence s, int head) {
        if (!DOCUMENTS.contains(s.token(head).lemma())) return head;
        for (Dependency d : s.children(head))
            if (d.relation().equals("nmod:by") || d.relation().equals("nmod:from") || d.relation().equals("nmod:of")) return d.dependent();
        return head;
    }

    /** Tokens [from, to] less punctuation and joining words at the ends, as a span; nothing if no word is left. */
    private static void addPiece(Sentence s, int from, int to, List<Span> parts) {
        while (from <= to && (Parse.isPunct(s.token(from).word()) || s.token(from).pos().equals("CC"))) from++;
        while (to >= from && (Parse.isPunct(s.token(to).word()) || s.token(to).pos().equals("CC"))) to--;
        if (to - from + 1 >= 2) parts.add(new Span(s.token(from).start(), s.token(to).end()));
    }
}
