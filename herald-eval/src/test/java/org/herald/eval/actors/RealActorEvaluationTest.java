package org.herald.eval.actors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real-article actor scorer's reading of the annotations (no NLP). */
class RealActorEvaluationTest {
    @Test void a_mention_annotated_in_two_events_counts_once_and_uncoded_parties_are_skipped(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("events.jsonl");
        Files.writeString(f, """
                {"page": "p1", "split": "dev", "sources": [{"code": "USACOP", "mention": [0, 6]}], "targets": [{"code": null, "mention": [10, 14]}]}
                {"page": "p1", "split": "dev", "sources": [{"code": "USACOP", "mention": [0, 6]}], "targets": [{"code": "USA", "mention": [20, 24]}]}
                {"page": "p2", "split": "blind", "sources": [], "targets": [{"code": "NGALEG", "mention": [3, 9]}]}
                """);
        List<RealActorEvaluation.Party> parties = RealActorEvaluation.readParties(f);
        assertEquals(3, parties.size());
        assertEquals(new RealActorEvaluation.Party("p1", "dev", 0, 6, "USACOP"), parties.get(0));
        assertEquals("blind", parties.get(2).split());
    }

    @Test void a_record_without_a_split_fails_with_its_line(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("events.jsonl");
        Files.writeString(f, "{\"page\": \"p1\", \"sources\": []}\n");
        var e = assertThrows(java.io.IOException.class, () -> RealActorEvaluation.readParties(f));
        assertTrue(e.getMessage().contains(":1:"), e.getMessage());
    }
}
