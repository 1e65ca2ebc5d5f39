package org.herald.quotes;

import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

/** A cue token found for a quote, with the speaker words its parse gives. */
record Cue(int sentence, int token, String word, SpeakerWords speaker) {

    static Cue of(Sentence s, int token) {
        return new Cue(s.index(), token, s.token(token).word(), SpeakerFinder.ofCue(s, token));
    }

    /** The first (or last) verb cue for {@code use} in body offsets [from, to), outside quotation marks; null if none. */
    static Cue verbIn(QuoteContext ctx, int from, int to, SpeechCues.Use use, boolean last) {
        Cue found = null;
        for (Sentence s : ctx.nlp.sentences()) {
            if (s.span().end() <= from || s.span().start() >= to) continue;
            for (Token t : s.tokens()) {
                if (t.start() < from || t.end() > to || ctx.inMarks(t)) continue;
                if (!ctx.cues.isVerbCue(s, t.index(), use)) continue;
                if (!last) return of(s, t.index());
                found = of(s, t.index());
            }
        }
        return found;
    }
}
