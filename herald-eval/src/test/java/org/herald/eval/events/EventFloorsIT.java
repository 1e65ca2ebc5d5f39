package org.herald.eval.events;

import org.herald.pipeline.Analysis;
import org.herald.Page;
import org.herald.actors.Actor;
import org.herald.claims.Claim;
import org.herald.eval.petrarch.PetrarchEval;
import org.herald.eval.real.RealArticles;
import org.herald.events.Event;
import org.herald.testkit.AnalysisInvariants;
import org.herald.testkit.SharedData;
import org.herald.testkit.SharedModels;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** Quality floors of event coding measured on ../shared (skipped when absent). */
class EventFloorsIT {
    /**
     * Floors a little below the measured figures (type 0.946, full 0.790, precision 0.773, 1.08 events a sentence when
     * pinned). Lowered from full 0.79 / precision 0.79 (measured 0.814 / 0.815 before) for issue 13's changes, which cost
     * 4 development sentences of type+actors and 0.04 of precision while raising the blind sets (news-heldout-2 type
     * 0.740 -> 0.844, full 0.635 -> 0.729; news-heldout-3 0.633 -> 0.775, 0.517 -> 0.633).
     */
    @Test
    void plover_gold_standard_floors() {
        Path file = SharedData.require("eval/plover-gsr/records.jsonl");
        PloverEval.Report r = PloverEval.run(SharedModels.pipeline(), PloverEval.read(file));
        assertTrue(r.typeAccuracy() >= 0.91, "type accuracy " + r.typeAccuracy());
        assertTrue(r.fullAccuracy() >= 0.77, "full accuracy " + r.fullAccuracy());
        assertTrue(r.precision() >= 0.75, "precision " + r.precision());
        assertTrue(r.eventsPerSentence() <= 1.5, "events per sentence " + r.eventsPerSentence());
    }

    /** The share of PETRARCH's expected events the import reproduces (0.614 when pinned). */
    @Test
    void petrarch_validation_share_floor() {
        Path dir = SharedData.require("eval/petrarch-validation");
        PetrarchEval.Report r = PetrarchEval.run(SharedModels.pipeline().config(), SharedModels.models(), dir, "PETR.Validate.verbs.txt");
        assertTrue(r.shareReproduced() >= 0.58, "share " + r.shareReproduced());
    }

    /**
     * Real articles, development half (full recall 0.092, precision 0.185; root precision 0.445 when pinned: the typer and
     * the relaxed frames code more, root precision fell from 0.552 while full recall doubled on both halves). The
     * blind half is scored by hand, once, never by a test.
     */
    @Test
    void real_articles_dev_floors() throws IOException {
        Path truth = SharedData.require("eval/article-extraction/ground-truth.json");
        Path gold = Path.of("src/test/resources/herald/eval/real/events.jsonl");
        RealEventsEval.Report r = RealEventsEval.run(SharedModels.pipeline(), RealEventsEval.read(gold),
                RealArticles.read(gold.resolveSibling(RealArticles.PAGES_FILE), truth), RealArticles.Split.DEV);
        assertTrue(r.score(RealEventsEval.Level.FULL).recall() >= 0.04, "full recall " + r.score(RealEventsEval.Level.FULL).recall());
        assertTrue(r.score(RealEventsEval.Level.FULL).precision() >= 0.15, "full precision " + r.score(RealEventsEval.Level.FULL).precision());
        assertTrue(r.score(RealEventsEval.Level.ROOT).precision() >= 0.42, "root precision " + r.score(RealEventsEval.Level.ROOT).precision());
    }
}
