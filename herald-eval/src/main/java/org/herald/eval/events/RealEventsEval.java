package org.herald.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.herald.Span;
import org.herald.eval.real.BodyAlignment;
import org.herald.eval.real.RealArticles;
import org.herald.eval.real.RealArticles.Split;
import org.herald.events.Event;
import org.herald.pipeline.Analysis;
import org.herald.pipeline.Pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the event coder on real articles whose events were coded by hand ({@code eval/real/events.jsonl}: page id,
 * sentence, trigger, CAMEO code, source and target codes, as UTF-16 offsets into the article-extraction benchmark's
 * {@code articleBody}). Each body of {@link RealArticles} goes through the whole pipeline as a text document; where
 * the text extractor changed it, gold offsets are moved by {@link BodyAlignment}.
 *
 * <p>The matching rule. A Herald event and a gold mention are <em>in the same place</em> when the event's evidence
 * overlaps the gold sentence. Then, at three levels:
 * <ul>
 *   <li><b>full</b>: the same CAMEO root, and the source's country (the first three letters of its code: {@code USA}
 *       of {@code USACOP}, {@code IGO} of {@code IGOUNO}) is that of one of the gold sources, and the target's that of
 *       one of the gold targets; a gold mention naming no source (no target) constrains no source (no target);</li>
 *   <li><b>root</b>: the same CAMEO root;</li>
 *   <li><b>type</b>: the same PLOVER type (gold mentions without one, roots 02 and 01, are left out at this level).</li>
 * </ul>
 * Recall is over gold mentions (a repeated mention, {@code repeat_of}, counts like any other), also given over
 * distinct events (an event is found when any of its mentions is). Precision is over Herald's events: one is correct
 * when it matches some gold mention at that level.
 */
public final class RealEventsEval {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RealEventsEval() { }

    /** A hand-coded actor: its code and its mention. */
    public record GoldParty(String code, int start, int end) { }

    /** One hand-coded event mention. */
    public record Gold(String page, String split, String id, int sentenceStart, int sentenceEnd, int triggerStart, int triggerEnd,
                       String cameo, String plover, List<GoldParty> sources, List<GoldParty> targets, String repeatOf) {
        public Gold {
            sources = List.copyOf(sources);
            targets = List.copyOf(targets);
        }
        String root() { return cameo.substring(0, 2); }
        /** The id of the event this mention reports: its own, or the first mention's. */
        String eventId() { return repeatOf == null ? id : repeatOf; }
    }

    /** The levels of matching, from the strictest. */
    public enum Level { FULL, ROOT, TYPE }

    /** Counts at one level. */
    public record Score(int gold, int goldFound, int events, int eventsFound, int eventsCorrect, int systemEvents) {
        public double recall() { return gold == 0 ? 0 : (double) goldFound / gold; }
        public double eventRecall() { return events == 0 ? 0 : (double) eventsFound / events; }
        public double precision() { return systemEvents == 0 ? 0 : (double) eventsCorrect / systemEvents; }
        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
    }

    /** One article's analysis with its gold mentions, offsets already in the analysed body. */
    public record Article(String page, List<Gold> golds, List<Event> events, String error, boolean realigned) {
        public Article {
            golds = List.copyOf(golds);
            events = List.copyOf(events);
        }
    }

    public record Report(Split split, List<Article> articles, Map<Level, Score> scores, long nanos) {
        public Report {
            articles = List.copyOf(articles);
            scores = Map.copyOf(scores);
        }
        public Score score(Level l) { return scores.get(l); }
    }

    public static List<Gold> read(Path file) {
        List<Gold> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode n = JSON.readTree(line);
                out.add(new Gold(n.path("page").asText(), n.path("split").asText(), n.path("id").asText(),
                        n.path("sentence").path(0).asInt(), n.path("sentence").path(1).asInt(),
                        n.path("trigger").path(0).asInt(), n.path("trigger").path(1).asInt(),
                        n.path("cameo").asText(), n.path("plover").isTextual() ? n.path("plover").asText() : null,
                        parties(n.path("sources")), parties(n.path("targets")),
                        n.path("repeat_of").isTextual() ? n.path("repeat_of").asText() : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    private static List<GoldParty> parties(JsonNode list) {
        List<GoldParty> out = new ArrayList<>();
        for (JsonNode p : list) out.add(new GoldParty(p.path("code").asText(), p.path("mention").path(0).asInt(), p.path("mention").path(1).asInt()));
        return out;
    }

    /**
     * Analyses every page of {@code split} (articles without an event count against precision) and scores it; every
     * gold mention must be of a listed page, in its split.
     */
    public static Report run(Pipeline pipeline, List<Gold> golds, RealArticles articles, Split split) {
        Map<String, List<Gold>> byPage = new LinkedHashMap<>();
        for (Gold g : golds) {
            articles.check(g.page(), g.split(), "event " + g.id());
            byPage.computeIfAbsent(g.page(), k -> new ArrayList<>()).add(g);
        }
        List<Article> out = new ArrayList<>();
        long t0 = System.nanoTime();
        for (RealArticles.Article article : articles.in(split))
            out.add(align(RealArticles.analyze(pipeline, article), byPage.getOrDefault(article.page(), List.of())));
        return new Report(split, out, score(out), System.nanoTime() - t0);
    }

    /**
     * The gold mentions with their offsets moved into the analysed body by the article's {@link BodyAlignment}. A
     * span whose text the extractor dropped gets no place ({@link #NOWHERE}), so it matches no event.
     */
    static Article align(RealArticles.Analysed analysed, List<Gold> golds) {
        String page = analysed.article().page();
        Analysis a = analysed.analysis();
        if (a.article() == null) return new Article(page, golds, List.of(), a.errors().isEmpty() ? "no article" : a.errors().get(0).message(), false);
        if (!analysed.realigned()) return new Article(page, golds, a.events(), null, false);
        BodyAlignment m = analysed.alignment();
        List<Gold> moved = new ArrayList<>();
        for (Gold g : golds) {
            Span sentence = m.span(g.sentenceStart(), g.sentenceEnd()).orElse(NOWHERE), trigger = m.span(g.triggerStart(), g.triggerEnd()).orElse(NOWHERE);
            moved.add(new Gold(g.page(), g.split(), g.id(), sentence.start(), sentence.end(), trigger.start(), trigger.end(), g.cameo(),
                    g.plover(), moved(g.sources(), m), moved(g.targets(), m), g.repeatOf()));
        }
        return new Article(page, moved, a.events(), null, true);
    }

    /** The place of a gold span not in the analysed body: before its first character, and empty. */
    static final Span NOWHERE = new Span(0, 0);

    private static List<GoldParty> moved(List<GoldParty> ps, BodyAlignment m) {
        List<GoldParty> out = new ArrayList<>();
        for (GoldParty p : ps) {
            Span s = m.span(p.start(), p.end()).orElse(NOWHERE);
            out.add(new GoldParty(p.code(), s.start(), s.end()));
        }
        return out;
    }

    static Map<Level, Score> score(List<Article> articles) {
        Map<Level, Score> out = new LinkedHashMap<>();
        for (Level level : Level.values()) {
            int gold = 0, goldFound = 0, system = 0, correct = 0;
            Map<String, Boolean> distinct = new LinkedHashMap<>();
            for (Article art : articles) {
                for (Gold g : art.golds()) {
                    if (level == Level.TYPE && g.plover() == null) continue;
                    gold++;
                    String key = art.page() + "/" + g.eventId();
                    boolean found = art.events().stream().anyMatch(e -> matches(e, g, level));
                    if (found) goldFound++;
                    distinct.merge(key, found, Boolean::logicalOr);
                }
                for (Event e : art.events()) {
                    system++;
                    if (art.golds().stream().anyMatch(g -> (level != Level.TYPE || g.plover() != null) && matches(e, g, level))) correct++;
                }
            }
            int eventsFound = (int) distinct.values().stream().filter(b -> b).count();
            out.put(level, new Score(gold, goldFound, distinct.size(), eventsFound, correct, system));
        }
        return out;
    }

    /** The matching rule of the class comment. */
    static boolean matches(Event e, Gold g, Level level) {
        if (e.evidence().end() <= g.sentenceStart() || e.evidence().start() >= g.sentenceEnd()) return false;
        return switch (level) {
            case TYPE -> g.plover() != null && g.plover().equals(e.plover());
            case ROOT -> g.root().equals(e.root());
            case FULL -> g.root().equals(e.root()) && sameCountry(e.source(), g.sources()) && sameCountry(e.target(), g.targets());
        };
    }

    private static boolean sameCountry(Event.Party party, List<GoldParty> golds) {
        if (golds.isEmpty()) return true;
        String c = country(party == null ? null : party.code());
        if (c == null) return false;
        for (GoldParty g : golds) if (c.equals(country(g.code()))) return true;
        return false;
    }

    /** The first three letters of an actor code, or null. */
    static String country(String code) {
        return code == null || code.length() < 3 ? null : code.substring(0, 3);
    }

    /**
     * Prints the totals; with {@code errors} (refused for the blind split) first each gold mention not found in full
     * and each event matching no gold mention, with what was coded in that sentence.
     */
    public static void print(Report r, PrintWriter out, boolean errors) {
        if (errors && r.split() != Split.DEV) throw new IllegalArgumentException("per-item errors are printed for the dev split only");
        if (errors) {
            for (Article art : r.articles()) {
                if (art.error() != null) out.printf("ERROR %s %s%n", art.page(), art.error());
                for (Gold g : art.golds()) {
                    if (art.events().stream().anyMatch(e -> matches(e, g, Level.FULL))) continue;
                    boolean root = art.events().stream().anyMatch(e -> matches(e, g, Level.ROOT));
                    out.printf("%s %s %s %s -> %s%s%n", root ? "PARTIES" : "MISS", g.id(), g.cameo(), codes(g.sources()), codes(g.targets()),
                            g.repeatOf() == null ? "" : " (repeat of " + g.repeatOf() + ")");
                    for (Event e : art.events())
                        if (e.evidence().end() > g.sentenceStart() && e.evidence().start() < g.sentenceEnd())
                            out.printf("    coded %s %s -> %s [%s] %s%n", e.cameo(), code(e.source()), code(e.target()), e.evidence().text(), e.rule());
                }
                for (Event e : art.events())
                    if (art.golds().stream().noneMatch(g -> matches(e, g, Level.ROOT)))
                        out.printf("EXTRA %s %s %s -> %s [%s] %s%n", art.page().substring(0, 8), e.cameo(), code(e.source()), code(e.target()),
                                e.evidence().text(), e.rule());
            }
        }
        long failed = r.articles().stream().filter(a -> a.error() != null).count();
        long realigned = r.articles().stream().filter(Article::realigned).count();
        out.printf("split %s: %d articles%s%s%n", r.split().name().toLowerCase(), r.articles().size(), failed == 0 ? "" : ", " + failed + " failed",
                realigned == 0 ? "" : ", " + realigned + " whose body the extractor changed (gold offsets re-aligned)");
        for (Level l : Level.values()) {
            Score s = r.score(l);
            out.printf("%-4s recall %.3f (%d/%d mentions; %.3f of %d events)  precision %.3f (%d/%d)  F1 %.3f%n",
                    l.name().toLowerCase(), s.recall(), s.goldFound(), s.gold(), s.eventRecall(), s.events(),
                    s.precision(), s.eventsCorrect(), s.systemEvents(), s.f1());
        }
        out.printf("time %.1f s%n", r.nanos() / 1e9);
    }

    private static String code(Event.Party p) { return p == null ? "-" : String.valueOf(p.code()); }

    private static String codes(List<GoldParty> ps) {
        return ps.isEmpty() ? "-" : ps.stream().map(GoldParty::code).distinct().toList().toString();
    }
}
