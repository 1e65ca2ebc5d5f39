package org.herald.events;

import org.herald.Excerpt;

import java.util.List;

/**
 * Who did what to whom.
 *
 * @param id         document-local id ("e1" ...)
 * @param cameo      CAMEO event code ("112")
 * @param root       its first two digits ("11")
 * @param plover     PLOVER 2.0 event type ("ACCUSE"), or null where CAMEO has none
 * @param mode       PLOVER mode, or null
 * @param source     who acted
 * @param target     whom it was done to, or null
 * @param sentence   0-based index of the sentence in the body
 * @param evidence   the words that carry the event
 * @param quote      id of the quote it came from, or null
 * @param confidence in [0, 1]
 * @param rule       the pattern that fired, as "file:line"; {@value #TYPER_RULE} for an event of the learned typer
 * @param date       when it happened (org.herald.events.dating), or null before the event is dated
 * @param repairs    ids of the coder's parse repairs ({@link Repair}) that fired for it, in the order the coder applies
 *                   them; empty when the parse's general relations sufficed
 */
public record Event(String id, String cameo, String root, String plover, String mode, Party source, Party target,
                    int sentence, Excerpt evidence, String quote, double confidence, String rule, EventDate date,
                    List<String> repairs) {
    public Event {
        repairs = repairs == null ? List.of() : List.copyOf(repairs);
    }

    /** An event no parse repair was needed for (or read from a record without them). */
    public Event(String id, String cameo, String root, String plover, String mode, Party source, Party target,
                 int sentence, Excerpt evidence, String quote, double confidence, String rule, EventDate date) {
        this(id, cameo, root, plover, mode, source, target, sentence, evidence, quote, confidence, rule, date, List.of());
    }

    /** An event not dated yet: the coder dates all of a document's events at the end. */
    public Event(String id, String cameo, String root, String plover, String mode, Party source, Party target,
                 int sentence, Excerpt evidence, String quote, double confidence, String rule) {
        this(id, cameo, root, plover, mode, source, target, sentence, evidence, quote, confidence, rule, null);
    }

    /** The rule of the events the learned typer (org.herald.events.typer) adds where no pattern fired. */
    public static final String TYPER_RULE = "typer:events/typer-head.tsv";

    /** What produced the event: {@code "typer"} (the learned typer) or {@code "patterns"} (the rule coder). */
    public String origin() { return TYPER_RULE.equals(rule) ? "typer" : "patterns"; }

    public Event withDate(EventDate d) {
        return new Event(id, cameo, root, plover, mode, source, target, sentence, evidence, quote, confidence, rule, d, repairs);
    }

    /** An actor in an event: the actor id (or null for an uncoded noun phrase), its name and code. */
    public record Party(String actor, String name, String code) {}
}
