package org.herald.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import org.herald.Page;
import org.herald.StageTimer;
import org.herald.actors.Actor;
import org.herald.pipeline.Analysis;
import org.herald.pipeline.Pipeline;
import org.herald.quotes.Quote;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores quotes against labelled passages laid out like {@code eval/quotes/cases.jsonl}: one case a line,
 * {@code {id, text, quotes: [{kind, speaker, country, starts, ends}], not_quotes?}}. A produced quote matches a gold
 * one when its text contains {@code starts} and {@code ends} (quotation marks folded), is at most 1.5 times the gold
 * stretch plus 30 characters long, and, for the speaker, when its name contains the gold speaker's last word and
 * (where a country is given) its actor's country is that. Each gold quote matches at most one produced quote.
 */
public final class QuoteScorer {
    private static final double MAX_LENGTH_RATIO = 1.5;
    private static final int MAX_LENGTH_SLACK = 30;

    private QuoteScorer() { }

    public record GoldQuote(String kind, String speaker, String country, String starts, String ends) {}

    public record Case(String id, String text, List<GoldQuote> quotes, List<String> notQuotes) {
        public Case {
            quotes = List.copyOf(quotes);
            notQuotes = List.copyOf(notQuotes);
        }
    }

    /** Counts over one or more cases; {@code misses} explains every error, one line each. */
    public record Score(int gold, int produced, int spanMatched, int withSpeaker, int speakerMatched, int nameMatched,
                        int kindMatched, int notQuotesProduced, List<String> misses) {
        public Score { misses = List.copyOf(misses); }

        public static final Score ZERO = new Score(0, 0, 0, 0, 0, 0, 0, 0, List.of());

        public Score plus(Score o) {
            List<String> m = new ArrayList<>(misses);
            m.addAll(o.misses);
            return new Score(gold + o.gold, produced + o.produced, spanMatched + o.spanMatched, withSpeaker + o.withSpeaker,
                    speakerMatched + o.speakerMatched, nameMatched + o.nameMatched, kindMatched + o.kindMatched, notQuotesProduced + o.notQuotesProduced, m);
        }

        public double spanPrecision() { return ratio(spanMatched, produced); }
        public double spanRecall() { return ratio(spanMatched, gold); }
        /** Right speakers among the produced quotes that name one. */
        public double speakerPrecision() { return ratio(speakerMatched, withSpeaker); }
        public double speakerRecall() { return ratio(speakerMatched, gold); }
        /** Right speaker names (the country left aside) among the gold quotes. */
        public double nameRecall() { return ratio(nameMatched, gold); }
        public double speakerF1() {
            double p = speakerPrecision(), r = speakerRecall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double ratio(int a, int b) { return b == 0 ? 1.0 : (double) a / b; }
    }

    /** The score over every case of some files, and the quote stage's time per case. */
    public record Report(int cases, Score total, long quoteNanos) {
        public void print(PrintWriter out, boolean listErrors) {
            if (listErrors) for (String m : total.misses()) out.println(m);
            out.printf("cases %d  gold quotes %d  produced %d%n", cases, total.gold(), total.produced());
            out.printf("spans     precision %.3f  recall %.3f%n", total.spanPrecision(), total.spanRecall());
            out.printf("speakers  precision %.3f  recall %.3f  F1 %.3f%n", total.speakerPrecision(), total.speakerRecall(), total.speakerF1());
            out.printf("speaker names (country left aside) recall %.3f%n", total.nameRecall());
            out.printf("kinds     %d of %d matched quotes right; scare quotes produced: %d%n", total.kindMatched(), total.spanMatched(),
                    total.notQuotesProduced());
            out.printf("quotes stage %.2f ms per passage%n", quoteNanos / 1e6 / Math.max(1, cases));
        }
    }

    /** Every case of {@code files}, each analysed by {@code pipeline} as a text page. */
    public static Report run(Pipeline pipeline, List<Path> files) throws IOException {
        Score total = Score.ZERO;
        int cases = 0;
        Map<String, Long> nanos = new HashMap<>();
        StageTimer timer = (stage, n) -> nanos.merge(stage, n, Long::sum);
        for (Path file : files) {
            for (Case c : read(file)) {
                Analysis a = pipeline.analyze(Page.ofText(c.id(), c.text()), timer);
                total = total.plus(score(c, a));
                cases++;
            }
        }
        return new Report(cases, total, nanos.getOrDefault("quotes", 0L));
    }

    public static List<Case> read(Path file) throws IOException {
        return JsonLines.read(file, (o, n) -> {
            List<GoldQuote> quotes = new ArrayList<>();
            for (JsonNode q : o.path("quotes"))
                quotes.add(new GoldQuote(q.path("kind").asText(""), q.path("speaker").asText(""), q.path("country").asText(""),
                        q.path("starts").asText(""), q.path("ends").asText("")));
            List<String> not = new ArrayList<>();
            for (JsonNode s : o.path("not_quotes")) not.add(s.asText());
            return new Case(o.path("id").asText("line" + n), o.path("text").asText(""), quotes, not);
        });
    }

    public static Score score(Case c, Analysis a) {
        List<Quote> produced = a.quotes();
        boolean[] used = new boolean[produced.size()];
        int spanOk = 0, speakerOk = 0, nameOk = 0, kindOk = 0;
        List<String> misses = new ArrayList<>();
        for (GoldQuote g : c.quotes()) {
            int best = -1;
            boolean bestSpeaker = false;
            for (int i = 0; i < produced.size(); i++) {
                if (used[i] || !spanMatches(c, g, produced.get(i))) continue;
                boolean sp = speakerMatches(g, produced.get(i), a);
                if (best < 0 || sp && !bestSpeaker) { best = i; bestSpeaker = sp; }
            }
            if (best < 0) {
                misses.add(c.id() + ": missed " + g.kind() + " \"" + g.starts() + " ... " + g.ends() + "\" (" + g.speaker() + ")");
                continue;
            }
            used[best] = true;
            spanOk++;
            Quote q = produced.get(best);
            if (nameMatches(g, q)) nameOk++;
            if (bestSpeaker) speakerOk++;
            else misses.add(c.id() + ": speaker of \"" + clip(q.text()) + "\" is " + describe(q, a) + ", want " + g.speaker() + " " + g.country());
            if (q.kind().toString().equals(g.kind())) kindOk++;
            else misses.add(c.id() + ": kind of \"" + clip(q.text()) + "\" is " + q.kind() + ", want " + g.kind());
        }
        int withSpeaker = 0, notQuotes = 0;
        for (int i = 0; i < produced.size(); i++) {
            Quote q = produced.get(i);
            if (q.speaker() != null) withSpeaker++;
            if (!used[i]) misses.add(c.id() + ": extra " + q.kind() + " \"" + clip(q.text()) + "\" by " + describe(q, a) + " [" + q.rule() + "]");
            for (String nq : c.notQuotes()) if (fold(q.text()).contains(fold(nq))) notQuotes++;
        }
        return new Score(c.quotes().size(), produced.size(), spanOk, withSpeaker, speakerOk, nameOk, kindOk, notQuotes, misses);
    }

    static boolean spanMatches(Case c, GoldQuote g, Quote q) {
        String text = fold(q.text());
        if (!text.contains(fold(g.starts())) || !text.contains(fold(g.ends()))) return false;
        String body = fold(c.text());
        int from = body.indexOf(fold(g.starts()));
        int to = from < 0 ? -1 : body.indexOf(fold(g.ends()), from);
        int goldLength = from < 0 || to < 0 ? g.starts().length() + g.ends().length() : to + g.ends().length() - from;
        return q.text().length() <= MAX_LENGTH_RATIO * goldLength + MAX_LENGTH_SLACK;
    }

    static boolean nameMatches(GoldQuote g, Quote q) {
        if (q.speaker() == null || q.speaker().name() == null) return false;
        String[] words = g.speaker().trim().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return q.speaker().name().toLowerCase(Locale.ROOT).contains(last);
    }

    static boolean speakerMatches(GoldQuote g, Quote q, Analysis a) {
        if (!nameMatches(g, q)) return false;
        if (g.country() == null || g.country().isEmpty()) return true;
        return g.country().equals(countryOf(q, a));
    }

    private static String countryOf(Quote q, Analysis a) {
        if (q.speaker().actor() != null) {
            for (Actor x : a.actors()) if (x.id().equals(q.speaker().actor()) && x.country() != null) return x.country();
        }
        String code = q.speaker().code();
        return code != null && code.length() >= 3 ? code.substring(0, 3) : null;
    }

    private static String describe(Quote q, Analysis a) {
        if (q.speaker() == null) return "(none)";
        return q.speaker().name() + (countryOf(q, a) == null ? "" : " " + countryOf(q, a));
    }

    static String fold(String s) {
        return s.replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"').replace('\u00AB', '"').replace('\u00BB', '"')
                .replace('\u2018', '\'').replace('\u2019', '\'');
    }

    private static String clip(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 59) + "…";
    }
}
