package org.herald.eval.actors;

import org.herald.Excerpt;
import org.herald.Page;
import org.herald.actors.Actor;
import org.herald.pipeline.Analysis;
import org.herald.pipeline.Pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores actor codes against a marked-up test set: a TSV of {@code doc<TAB>text} rows whose text marks every
 * actor mention as {@code [[words|CODE]]} ({@code ---} for an actor whose code is unknown). Rows of the same doc
 * form one document, joined by a blank line. Evaluation code, not pipeline code: drivers and tests call it.
 *
 * <p>A gold mention is matched by the predicted mention overlapping it most. Country scores compare the first
 * three letters of the codes; agent scores the next three (for states and groups; IGO and NGO codes have no
 * agent part). Precision counts every predicted mention that carries a code, so a code where the set has none
 * is an error.
 */
public final class ActorEvaluation {
    private static final Pattern MARK = Pattern.compile("\\[\\[([^|\\]]+)\\|([A-Z]+|---)\\]\\]");

    /** One gold mention: its span in the document text and its code (null for "---"). */
    public record Gold(int start, int end, String text, String code) {}

    /** One test document. */
    public record Doc(String id, String text, List<Gold> gold) {
        public Doc { gold = List.copyOf(gold); }
    }

    /**
     * Precision and recall of one part of the code.
     *
     * @param correctPredicted predicted mentions whose gold mention agrees
     * @param predicted        predicted mentions that carry this part
     * @param correctExpected  gold mentions whose predicted mention agrees
     * @param expected         gold mentions that carry this part
     */
    public record Score(int correctPredicted, int predicted, int correctExpected, int expected) {
        public static final Score ZERO = new Score(0, 0, 0, 0);

        public double precision() { return predicted == 0 ? 1 : (double) correctPredicted / predicted; }
        public double recall() { return expected == 0 ? 1 : (double) correctExpected / expected; }
        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        Score plus(Score o) {
            return new Score(correctPredicted + o.correctPredicted, predicted + o.predicted,
                    correctExpected + o.correctExpected, expected + o.expected);
        }
        @Override public String toString() {
            return String.format(java.util.Locale.ROOT, "P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f", precision(), correctPredicted,
                    predicted, recall(), correctExpected, expected, f1());
        }
    }

    /** The result: country, agent and whole-code scores, and the mismatches to look at. */
    public record Result(int documents, int goldMentions, Score country, Score agent, Score code, List<String> errors) {
        public Result { errors = List.copyOf(errors); }
    }

    private ActorEvaluation() { }

    /** Parses the test set; a malformed row fails with its line number. */
    public static List<Doc> parse(String tsv, String name) {
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        Map<String, List<Gold>> golds = new LinkedHashMap<>();
        String[] lines = tsv.split("\r?\n");
        boolean header = true;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.startsWith("#")) continue;
            if (header) { header = false; continue; }
            int tab = line.indexOf('\t');
            if (tab <= 0) throw new IllegalArgumentException(name + ":" + (n + 1) + ": expected doc<TAB>text");
            String id = line.substring(0, tab).trim();
            String marked = line.substring(tab + 1);
            StringBuilder text = texts.computeIfAbsent(id, k -> new StringBuilder());
            List<Gold> gold = golds.computeIfAbsent(id, k -> new ArrayList<>());
            if (text.length() > 0) text.append("\n\n");
            Matcher m = MARK.matcher(marked);
            int last = 0;
            while (m.find()) {
                text.append(marked, last, m.start());
                int start = text.length();
                text.append(m.group(1));
                gold.add(new Gold(start, text.length(), m.group(1), m.group(2).equals("---") ? null : m.group(2)));
                last = m.end();
            }
            text.append(marked.substring(last));
            if (text.indexOf("[[") >= 0 || text.indexOf("]]") >= 0)
                throw new IllegalArgumentException(name + ":" + (n + 1) + ": unbalanced [[...|CODE]] mark");
        }
        List<Doc> docs = new ArrayList<>();
        for (var e : texts.entrySet()) docs.add(new Doc(e.getKey(), e.getValue().toString(), golds.get(e.getKey())));
        return docs;
    }

    /** One set's scores through a whole pipeline, with the actors stage's time and the time of all stages. */
    public record SetReport(String set, Result result, long actorNanos, long stageNanos) {
        public void print(PrintWriter out, boolean listErrors) {
            Result r = result;
            out.printf("%s: %d documents, %d marked mentions%n", set, r.documents(), r.goldMentions());
            out.printf("  country  %s%n  agent    %s%n  code     %s%n", r.country(), r.agent(), r.code());
            out.printf("  time: actors %.1f ms of %.1f ms in the pipeline's stages (%.1f%%)%n", actorNanos / 1e6, stageNanos / 1e6,
                    100.0 * actorNanos / Math.max(1, stageNanos));
            if (listErrors) for (String e : r.errors()) out.println("  " + e);
            else if (!r.errors().isEmpty()) out.printf("  %d mismatches (--errors lists them)%n", r.errors().size());
        }
    }

    /** Scores {@code pipeline}'s actors on the set in {@code file}, each document analysed as a text page. */
    public static SetReport run(Pipeline pipeline, Path file) throws IOException {
        List<Doc> docs = parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        // Warm the models once so the time shares are not the first call's.
        if (!docs.isEmpty()) pipeline.analyze(Page.ofText("warm-up", docs.get(0).text()));
        Map<String, Long> nanos = new TreeMap<>();
        Result r = score(docs, d -> {
            Analysis a = pipeline.analyze(Page.ofText(d.id(), d.text()), (stage, ns) -> nanos.merge(stage, ns, Long::sum));
            return a.actors();
        });
        long total = 0;
        for (var e : nanos.entrySet()) if (!e.getKey().equals("nlp")) total += e.getValue();
        return new SetReport(file.toString(), r, nanos.getOrDefault("actors", 0L), total);
    }

    /** Scores {@code resolve}'s actors on every document. */
    public static Result score(List<Doc> docs, Function<Doc, List<Actor>> resolve) {
        Score country = Score.ZERO, agent = Score.ZERO, code = Score.ZERO;
        List<String> errors = new ArrayList<>();
        int goldCount = 0;
        for (Doc d : docs) {
            List<Predicted> predicted = new ArrayList<>();
            for (Actor a : resolve.apply(d)) for (Excerpt m : a.mentions()) predicted.add(new Predicted(m, a));
            goldCount += d.gold().size();
            for (Gold g : d.gold()) {
                if (g.code() == null) continue;
                Predicted p = best(predicted, g.start(), g.end());
                String got = p == null ? null : p.actor.code();
                country = country.plus(new Score(0, 0, got != null && countryOf(got).equals(countryOf(g.code())) ? 1 : 0, 1));
                if (agentOf(g.code()) != null)
                    agent = agent.plus(new Score(0, 0, agentOf(g.code()).equals(agentOf(got)) ? 1 : 0, 1));
                code = code.plus(new Score(0, 0, g.code().equals(got) ? 1 : 0, 1));
                if (!g.code().equals(got)) errors.add(d.id() + ": '" + g.text() + "' expected " + g.code() + ", got "
                        + (p == null ? "nothing" : got + " ('" + p.mention.text() + "', " + p.actor.rule() + ")"));
            }
            for (Predicted p : predicted) {
                String got = p.actor.code();
                if (got == null) continue;
                Gold g = bestGold(d.gold(), p.mention.start(), p.mention.end());
                String want = g == null ? null : g.code();
                country = country.plus(new Score(want != null && countryOf(want).equals(countryOf(got)) ? 1 : 0, 1, 0, 0));
                if (agentOf(got) != null) agent = agent.plus(new Score(agentOf(got).equals(agentOf(want)) ? 1 : 0, 1, 0, 0));
                code = code.plus(new Score(got.equals(want) ? 1 : 0, 1, 0, 0));
                if (want == null) errors.add(d.id() + ": '" + p.mention.text() + "' got " + got + " (" + p.actor.rule() + ") where the set has "
                        + (g == null ? "no actor" : "no code"));
            }
        }
        return new Result(docs.size(), goldCount, country, agent, code, errors);
    }

    static String countryOf(String code) { return code.substring(0, 3); }

    static String agentOf(String code) {
        if (code == null || code.length() < 6 || code.startsWith("IGO") || code.startsWith("NGO")) return null;
        return code.substring(3, 6);
    }

    private record Predicted(Excerpt mention, Actor actor) {}

    private static Predicted best(List<Predicted> predicted, int start, int end) {
        Predicted best = null;
        int bestOverlap = 0;
        for (Predicted p : predicted) {
            int o = Math.min(end, p.mention.end()) - Math.max(start, p.mention.start());
            if (o > bestOverlap) { bestOverlap = o; best = p; }
        }
        return best;
    }

    private static Gold bestGold(List<Gold> gold, int start, int end) {
        Gold best = null;
        int bestOverlap = 0;
        for (Gold g : gold) {
            int o = Math.min(end, g.end()) - Math.max(start, g.start());
            if (o > bestOverlap) { bestOverlap = o; best = g; }
        }
        return best;
    }
}
