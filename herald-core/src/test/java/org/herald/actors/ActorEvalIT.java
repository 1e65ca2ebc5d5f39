package org.herald.actors;

import org.herald.Analysis;
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

    static List<ActorEvaluation.Doc> docs() throws IOException {
        try (InputStream in = ActorEvalIT.class.getResourceAsStream(SET)) {
            return ActorEvaluation.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), SET);
        }
    }

    @Test
    void country_and_agent_codes_stay_above_their_floors() throws IOException {
        List<ActorEvaluation.Doc> docs = docs();
        Map<String, Long> nanos = new ConcurrentHashMap<>();
        ActorEvaluation.Result r = ActorEvaluation.score(docs, d -> {
            Analysis a = SharedModels.pipeline().analyze(Page.ofText(d.id(), d.text()), (stage, ns) -> nanos.merge(stage, ns, Long::sum));
            AnalysisInvariants.check(a);
            return a.actors();
        });
        long total = nanos.entrySet().stream().filter(e -> !e.getKey().contains(".")).mapToLong(Map.Entry::getValue).sum()
                + nanos.entrySet().stream().filter(e -> e.getKey().startsWith("nlp.")).mapToLong(Map.Entry::getValue).sum();
        System.out.printf("actors eval: %d documents, %d gold mentions%n  country %s%n  agent   %s%n  code    %s%n"
                        + "  actors stage %.1f ms of %.1f ms pipeline time (%.1f%%)%n", r.documents(), r.goldMentions(), r.country(),
                r.agent(), r.code(), nanos.getOrDefault("actors", 0L) / 1e6, total / 1e6, 100.0 * nanos.getOrDefault("actors", 0L) / total);
        r.errors().forEach(e -> System.out.println("  " + e));
        assertTrue(r.goldMentions() >= 150, "the set needs at least 150 mentions");
        assertTrue(r.country().precision() >= 0.90, "country precision " + r.country());
        assertTrue(r.country().recall() >= 0.90, "country recall " + r.country());
        assertTrue(r.agent().precision() >= 0.85, "agent precision " + r.agent());
        assertTrue(r.agent().recall() >= 0.85, "agent recall " + r.agent());
    }
}
