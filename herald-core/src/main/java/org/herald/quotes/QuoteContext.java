package org.herald.quotes;

import org.herald.actors.Actors;
import org.herald.nlp.NlpDocument;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

import java.util.List;

/** What the quote rules read about one document: its body, parse, actors, quotation marks and speech cues. */
final class QuoteContext {
    final String body;
    final NlpDocument nlp;
    final Actors actors;
    final List<QuoteMarks.Marked> marks;
    final SpeechCues cues;

    QuoteContext(String body, NlpDocument nlp, Actors actors, SpeechCues cues) {
        this.body = body;
        this.nlp = nlp;
        this.actors = actors;
        this.cues = cues;
        this.marks = QuoteMarks.find(body);
    }

    Sentence sentence(int i) { return nlp.sentences().get(i); }

    /** Whether body offset {@code offset} lies inside quotation marks (marks included). */
    boolean inMarks(int offset) {
        for (QuoteMarks.Marked m : marks) if (m.covers(offset)) return true;
        return false;
    }

    boolean inMarks(Token t) { return inMarks(t.start()); }

    boolean marksOverlap(int from, int to) {
        for (QuoteMarks.Marked m : marks) if (m.overlaps(from, to)) return true;
        return false;
    }

    int paragraphStart(int offset) {
        int nl = body.lastIndexOf('\n', Math.max(0, offset - 1));
        return offset == 0 ? 0 : nl + 1;
    }

    int paragraphEnd(int offset) {
        int nl = body.indexOf('\n', offset);
        return nl < 0 ? body.length() : nl;
    }

    /** The sentence holding body offset {@code offset}, or the last one starting before it; -1 before the first. */
    int sentenceNear(int offset) {
        int best = -1;
        for (Sentence s : nlp.sentences()) {
            if (s.span().start() <= offset) best = s.index();
            else break;
        }
        return best;
    }

    String text(int start, int end) { return body.substring(start, end); }
}
