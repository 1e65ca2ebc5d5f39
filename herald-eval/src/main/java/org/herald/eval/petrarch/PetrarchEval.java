package org.herald.eval.petrarch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.herald.HeraldConfig;
import org.herald.Page;
import org.herald.actors.Actor;
import org.herald.actors.Actors;
import org.herald.events.Event;
import org.herald.events.EventCoder;
import org.herald.events.petrarch.PetrarchVerbs;
import org.herald.extract.Article;
import org.herald.nlp.NlpDocument;
import org.herald.nlp.NlpModels;
import org.herald.nlp.Sentence;
import org.herald.pipeline.Pipeline;
import org.herald.pipeline.Stages;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the PETRARCH validation suite (records.jsonl with its own dictionaries) through an {@link EventCoder} built from
 * the imported verb dictionary. The sentences' text is re-parsed by Herald's CoreNLP pipeline (the suite's constituency
 * parses are not used). A compatibility check of the import, not an accuracy measure: it reports the share of the
 * expected (source, target, code) triples reproduced, and the records passed in full.
 */
public final class PetrarchEval {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PetrarchEval() { }

    /** One record's outcome. */
    public record Outcome(String uid, String text, List<String> expected, List<String> produced, boolean passed) {
        public Outcome {
            expected = List.copyOf(expected);
            produced = List.copyOf(produced);
        }
    }

    /** The totals. */
    public record Report(String verbFile, PetrarchVerbs.Stats stats, int records, int passed, int expected, int reproduced, int produced,
                         List<Outcome> outcomes) {
        public Report { outcomes = List.copyOf(outcomes); }
        public double shareReproduced() { return expected == 0 ? 0 : (double) reproduced / expected; }
        public double recordsPassed() { return records == 0 ? 0 : (double) passed / records; }

        /** Prints the figures; with {@code misses}, every record not passed first. */
        public void print(PrintWriter out, boolean misses) {
            if (misses)
                for (Outcome o : outcomes)
                    if (!o.passed()) out.printf("%s %s%n  expected %s%n  produced %s%n", o.uid(), o.text(), o.expected(), o.produced());
            var s = stats;
            out.printf("verb file %s (text re-parsed with CoreNLP)%nimported: %d verbs, %d patterns, %d synsets; %d transformations read, not applied; "
                            + "%d patterns with non-numeric codes and %d with no-event codes left out%n"
                            + "records %d, passed %d (%.3f)%nexpected events %d, reproduced %d (share %.3f); produced %d%n",
                    verbFile, s.verbs(), s.patterns(), s.synsets(), s.transformations(), s.skippedCodes(), s.noEventCodes(),
                    records, passed, recordsPassed(), expected, reproduced, shareReproduced(), produced);
        }
    }

    /**
     * Runs the suite in {@code dir} with verb file {@code verbFile} (relative to {@code dir}) through Herald's pipeline,
     * its actor stage replaced by the suite's actor dictionaries (dated by each record's date) and its event patterns
     * by the imported verb file; quotes are not attributed, as PETRARCH has none.
     */
    public static Report run(HeraldConfig config, NlpModels models, Path dir, String verbFile) {
        try {
            PetrarchVerbs.Import verbs = PetrarchVerbs.read(verbFile, Files.readString(dir.resolve(verbFile), StandardCharsets.UTF_8));
            PetrarchActors dict = PetrarchActors.read(Files.readString(dir.resolve("PETR.Validate.actors.txt"), StandardCharsets.UTF_8),
                    Files.readString(dir.resolve("PETR.Validate.agents.txt"), StandardCharsets.UTF_8));
            EventCoder coder = EventCoder.withPatterns(Pipeline.knowledge(config), verbs.patterns());
            Stages stages = Stages.load(Pipeline.knowledge(config))
                    .withActors((article, nlp, registry) -> resolve(dict, article, nlp))
                    .withQuotes((article, nlp, actors) -> List.of())
                    .withEvents(coder::code);
            Pipeline pipeline = Pipeline.load(config, models, stages);
            List<Outcome> outcomes = new ArrayList<>();
            int records = 0, passed = 0, expected = 0, reproduced = 0, produced = 0;
            for (String line : Files.readAllLines(dir.resolve("records.jsonl"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode r = JSON.readTree(line);
                if (!r.path("active").asBoolean()) continue;
                records++;
                String text = r.path("text").asText();
                String date = r.path("date").asText("19950101");
                List<String> want = new ArrayList<>();
                for (JsonNode e : r.path("expected")) want.add(e.path("source").asText() + " " + e.path("target").asText() + " " + e.path("code").asText());
                Page page = new Page(r.path("uid").asText(), "petrarch", Page.Format.TEXT, text.getBytes(StandardCharsets.UTF_8),
                        date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6, 8));
                List<String> got = triples(pipeline.analyze(page).events());
                int hit = overlap(want, got);
                boolean ok = want.isEmpty() ? got.isEmpty() : hit == want.size() && got.size() == want.size();
                if (ok) passed++;
                expected += want.size();
                reproduced += hit;
                produced += got.size();
                outcomes.add(new Outcome(r.path("uid").asText(), text, want, got, ok));
            }
            return new Report(verbFile, verbs.stats(), records, passed, expected, reproduced, produced, outcomes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dictionary's actors of every sentence, numbered through the document, dated by the article's date. */
    private static Actors resolve(PetrarchActors dict, Article article, NlpDocument nlp) {
        long date = Long.parseLong(article.published() == null ? "19950101" : article.published().replace("-", ""));
        List<Actor> all = new ArrayList<>();
        for (Sentence s : nlp.sentences())
            for (Actor a : dict.resolve(article.body(), s, date).list())
                all.add(new Actor("p" + (all.size() + 1), a.name(), a.kind(), a.code(), a.country(), a.agent(), a.role(), a.mentions(), a.rule()));
        return new Actors(all, List.of());
    }

    private static List<String> triples(List<Event> events) {
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            if (e.source() == null || e.source().code() == null) continue;
            // An actor entry may carry several codes ("FRO/BIL/SAM"): one event per code pair, as PETRARCH writes them.
            String target = e.target() == null || e.target().code() == null ? "---" : e.target().code();
            for (String sc : e.source().code().split("/"))
                for (String tc : target.split("/")) out.add(sc + " " + tc + " " + e.cameo());
        }
        return out;
    }

    private static int overlap(List<String> want, List<String> got) {
        Map<String, Integer> counts = new HashMap<>();
        for (String g : got) counts.merge(g, 1, Integer::sum);
        int hit = 0;
        for (String w : want) {
            Integer c = counts.get(w);
            if (c != null && c > 0) {
                hit++;
                counts.put(w, c - 1);
            }
        }
        return hit;
    }
}
