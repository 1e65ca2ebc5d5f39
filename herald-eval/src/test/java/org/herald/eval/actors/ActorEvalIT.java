package org.herald.eval.actors;

import org.herald.pipeline.Analysis;
import org.herald.Page;
import org.herald.testkit.AnalysisInvariants;
import org.herald.testkit.SharedModels;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quality floor of actor codes on Herald's own test set ({@code herald/eval/actors/actors.tsv}, sentences written
 * for Herald). Floors sit a little below what was measured; {@code ./herald eval actors} prints the same figures.
 */
class ActorEvalIT {
    static final String SET = "/herald/eval/actors/actors.tsv";
    static final String HELD_OUT = "/herald/eval/actors/actors-heldout.tsv";
    /*
     * Precision floors. Bare role words ("officials", "troops", "the police") are coded since issue 13, and the sets
     * now mark them (actors.tsv's header says how), so the floors lowered to 0.85/0.75 for them are back: each is
     * the precision measured after the re-marking, 2026-12-03, less 0.02 rounded down. What is left below 1.000 is
     * mostly bare words Herald codes where the text gives them no country (migrants, refugees) or another one.
     */
    static final String HELD_OUT_2 = "/herald/eval/actors/actors-heldout-2.tsv";
    static final String HELD_OUT_3 = "/herald/eval/actors/actors-heldout-3.tsv";
    static final String HELD_OUT_4 = "/herald/eval/actors/actors-heldout-4.tsv";

    static List<ActorEvaluation.Doc> docs(String set) throws IOException {
        try (InputStream in = ActorEvalIT.class.getResourceAsStream(set)) {
            return ActorEvaluation.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), set);
        }
    }

    @Test
    void country_and_agent_codes_stay_above_their_floors() throws IOException {
        ActorEvaluation.Result r = run(SET);
        assertTrue(r.goldMentions() >= 150, "the set needs at least 150 mentions");
        assertTrue(r.country().precision() >= 0.94, "country precision (0.968 measured) " + r.country());
        assertTrue(r.country().recall() >= 0.95, "country recall " + r.country());
        assertTrue(r.agent().precision() >= 0.92, "agent precision (0.942 measured) " + r.agent());
        assertTrue(r.agent().recall() >= 0.95, "agent recall " + r.agent());
    }

    @Test
    void held_out_set_stays_above_its_floors() throws IOException {
        ActorEvaluation.Result r = run(HELD_OUT);
        assertTrue(r.country().precision() >= 0.96, "country precision (0.980 measured) " + r.country());
        assertTrue(r.country().recall() >= FLOOR_HELD_OUT, "country recall " + r.country());
        assertTrue(r.agent().precision() >= 0.94, "agent precision (0.963 measured) " + r.agent());
        assertTrue(r.agent().recall() >= FLOOR_HELD_OUT, "agent recall " + r.agent());
    }

    @Test
    void second_held_out_set_stays_above_its_floors() throws IOException {
        // First scoring, before "caretaker" became a title word: country P 1.000 R 0.963, agent P 1.000 R 0.929.
        ActorEvaluation.Result r = run(HELD_OUT_2);
        assertTrue(r.country().precision() >= 0.93, "country precision (0.952 measured) " + r.country());
        assertTrue(r.country().recall() >= 0.93, "country recall " + r.country());
        assertTrue(r.agent().precision() >= 0.86, "agent precision (0.889 measured) " + r.agent());
        assertTrue(r.agent().recall() >= 0.90, "agent recall " + r.agent());
    }

    @Test
    void third_held_out_set_stays_above_its_floors() throws IOException {
        // Persons' countries from appositives and "of X". First scoring, before the fix: country R 0.770, agent R 0.630;
        // after: country P 1.000 R 0.984, agent P 1.000 R 1.000 (one miss: "Maria Santos of the Philippines", which
        // CoreNLP's NER takes whole for one organisation).
        ActorEvaluation.Result r = run(HELD_OUT_3);
        assertTrue(r.goldMentions() >= 40, "the set needs at least 40 mentions");
        assertTrue(r.country().precision() >= 0.90, "country precision (0.925 measured) " + r.country());
        assertTrue(r.country().recall() >= 0.93, "country recall " + r.country());
        assertTrue(r.agent().precision() >= 0.83, "agent precision (0.857 measured) " + r.agent());
        assertTrue(r.agent().recall() >= 0.93, "agent recall " + r.agent());
    }

    @Test
    void fourth_held_out_set_stays_above_its_floors() throws IOException {
        // Roles with a complement before the name ("the US ambassador to the UN, X,"). First scoring, before the fix:
        // country R 0.647, agent R 0.424; after: country P 0.970 R 0.956, agent P 0.970 R 0.970 (misses: "Sofia
        // Lindqvist" taken for Bulgaria's capital, "Europe" in "Minister for Europe", "his Korean counterpart").
        ActorEvaluation.Result r = run(HELD_OUT_4);
        assertTrue(r.goldMentions() >= 40, "the set needs at least 40 mentions");
        assertTrue(r.country().precision() >= 0.95, "country precision (0.971 measured) " + r.country());
        assertTrue(r.country().recall() >= 0.92, "country recall " + r.country());
        assertTrue(r.agent().precision() >= 0.95, "agent precision (0.972 measured) " + r.agent());
        assertTrue(r.agent().recall() >= 0.93, "agent recall " + r.agent());
    }

    /** Measured 0.978 (agent recall) at the lowest; pinned a little below. */
    static final double FLOOR_HELD_OUT = 0.93;

    private static ActorEvaluation.Result run(String set) throws IOException {
        List<ActorEvaluation.Doc> docs = docs(set);
        Map<String, Long> nanos = new ConcurrentHashMap<>();
        ActorEvaluation.Result r = ActorEvaluation.score(docs, d -> {
            Analysis a = SharedModels.pipeline().analyze(Page.ofText(d.id(), d.text()), (stage, ns) -> nanos.merge(stage, ns, Long::sum));
            AnalysisInvariants.check(a);
            return a.actors();
        });
        long total = nanos.entrySet().stream().filter(e -> !e.getKey().contains(".")).mapToLong(Map.Entry::getValue).sum()
                + nanos.entrySet().stream().filter(e -> e.getKey().startsWith("nlp.")).mapToLong(Map.Entry::getValue).sum();
        System.out.printf("actors eval " + set + ": %d documents, %d gold mentions%n  country %s%n  agent   %s%n  code    %s%n"
                        + "  actors stage %.1f ms of %.1f ms pipeline time (%.1f%%)%n", r.documents(), r.goldMentions(), r.country(),
                r.agent(), r.code(), nanos.getOrDefault("actors", 0L) / 1e6, total / 1e6, 100.0 * nanos.getOrDefault("actors", 0L) / total);
        r.errors().forEach(e -> System.out.println("  " + e));
        return r;
    }
}
