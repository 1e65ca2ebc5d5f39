package org.herald.events.petrarch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.herald.StageTimer;
import org.herald.actors.Actor;
import org.herald.actors.Actors;
import org.herald.events.Event;
import org.herald.events.EventCoder;
import org.herald.extract.Article;
import org.herald.knowledge.KnowledgeSource;
import org.herald.nlp.NlpDocument;
import org.herald.nlp.NlpModels;
import org.herald.nlp.Sentence;
import org.herald.Limits;

import java.io.IOException;
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
    }

    /** Runs the suite in {@code dir} with verb file {@code verbFile} (relative to {@code dir}). */
    public static Report run(NlpModels models, Limits limits, Path dir, String verbFile) {
        try {
            PetrarchVerbs.Import verbs = PetrarchVerbs.read(verbFile, Files.readString(dir.resolve(verbFile), StandardCharsets.UTF_8));
            PetrarchActors dict = PetrarchActors.read(Files.readString(dir.resolve("PETR.Validate.actors.txt"), StandardCharsets.UTF_8),
                    Files.readString(dir.resolve("PETR.Validate.agents.txt"), StandardCharsets.UTF_8));
            EventCoder coder = EventCoder.withPatterns(KnowledgeSource.shipped(), verbs.patterns());
            List<Outcome> outcomes = new ArrayList<>();
            int records = 0, passed = 0, expected = 0, reproduced = 0, produced = 0;
            for (String line : Files.readAllLines(dir.resolve("records.jsonl"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode r = JSON.readTree(line);
                if (!r.path("active").asBoolean()) continue;
                records++;
                String text = r.path("text").asText();
                long date = Long.parseLong(r.path("date").asText("19950101"));
                List<String> want = new ArrayList<>();
                for (JsonNode e : r.path("expected")) want.add(e.path("source").asText() + " " + e.path("target").asText() + " " + e.path("code").asText());
                List<String> got = code(models, limits, coder, dict, text, date);
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

    private static List<String> code(NlpModels models, Limits limits, EventCoder coder, PetrarchActors dict, String text, long date) {
        NlpDocument nlp = models.annotate(text, limits, StageTimer.NONE).document();
        List<Actor> all = new ArrayList<>();
        for (Sentence s : nlp.sentences())
            for (Actor a : dict.resolve(text, s, date).list())
                all.add(new Actor("p" + (all.size() + 1), a.name(), a.kind(), a.code(), a.country(), a.agent(), a.role(), a.mentions(), a.rule()));
        Article article = new Article(null, List.of(), null, "en", text, "text");
        List<String> out = new ArrayList<>();
        for (Event e : coder.code(article, nlp, new Actors(all, List.of()), List.of())) {
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
