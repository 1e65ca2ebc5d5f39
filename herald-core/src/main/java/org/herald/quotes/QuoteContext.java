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
    /** The gender of the document's persons, for pronoun agreement. */
    final PersonGender genders;
    final TitleAbbreviations titles;
    /** coveredBefore[i] = how many offsets below i lie inside marks: answers both questions below in O(1), where a scan
     *  of the marks per token made a page full of stray marks quadratic (minutes for 16k marks). */
    private final int[] coveredBefore;

    QuoteContext(String body, NlpDocument nlp, Actors actors, SpeechCues cues, GenderWords genderWords, TitleAbbreviations titles) {
        // `` ... '' read as curly marks by every rule; same length, so offsets are the article body's.
        this.body = QuoteMarks.withoutTwoCharacterMarks(body);
        this.nlp = nlp;
        this.actors = actors;
        this.cues = cues;
        this.genders = new PersonGender(this, genderWords);
        this.titles = titles;
        this.marks = QuoteMarks.find(this.body);
        int[] depth = new int[body.length() + 1];
        for (QuoteMarks.Marked m : marks) {
            int from = Math.max(0, Math.min(m.open(), body.length())), to = Math.max(from, Math.min(m.close(), body.length()));
            depth[from]++;
            depth[to]--;
        }
        coveredBefore = new int[body.length() + 1];
        int open = 0;
        for (int i = 0; i < body.length(); i++) {
            open += depth[i];
            coveredBefore[i + 1] = coveredBefore[i] + (open > 0 ? 1 : 0);
        }
    }

    Sentence sentence(int i) { return nlp.sentences().get(i); }

    /** Whether body offset {@code offset} lies inside quotation marks (marks included). */
    boolean inMarks(int offset) {
        return offset >= 0 && offset < body.length() && coveredBefore[offset + 1] > coveredBefore[offset];
    }

    boolean inMarks(Token t) { return inMarks(t.start()); }

    boolean marksOverlap(int from, int to) {
        int a = Math.max(0, Math.min(from, body.length())), b = Math.max(a, Math.min(to, body.length()));
        return coveredBefore[b] > coveredBefore[a];
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
