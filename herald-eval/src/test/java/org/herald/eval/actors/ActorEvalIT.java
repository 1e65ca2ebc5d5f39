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
    /**
     * These sets mark named actors only. Since bare role words ("officials", "troops", "the police") are coded (issue
     * 13: on the blind real articles party countries 0.310 -> 0.431, full codes 0.222 -> 0.337), each one they hold is
     * counted against precision here: measured country P 0.871-0.929, agent P 0.778-0.889 (before: 0.97-1.00). The
     * floors were lowered from 0.93-0.95 to these until the sets are re-marked; recall floors are unchanged.
     */
    static final double COUNTRY_PRECISION = 0.85, AGENT_PRECISION = 0.75;
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
        assertTrue(r.country().precision() >= COUNTRY_PRECISION, "country precision " + r.country());
        assertTrue(r.country().recall() >= 0.95, "country recall " + r.country());
        assertTrue(r.agent().precision() >= AGENT_PRECISION, "agent precision " + r.agent());
        assertTrue(r.agent().recall() >= 0.95, "agent recall " + r.agent());
    }

    @Test
    void held_out_set_stays_above_its_floors() throws IOException {
        ActorEvaluation.Result r = run(HELD_OUT);
        assertTrue(r.country().precision() >= COUNTRY_PRECISION, "country precision " + r.country());
        assertTrue(r.country().recall() >= FLOOR_HELD_OUT, "country recall " + r.country());
        assertTrue(r.agent().precision() >= AGENT_PRECISION, "agent precision " + r.agent());
        assertTrue(r.agent().recall() >= FLOOR_HELD_OUT, "agent recall " + r.agent());
    }

    @Test
    void second_held_out_set_stays_above_its_floors() throws IOException {
        // First scoring, before "caretaker" became a title word: country P 1.000 R 0.963, agent P 1.000 R 0.929.
        ActorEvaluation.Result r = run(HELD_OUT_2);
        assertTrue(r.country().precision() >= COUNTRY_PRECISION, "country precision " + r.country());
        assertTrue(r.country().recall() >= 0.93, "country recall " + r.country());
        assertTrue(r.agent().precision() >= AGENT_PRECISION, "agent precision " + r.agent());
        assertTrue(r.agent().recall() >= 0.90, "agent recall " + r.agent());
    }

    @Test
    void third_held_out_set_stays_above_its_floors() throws IOException {
        // Persons' countries from appositives and "of X". First scoring, before the fix: country R 0.770, agent R 0.630;
        // after: country P 1.000 R 0.984, agent P 1.000 R 1.000 (one miss: "Maria Santos of the Philippines", which
        // CoreNLP's NER takes whole for one organisation).
        ActorEvaluation.Result r = run(HELD_OUT_3);
        assertTrue(r.goldMentions() >= 40, "the set needs at least 40 mentions");
        assertTrue(r.country().precision() >= COUNTRY_PRECISION, "country precision " + r.country());
        assertTrue(r.country().recall() >= 0.93, "country recall " + r.country());
        assertTrue(r.agent().precision() >= AGENT_PRECISION, "agent precision " + r.agent());
        assertTrue(r.agent().recall() >= 0.93, "agent recall " + r.agent());
    }

    @Test
    void fourth_held_out_set_stays_above_its_floors() throws IOException {
        // Roles with a complement before the name ("the US ambassador to the UN, X,"). First scoring, before the fix:
        // country R 0.647, agent R 0.424; after: country P 0.970 R 0.956, agent P 0.970 R 0.970 (misses: "Sofia
        // Lindqvist" taken for Bulgaria's capital, "Europe" in "Minister for Europe", "his Korean counterpart").
        ActorEvaluation.Result r = run(HELD_OUT_4);
        assertTrue(r.goldMentions() >= 40, "the set needs at least 40 mentions");
        assertTrue(r.country().precision() >= COUNTRY_PRECISION, "country precision " + r.country());
        assertTrue(r.country().recall() >= 0.92, "country recall " + r.country());
        assertTrue(r.agent().precision() >= AGENT_PRECISION, "agent precision " + r.agent());
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
