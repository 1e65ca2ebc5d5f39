package org.herald.quotes;

import org.herald.Span;

import java.util.List;

/**
 * A quote a rule found, before its speaker is resolved and it gets an id.
 *
 * @param kind            direct, partial or indirect
 * @param parts           the quoted words' pieces, in body order
 * @param speaker         the words naming the speaker, or null
 * @param cue             the cue word(s) as written, or null
 * @param rule            id of the rule that found it
 * @param followsPrevious no cue of its own: a quote paragraph that continues the previous speaker's quote
 * @param mode            speech, belief, intention or evidence, from the cue's lexicon entry
 * @param content         the whole reported clause of a partial quote (its parts are the marked words inside), or
 *                        null: the parts' extent
 */
record Candidate(Quote.Kind kind, List<Span> parts, SpeakerWords speaker, String cue, String rule, boolean followsPrevious,
                 Quote.Mode mode, Span content) {
    Candidate {
        parts = List.copyOf(parts);
        if (mode == null) mode = Quote.Mode.SPEECH;
    }

    /** A candidate of mode speech. */
    Candidate(Quote.Kind kind, List<Span> parts, SpeakerWords speaker, String cue, String rule, boolean followsPrevious) {
        this(kind, parts, speaker, cue, rule, followsPrevious, Quote.Mode.SPEECH, null);
    }

    int start() { return content != null ? content.start() : parts.get(0).start(); }

    int end() { return content != null ? content.end() : parts.get(parts.size() - 1).end(); }

    boolean overlaps(int from, int to) {
        for (Span p : parts) if (p.start() < to && from < p.end()) return true;
        return false;
    }

    static boolean anyOverlaps(List<Candidate> found, int from, int to) {
        for (Candidate c : found) if (c.overlaps(from, to)) return true;
        return false;
    }
}
