package org.herald.events.dating;

import org.herald.Excerpt;
import org.herald.events.Event;
import org.herald.events.EventDate;
import org.herald.knowledge.KnowledgeSource;
import org.herald.nlp.NlpDocument;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dates events. For each event, the date phrases of its sentence are found ({@link DateRules}) and the one nearest the
 * event's evidence decides; a phrase without a year ("on Wednesday", "March 3", "in May") is placed by the sentence's
 * tense: after the reference day when a word of the future ("will", "scheduled") is in the sentence, before it when a
 * verb is in the past, else the nearest. With no phrase the event takes the reference day (rule {@code reference});
 * with no reference either it has no day (rule {@code undated}), and a relative phrase keeps its words so that it can
 * be resolved later against another reference ({@link #redate}: a capture date, an ingest option).
 */
public final class EventDater {
    public static final String REFERENCE_RULE = "reference";
    public static final String UNDATED_RULE = "undated";

    private final DateRules rules;

    private EventDater(DateWords words) { this.rules = new DateRules(words); }

    public static EventDater load(KnowledgeSource source) { return new EventDater(DateWords.load(source)); }

    /** The dater of the shipped word file, loaded once (the event coder's). */
    public static EventDater shipped() { return Shipped.DATER; }

    private static final class Shipped { static final EventDater DATER = load(KnowledgeSource.shipped()); }

    /** Every event of a document, dated against {@code reference}. */
    public List<Event> date(List<Event> events, NlpDocument nlp, String body, Reference reference) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Sentence s = e.sentence() >= 0 && e.sentence() < nlp.sentences().size() ? nlp.sentences().get(e.sentence()) : null;
            out.add(e.withDate(s == null ? fallback(reference) : date(body, s, e.evidence(), reference)));
        }
        return out;
    }

    /** The date of an event whose evidence lies in sentence {@code s} of {@code body}. */
    public EventDate date(String body, Sentence s, Excerpt evidence, Reference reference) {
        List<String> words = new ArrayList<>(), tags = new ArrayList<>();
        for (Token t : s.tokens()) { words.add(t.word()); tags.add(t.pos()); }
        return date(body, s.span().start(), s.span().end(), evidence, rules.tense(words, tags), reference);
    }

    EventDate date(String body, int sentenceStart, int sentenceEnd, Excerpt evidence, DateRules.Tense tense, Reference reference) {
        String text = body.substring(sentenceStart, Math.min(sentenceEnd, body.length()));
        List<DateRules.Found> found = rules.findAll(text, reference.day(), tense);
        if (found.isEmpty()) return fallback(reference);
        DateRules.Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateRules.Found f : found) {
            int s = sentenceStart + f.start(), e = sentenceStart + f.end();
            int d = e <= evidence.start() ? evidence.start() - e : s >= evidence.end() ? s - evidence.end() : 0;
            if (d < bestDistance) { bestDistance = d; best = f; }
        }
        Excerpt phrase = Excerpt.of(body, sentenceStart + best.start(), sentenceStart + best.end());
        DateRules.Resolved r = best.resolved();
        return new EventDate(r == null ? null : r.day().toString(), r == null ? null : r.precision(), phrase, best.rule(),
                reference.kind().label(), reference.present() ? reference.day().toString() : null);
    }

    /**
     * The same date resolved against another reference: a relative phrase is read again, an explicit date stays as it
     * is, and an event without a phrase takes the new reference day.
     */
    public EventDate redate(EventDate d, Reference reference) {
        String ref = reference.present() ? reference.day().toString() : null;
        if (d == null || d.phrase() == null) return fallback(reference);
        Optional<DateRules.Resolved> r = rules.resolve(d.rule(), d.phrase().text(), reference.day());
        return new EventDate(r.map(x -> x.day().toString()).orElse(null), r.map(DateRules.Resolved::precision).orElse(null), d.phrase(),
                d.rule(), reference.kind().label(), ref);
    }

    private static EventDate fallback(Reference reference) {
        if (!reference.present()) return new EventDate(null, null, null, UNDATED_RULE, null, null);
        String day = reference.day().toString();
        return new EventDate(day, "day", null, REFERENCE_RULE, reference.kind().label(), day);
    }

    /** The day of a resolved date, or null. */
    public static LocalDate dayOf(EventDate d) { return d == null || d.day() == null ? null : LocalDate.parse(d.day()); }
}
