package org.herald.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.herald.pipeline.Analysis;
import org.herald.Excerpt;
import org.herald.Page;
import org.herald.actors.Actor;
import org.herald.events.Event;
import org.herald.pipeline.Pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores the event coder on sentences coded by hand with a PLOVER type and source/target words (the layout of the
 * PLOVER gold-standard records). Each sentence goes through the whole pipeline as a one-sentence text page. A sentence
 * counts for type accuracy when some event has the gold type, for full accuracy when such an event's source covers a
 * gold source's words and its target a gold target's words (where the gold names one). Precision is over every event
 * emitted, so that emitting many events is not rewarded.
 *
 * <p>A party covers gold words when its name contains them, or when its actor has a mention overlapping them.
 *
 * <p>A record whose {@code event} is null reports no codable event: it is left out of the accuracies, and every
 * event emitted on it counts against precision (a false positive).
 */
public final class PloverEval {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PloverEval() { }

    /** One gold record: the sentence, its type (null: no codable event) and the source and target words. */
    public record Gold(String id, String text, String type, List<String> sources, List<String> targets) {
        public Gold {
            sources = List.copyOf(sources);
            targets = List.copyOf(targets);
        }
    }

    /** What one sentence gave. */
    public record Outcome(Gold gold, List<Event> events, boolean typeHit, boolean fullHit, int correctEvents) {
        public Outcome { events = List.copyOf(events); }
    }

    /**
     * The totals. {@code sentences} counts the records with a gold event; {@code events} counts every event emitted,
     * {@code noEventEvents} those emitted on the {@code noEventSentences} records that report none.
     */
    public record Report(int sentences, int typeHits, int fullHits, int events, int correctEvents, int noEventSentences,
                         int noEventEvents, long nanos, long nlpNanos, long eventNanos, List<Outcome> outcomes) {
        public Report { outcomes = List.copyOf(outcomes); }

        /** Adds up the outcomes. */
        public static Report of(List<Outcome> outcomes, long nanos, long nlpNanos, long eventNanos) {
            int sentences = 0, typeHits = 0, fullHits = 0, events = 0, correct = 0, noEvent = 0, noEventEvents = 0;
            for (Outcome o : outcomes) {
                events += o.events().size();
                correct += o.correctEvents();
                if (o.gold().type() == null) {
                    noEvent++;
                    noEventEvents += o.events().size();
                    continue;
                }
                sentences++;
                if (o.typeHit()) typeHits++;
                if (o.fullHit()) fullHits++;
            }
            return new Report(sentences, typeHits, fullHits, events, correct, noEvent, noEventEvents, nanos, nlpNanos, eventNanos, outcomes);
        }

        public double typeAccuracy() { return sentences == 0 ? 0 : (double) typeHits / sentences; }
        public double fullAccuracy() { return sentences == 0 ? 0 : (double) fullHits / sentences; }
        /** Over every sentence scored, those without a gold event included. */
        public double eventsPerSentence() { return sentences + noEventSentences == 0 ? 0 : (double) events / (sentences + noEventSentences); }
        public double precision() { return events == 0 ? 0 : (double) correctEvents / events; }
        /** Event coding time over NLP time (tokenize, tag, lemma, NER, parse). */
        public double eventShareOfNlp() { return nlpNanos == 0 ? 0 : (double) eventNanos / nlpNanos; }
    }

    /**
     * Prints the figures; with {@code misses}, first every sentence not reproduced in full (MISS: no event of its type;
     * ACTORS: type right, parties wrong; EXTRA: extra wrong events; NOEVENT: events where none is), with what was coded,
     * and with {@code parse} each one's dependency edges (re-parsed by {@code pipeline}).
     */
    public static void print(Report r, PrintWriter out, boolean misses, boolean parse, Pipeline pipeline) {
        if (misses) {
            for (Outcome o : r.outcomes()) {
                boolean noEvent = o.gold().type() == null;
                boolean extra = o.events().size() > o.correctEvents();
                if (noEvent ? o.events().isEmpty() : o.fullHit() && !extra) continue;
                String kind = noEvent ? "NOEVENT" : o.fullHit() ? "EXTRA" : o.typeHit() ? "ACTORS" : "MISS";
                out.printf("%s %s gold %s %s -> %s%n  %s%n", kind, o.gold().type(), o.gold().sources(), o.gold().targets(), o.gold().id(), o.gold().text());
                if (parse) {
                    var doc = pipeline.models().annotate(o.gold().text(), pipeline.config().limits(), org.herald.StageTimer.NONE).document();
                    for (var sen : doc.sentences())
                        for (var d : sen.dependencies())
                            if (d.governor() >= 0) out.printf("      %s(%s-%s, %s-%s)%n", d.relation(), sen.token(d.governor()).word(),
                                    sen.token(d.governor()).lemma(), sen.token(d.dependent()).word(), sen.token(d.dependent()).pos());
                }
                for (Event e : o.events())
                    out.printf("    %s %s %s -> %s [%s] %s%n", e.cameo(), e.plover(), e.source() == null ? null : e.source().name(),
                            e.target() == null ? null : e.target().name(), e.evidence().text(), e.rule());
            }
        }
        if (r.noEventSentences() > 0)
            out.printf("sentences with no event %d: %d events emitted on them (counted against precision)%n", r.noEventSentences(), r.noEventEvents());
        out.printf("sentences %d%ntype accuracy %.3f (%d)%nfull accuracy %.3f (%d)%nevents %d, %.2f per sentence%nprecision %.3f (%d correct)%ntime %.1f s; NLP %.2f s, event coding %.3f s (%.1f%% of NLP)%n",
                r.sentences(), r.typeAccuracy(), r.typeHits(), r.fullAccuracy(), r.fullHits(), r.events(), r.eventsPerSentence(),
                r.precision(), r.correctEvents(), r.nanos() / 1e9, r.nlpNanos() / 1e9, r.eventNanos() / 1e9, 100 * r.eventShareOfNlp());
    }

    public static List<Gold> read(Path file) {
        List<Gold> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode n = JSON.readTree(line);
                String type = n.path("event").isTextual() ? n.path("event").asText() : null;
                out.add(new Gold(n.path("id").asText(), n.path("text").asText().strip(), type,
                        texts(n.path("source")), texts(n.path("target"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    private static List<String> texts(JsonNode list) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : list) if (!a.path("text").asText().isBlank()) out.add(a.path("text").asText());
        return out;
    }

    public static Report run(Pipeline pipeline, List<Gold> golds) {
        List<Outcome> outcomes = new ArrayList<>();
        long t0 = System.nanoTime();
        long[] stageNanos = new long[2];
        org.herald.StageTimer timer = (stage, nanos) -> {
            if (stage.startsWith("nlp")) stageNanos[0] += nanos;
            else if (stage.equals("events") || stage.equals("typer")) stageNanos[1] += nanos;
        };
        for (Gold g : golds) {
            Analysis a = pipeline.analyze(Page.ofText(g.id(), g.text()), timer);
            outcomes.add(score(g, a));
        }
        return Report.of(outcomes, System.nanoTime() - t0, stageNanos[0], stageNanos[1]);
    }

    static Outcome score(Gold g, Analysis a) {
        boolean typeHit = false, fullHit = false;
        int correct = 0;
        String body = a.article() == null ? "" : a.article().body();
        for (Event e : a.events()) {
            if (g.type() == null || !g.type().equals(e.plover())) continue;
            typeHit = true;
            boolean src = covers(e.source(), g.sources(), a, body);
            boolean tgt = g.targets().isEmpty() || covers(e.target(), g.targets(), a, body);
            if (src && tgt) {
                fullHit = true;
                correct++;
            }
        }
        return new Outcome(g, a.events(), typeHit, fullHit, correct);
    }

    static boolean covers(Event.Party party, List<String> golds, Analysis a, String body) {
        if (party == null) return false;
        String name = norm(party.name());
        for (String gold : golds) {
            if (!name.isEmpty() && name.contains(norm(gold))) return true;
            if (party.actor() == null) continue;
            int at = body.indexOf(gold);
            if (at < 0) continue;
            for (Actor actor : a.actors()) {
                if (!actor.id().equals(party.actor())) continue;
                for (Excerpt m : actor.mentions()) if (m.start() < at + gold.length() && at < m.end()) return true;
            }
        }
        return false;
    }

    private static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
