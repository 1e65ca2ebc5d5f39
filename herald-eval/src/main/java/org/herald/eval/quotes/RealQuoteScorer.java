package org.herald.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import org.herald.Span;
import org.herald.StageTimer;
import org.herald.eval.real.BodyAlignment;
import org.herald.eval.real.RealArticles;
import org.herald.eval.real.RealArticles.Split;
import org.herald.pipeline.Analysis;
import org.herald.pipeline.Pipeline;
import org.herald.quotes.Quote;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Scores quote attribution on real news: the hand annotations of {@code eval/real/quotes.jsonl} (page id + UTF-16
 * offsets into the ground-truth {@code articleBody}; see {@code quotes-guidelines.md}). Each annotated body of
 * {@link RealArticles} is analysed as a text page; where Herald's {@code article.body} differs from the ground-truth
 * body, gold offsets are carried over by {@link BodyAlignment}.
 *
 * <p>The matching rule. A produced quote's content is its {@code parts} for a direct quote, its {@code start..end} (the whole reported clause) for a partial or indirect one; a
 * gold attribution's content is its {@code content} spans. They <b>match on content</b> when the characters both cover
 * are at least half of the gold content and at least half of the produced content. The <b>speaker matches</b> when the
 * gold speaker's last word is a word of the produced speaker's name, or the produced name's last word is a word of the
 * gold speaker (case folded; a gold speaker of null matches a quote with no speaker). Each gold attribution matches at
 * most one produced quote and the other way round, speaker-right pairs first, then by overlap. Speaker+content
 * precision and recall count pairs matching on both. The {@code speech} figures run the same matching on the gold
 * attributions of mode {@code speech} and the produced quotes of mode speech.
 */
public final class RealQuoteScorer {
    private static final double MIN_OVERLAP = 0.5;

    private RealQuoteScorer() { }

    public record Gold(String page, String split, String id, String kind, String mode, List<Span> content,
                       String speaker, String speakerKind) {
        public Gold { content = List.copyOf(content); }
    }

    /** Counts of one matching: gold, produced, content matches, speaker+content matches. */
    public record Counts(int gold, int produced, int content, int both) {
        static final Counts ZERO = new Counts(0, 0, 0, 0);
        Counts plus(Counts o) { return new Counts(gold + o.gold, produced + o.produced, content + o.content, both + o.both); }
        public double contentPrecision() { return ratio(content, produced); }
        public double contentRecall() { return ratio(content, gold); }
        public double precision() { return ratio(both, produced); }
        public double recall() { return ratio(both, gold); }
        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
        private static double ratio(int a, int b) { return b == 0 ? 1.0 : (double) a / b; }
    }

    /** The figures over the scored pages; {@code errors} explains each dev miss (empty for blind). */
    public record Report(String split, int pages, int bodiesRealigned, Counts all, Counts speech,
                         Map<String, int[]> byGoldKind, Map<String, int[]> byProducedKind, Map<String, int[]> byGoldMode,
                         long quoteNanos, long totalNanos, List<String> errors) {
        public void print(PrintWriter out, boolean listErrors) {
            if (listErrors) for (String e : errors) out.println(e);
            out.printf("split %s  pages %d  (bodies realigned: %d)%n", split, pages, bodiesRealigned);
            line(out, "all", all);
            line(out, "speech", speech);
            if (!split.equals("blind")) {
                for (var e : byGoldKind.entrySet())
                    out.printf("  gold kind %-9s recall %.3f (%d/%d speaker+content)%n", e.getKey(), (double) e.getValue()[0] / Math.max(1, e.getValue()[1]), e.getValue()[0], e.getValue()[1]);
                for (var e : byProducedKind.entrySet())
                    out.printf("  produced kind %-9s precision %.3f (%d/%d)%n", e.getKey(), (double) e.getValue()[0] / Math.max(1, e.getValue()[1]), e.getValue()[0], e.getValue()[1]);
                for (var e : byGoldMode.entrySet())
                    out.printf("  gold mode %-9s recall %.3f (%d/%d)%n", e.getKey(), (double) e.getValue()[0] / Math.max(1, e.getValue()[1]), e.getValue()[0], e.getValue()[1]);
            }
            out.printf("quotes stage %.1f%% of pipeline time (%.1f ms per page)%n", 100.0 * quoteNanos / Math.max(1, totalNanos), quoteNanos / 1e6 / Math.max(1, pages));
        }

        private static void line(PrintWriter out, String label, Counts c) {
            out.printf("%-7s gold %d produced %d  speaker+content P %.3f R %.3f F1 %.3f  content P %.3f R %.3f%n", label, c.gold(), c.produced(),
                    c.precision(), c.recall(), c.f1(), c.contentPrecision(), c.contentRecall());
        }
    }

    /** Scores {@code split} of {@code annotations} against the bodies of {@code articles}. */
    public static Report run(Pipeline pipeline, Path annotations, RealArticles articles, Split split) throws IOException {
        Map<String, List<Gold>> byPage = new LinkedHashMap<>();
        for (Gold g : read(annotations)) {
            articles.check(g.page(), g.split(), annotations + " " + g.id());
            byPage.computeIfAbsent(g.page(), k -> new ArrayList<>()).add(g);
        }
        Map<String, Long> nanos = new TreeMap<>();
        StageTimer timer = (stage, n) -> nanos.merge(stage, n, Long::sum);
        Counts all = Counts.ZERO, speech = Counts.ZERO;
        Map<String, int[]> goldKind = new TreeMap<>(), producedKind = new TreeMap<>(), goldMode = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        int pages = 0, realigned = 0;
        for (RealArticles.Article article : articles.in(split)) {
            List<Gold> gold = byPage.get(article.page());
            if (gold == null) continue;
            pages++;
            RealArticles.Analysed analysed = RealArticles.analyze(pipeline, article, timer);
            Analysis a = analysed.analysis();
            String herald = a.article() == null ? "" : a.article().body();
            if (analysed.realigned()) {
                realigned++;
                gold = gold.stream().map(g -> moved(g, analysed.alignment())).toList();
            }
            List<Quote> produced = a.quotes();
            Match m = match(gold, produced);
            all = all.plus(m.counts());
            speech = speech.plus(match(gold.stream().filter(g -> g.mode().equals("speech")).toList(),
                    produced.stream().filter(q -> modeOf(q).equals("speech")).toList()).counts());
            for (int i = 0; i < gold.size(); i++) {
                tally(goldKind, gold.get(i).kind(), m.goldBoth()[i]);
                tally(goldMode, gold.get(i).mode(), m.goldBoth()[i]);
            }
            for (int i = 0; i < produced.size(); i++) tally(producedKind, produced.get(i).kind().toString(), m.producedBoth()[i]);
            // Per-item errors of dev pages only, with --split all too: blind figures are totals.
            if (Split.DEV.admits(article.split())) errors.addAll(explain(herald, gold, produced, m));
        }
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        return new Report(split.label(), pages, realigned, all, speech, goldKind, producedKind, goldMode,
                nanos.getOrDefault("quotes", 0L), total, errors);
    }

    static String modeOf(Quote q) {
        return q.mode().toString();
    }

    private static void tally(Map<String, int[]> m, String key, boolean hit) {
        int[] c = m.computeIfAbsent(key, k -> new int[2]);
        if (hit) c[0]++;
        c[1]++;
    }

    /** Which gold attribution each produced quote was paired with (-1: none), and whether the speaker was right. */
    record Match(int[] producedToGold, boolean[] producedBoth, boolean[] goldBoth, Counts counts) {}

    static Match match(List<Gold> gold, List<Quote> produced) {
        record Pair(int g, int p, boolean speaker, double overlap) {}
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < produced.size(); j++) {
                double o = overlap(gold.get(i).content(), contentOf(produced.get(j)));
                if (o >= 0) pairs.add(new Pair(i, j, speakerMatches(gold.get(i), produced.get(j)), o));
            }
        }
        pairs.sort(Comparator.comparing((Pair p) -> !p.speaker()).thenComparing(p -> -p.overlap()));
        int[] toGold = new int[produced.size()];
        java.util.Arrays.fill(toGold, -1);
        boolean[] goldUsed = new boolean[gold.size()], producedBoth = new boolean[produced.size()], goldBoth = new boolean[gold.size()];
        int content = 0, both = 0;
        for (Pair p : pairs) {
            if (goldUsed[p.g()] || toGold[p.p()] >= 0) continue;
            goldUsed[p.g()] = true;
            toGold[p.p()] = p.g();
            content++;
            if (p.speaker()) { both++; producedBoth[p.p()] = true; goldBoth[p.g()] = true; }
        }
        return new Match(toGold, producedBoth, goldBoth, new Counts(gold.size(), produced.size(), content, both));
    }

    /** A direct quote's marked pieces; a partial or indirect quote's whole span (the reported clause). */
    static List<Span> contentOf(Quote q) {
        return q.kind() == Quote.Kind.DIRECT && !q.parts().isEmpty() ? q.parts() : List.of(new Span(q.start(), q.end()));
    }

    /** The smaller of the two covered shares when both are at least {@link #MIN_OVERLAP}, else -1. */
    static double overlap(List<Span> gold, List<Span> produced) {
        int g = length(gold), p = length(produced);
        if (g == 0 || p == 0) return -1;
        int both = 0;
        for (Span a : gold) for (Span b : produced) both += Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
        double share = Math.min((double) both / g, (double) both / p);
        return share >= MIN_OVERLAP ? share : -1;
    }

    private static int length(List<Span> spans) {
        int n = 0;
        for (Span s : spans) n += Math.max(0, s.end() - s.start());
        return n;
    }

    static boolean speakerMatches(Gold g, Quote q) {
        String name = q.speaker() == null ? null : q.speaker().name();
        if (g.speaker() == null || g.speaker().isBlank()) return name == null;
        if (name == null || name.isBlank()) return false;
        Set<String> goldWords = words(g.speaker()), names = words(name);
        return !goldWords.isEmpty() && !names.isEmpty() && (names.contains(last(g.speaker())) || goldWords.contains(last(name)));
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    private static String last(String s) {
        String[] w = s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        for (int i = w.length - 1; i >= 0; i--) if (!w[i].isEmpty()) return w[i];
        return "";
    }

    /** {@code g} with its content spans moved into the analysed body; a span whose text the extractor dropped is left out. */
    static Gold moved(Gold g, BodyAlignment alignment) {
        List<Span> content = new ArrayList<>();
        for (Span s : g.content()) alignment.span(s.start(), s.end()).ifPresent(content::add);
        return new Gold(g.page(), g.split(), g.id(), g.kind(), g.mode(), content, g.speaker(), g.speakerKind());
    }

    private static List<String> explain(String body, List<Gold> gold, List<Quote> produced, Match m) {
        List<String> out = new ArrayList<>();
        boolean[] goldMatched = new boolean[gold.size()];
        for (int j = 0; j < produced.size(); j++) {
            Quote q = produced.get(j);
            int gi = m.producedToGold()[j];
            if (gi < 0) { out.add("extra   " + q.kind() + " [" + q.rule() + "] \"" + clip(body, contentOf(q)) + "\" by " + name(q)); continue; }
            goldMatched[gi] = true;
            if (!m.producedBoth()[j]) out.add("speaker " + gold.get(gi).id() + " \"" + clip(body, contentOf(q)) + "\" by " + name(q) + ", want " + gold.get(gi).speaker());
        }
        for (int i = 0; i < gold.size(); i++) {
            if (goldMatched[i]) continue;
            Gold g = gold.get(i);
            String touching = "";
            for (Quote q : produced) if (length(intersect(g.content(), contentOf(q))) > 0) touching = " (touched by \"" + clip(body, contentOf(q)) + "\")";
            out.add("missed  " + g.id() + " " + g.mode() + "/" + g.kind() + " \"" + clip(body, g.content()) + "\" (" + g.speaker() + ")" + touching);
        }
        return out;
    }

    private static List<Span> intersect(List<Span> a, List<Span> b) {
        List<Span> out = new ArrayList<>();
        for (Span x : a) for (Span y : b) if (Math.min(x.end(), y.end()) > Math.max(x.start(), y.start()))
            out.add(new Span(Math.max(x.start(), y.start()), Math.min(x.end(), y.end())));
        return out;
    }

    private static String name(Quote q) {
        return q.speaker() == null ? "(none)" : q.speaker().name();
    }

    private static String clip(String body, List<Span> spans) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            if (b.length() > 0) b.append(" | ");
            b.append(body, Math.max(0, Math.min(s.start(), body.length())), Math.max(0, Math.min(s.end(), body.length())));
        }
        String flat = b.toString().replaceAll("\\s+", " ");
        return flat.length() <= 90 ? flat : flat.substring(0, 89) + "…";
    }

    public static List<Gold> read(Path file) throws IOException {
        return JsonLines.read(file, (o, n) -> {
            List<Span> content = new ArrayList<>();
            for (JsonNode s : o.path("content")) content.add(new Span(s.get(0).asInt(), s.get(1).asInt()));
            JsonNode speaker = o.get("speaker");
            return new Gold(o.path("page").asText(), o.path("split").asText(), o.path("id").asText("line" + n), o.path("kind").asText(),
                    o.path("mode").asText("speech"), content, speaker == null || speaker.isNull() ? null : speaker.asText(),
                    o.path("speaker_kind").asText(""));
        });
    }
}
