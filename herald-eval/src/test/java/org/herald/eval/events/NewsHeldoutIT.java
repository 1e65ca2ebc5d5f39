package org.herald.eval.events;

import org.herald.testkit.SharedModels;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quality floors on Herald's own held-out news sentences ({@code herald/eval/events/news-heldout.jsonl}, written for
 * the project; see its README). The set ships with the tests, so this runs without ../shared. Floors sit a few points
 * below the first scoring, which is the held-out figure (type 0.660, full 0.540, precision 0.646, 0.87 events a sentence, 3 events on the 15 no-event sentences).
 * From branch evnews on the set is development data (a new blind set measures held-out quality): the floors follow the
 * figures after that work (type 0.867, full 0.733, precision 0.759).
 */
class NewsHeldoutIT {
    static final String SET = "/herald/eval/events/news-heldout.jsonl";
    static final String SET_2 = "/herald/eval/events/news-heldout-2.jsonl";

    @Test
    void news_heldout_floors() throws URISyntaxException {
        Path file = Path.of(Objects.requireNonNull(NewsHeldoutIT.class.getResource(SET), SET).toURI());
        List<PloverEval.Gold> golds = PloverEval.read(file);
        PloverEval.Report r = PloverEval.run(SharedModels.pipeline(), golds);
        assertEquals(150, r.sentences(), "sentences with a gold event");
        assertEquals(15, r.noEventSentences(), "sentences with none");
        assertTrue(r.typeAccuracy() >= 0.84, "type accuracy " + r.typeAccuracy());
        assertTrue(r.fullAccuracy() >= 0.70, "full accuracy " + r.fullAccuracy());
        assertTrue(r.precision() >= 0.73, "precision " + r.precision());
        assertTrue(r.eventsPerSentence() <= 1.5, "events per sentence " + r.eventsPerSentence());
        assertTrue(r.noEventEvents() <= 6, "events on sentences that report none " + r.noEventEvents());
    }

    /** The second blind set; first scoring type 0.698, full 0.604, precision 0.676; after the evnews patterns 0.740, 0.635, 0.679. */
    @Test
    void news_heldout_2_floors() throws URISyntaxException {
        Path file = Path.of(Objects.requireNonNull(NewsHeldoutIT.class.getResource(SET_2), SET_2).toURI());
        List<PloverEval.Gold> golds = PloverEval.read(file);
        PloverEval.Report r = PloverEval.run(SharedModels.pipeline(), golds);
        assertEquals(96, r.sentences(), "sentences with a gold event");
        assertEquals(8, r.noEventSentences(), "sentences with none");
        assertTrue(r.typeAccuracy() >= 0.71, "type accuracy " + r.typeAccuracy());
        assertTrue(r.fullAccuracy() >= 0.60, "full accuracy " + r.fullAccuracy());
        assertTrue(r.precision() >= 0.65, "precision " + r.precision());
        assertTrue(r.eventsPerSentence() <= 1.5, "events per sentence " + r.eventsPerSentence());
        assertTrue(r.noEventEvents() <= 5, "events on sentences that report none " + r.noEventEvents());
    }
}
