package org.herald.cli;

import org.herald.pipeline.Analysis;
import org.herald.Page;
import org.herald.actors.Actor;
import org.herald.events.Event;
import org.herald.io.AnalysisJson;
import org.herald.testkit.AnalysisInvariants;
import org.herald.testkit.SharedModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same kinds of result the example page must show, on the ten sample articles (different wording, countries and
 * formats), so that no rule is fitted to one page. Facts are in samples-expected.tsv; each kind has a floor.
 */
class SamplesIT {
    /** Share of facts of each kind that must be found (pinned a little below what Herald reaches). */
    private static final Map<String, Double> FLOOR = Map.of(
            "title", 1.0, "author", 1.0, "published", 1.0, "actor", 0.95, "speaker", 0.9, "event", 0.8, "claim", 0.85);

    private static final Map<String, Analysis> byFile = new HashMap<>();

    @BeforeAll static void analyzeSamples() {
        List<Page> pages = SampleArticles.pages();
        for (Page p : pages) byFile.put(p.source().substring("sample:".length()), AnalysisInvariants.check(SharedModels.pipeline().analyze(p)));
    }

    record Fact(String file, String kind, String value) {}

    static List<Fact> facts() throws IOException {
        List<Fact> out = new ArrayList<>();
        try (InputStream in = SamplesIT.class.getResourceAsStream("/herald/samples-expected.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] c = lines[i].split("\t");
                if (c.length == 3) out.add(new Fact(c[0], c[1], c[2].strip()));
            }
        }
        return out;
    }

    static boolean holds(Fact f, Analysis a) {
        return switch (f.kind()) {
            case "title" -> f.value().equals(a.article().title());
            case "author" -> a.article().authors().contains(f.value());
            case "published" -> f.value().equals(a.article().published());
            case "actor" -> a.actors().stream().map(Actor::code).anyMatch(c -> c != null && c.startsWith(f.value()));
            case "speaker" -> a.quotes().stream().anyMatch(q -> q.speaker() != null && q.speaker().name().endsWith(f.value()));
            case "event" -> {
                String[] p = f.value().split("-");
                yield a.events().stream().anyMatch(e -> code(e.source()).startsWith(p[0]) && e.root().equals(p[1]) && code(e.target()).startsWith(p[2]));
            }
            case "claim" -> a.claims().stream().anyMatch(c -> c.text().contains(f.value()));
            default -> throw new IllegalArgumentException("unknown kind " + f.kind());
        };
    }

    private static String code(Event.Party p) {
        return p == null || p.code() == null ? "" : p.code();
    }

    @Test void each_kind_of_fact_is_found_in_the_sample_articles() throws IOException {
        Map<String, int[]> tally = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Fact f : facts()) {
            Analysis a = byFile.get(f.file());
            assertTrue(a != null, "no sample " + f.file());
            int[] t = tally.computeIfAbsent(f.kind(), k -> new int[2]);
            t[1]++;
            if (holds(f, a)) t[0]++;
            else misses.add(f.file() + " " + f.kind() + " " + f.value());
        }
        StringBuilder report = new StringBuilder();
        tally.forEach((k, t) -> report.append(String.format("%s %d/%d; ", k, t[0], t[1])));
        System.out.println("samples: " + report + "\nmissed: " + misses);
        tally.forEach((kind, t) -> assertTrue((double) t[0] / t[1] >= FLOOR.get(kind),
                kind + " below its floor " + FLOOR.get(kind) + ": " + report + " missed " + misses));
    }

    @Test void every_sample_analysis_reads_back_from_its_json_to_the_same_records() {
        for (Analysis a : byFile.values()) assertEquals(a, AnalysisJson.read(AnalysisJson.line(a)), a.id());
    }

    @Test void every_sample_is_english_with_a_body_and_no_errors() {
        byFile.forEach((file, a) -> {
            assertTrue(a.errors().isEmpty(), file + ": " + a.errors());
            assertTrue(a.article().body().length() > 1500, file + " body too short: " + a.article().body().length());
        });
    }
}
