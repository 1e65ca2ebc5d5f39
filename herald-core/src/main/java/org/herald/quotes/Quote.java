package org.herald.quotes;

import org.herald.Span;

import java.util.List;

/**
 * Who said what.
 *
 * @param id      document-local id ("q1" ...)
 * @param kind    direct (in marks), partial (a few marked words inside reported speech), indirect (no marks)
 * @param text    the quoted words only; pieces of a split quote joined by one space
 * @param start   start of the first piece; of a partial quote, start of the whole reported clause its pieces sit in
 * @param end     end of the last piece (of a partial quote's clause)
 * @param parts   the pieces' spans
 * @param speaker who said it, or null when no speaker could be resolved (never invented)
 * @param cue     the speech verb or phrase ("said", "according to"), or null
 * @param rule    id of the rule that found the quote
 * @param mode    what the attribution reports: speech (said, wrote), belief (thinks), intention (wants to), evidence
 *                (a poll, report or video "shows"); events and claims read speech and evidence only
 */
public record Quote(String id, Kind kind, String text, int start, int end, List<Span> parts, Speaker speaker,
                    String cue, String rule, Mode mode) {

    public enum Kind { DIRECT, PARTIAL, INDIRECT;
        @Override public String toString() { return name().toLowerCase(); }
    }

    public enum Mode { SPEECH, BELIEF, INTENTION, EVIDENCE;
        @Override public String toString() { return name().toLowerCase(); }

        /** Speech and evidence state something that happened or was found; beliefs and intentions do not. */
        public boolean reportsStatement() { return this == SPEECH || this == EVIDENCE; }
    }

    public Quote {
        parts = List.copyOf(parts);
        if (mode == null) mode = Mode.SPEECH;
    }

    /** A quote of mode speech. */
    public Quote(String id, Kind kind, String text, int start, int end, List<Span> parts, Speaker speaker, String cue, String rule) {
        this(id, kind, text, start, end, parts, speaker, cue, rule, Mode.SPEECH);
    }

    /**
     * @param actor id of the actor the speaker resolves to, or null
     * @param name  the resolved name (or the title words for a title-only speaker)
     * @param code  the actor's CAMEO code, or null
     * @param start start of the words naming the speaker for this quote (the pronoun itself where it is one)
     * @param end   end of those words
     */
    public record Speaker(String actor, String name, String code, int start, int end) {}
}
