package org.herald.eval.actors;

import org.herald.actors.Actor;
import org.herald.actors.ActorRegistry;
import org.herald.actors.LearnedOfficial;
import org.herald.pipeline.Analysis;
import org.herald.Page;
import org.herald.pipeline.Pipeline;
import org.herald.testkit.AnalysisInvariants;
import org.herald.testkit.SharedModels;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Same pages + same registry snapshot → equal analyses, on one thread or four; and hostile text never breaks the stage. */
class ActorDeterminismIT {
    private static final ActorRegistry SNAPSHOT = new ActorRegistry(
            List.of(new LearnedOfficial("Irina Volkova", "RUS", "foreign ministry spokeswoman", "RUSGOV", "written for this test")),
            List.of(new LearnedOfficial("Tom Harlow", "GBR", "defence secretary", "GBRGOV", "pinned for this test")));

    @Test
    void four_threads_give_the_same_analyses_as_one() throws Exception {
        List<ActorEvaluation.Doc> docs = ActorEvalIT.docs(ActorEvalIT.SET);
        List<Page> pages = new ArrayList<>();
        for (ActorEvaluation.Doc d : docs.subList(0, 24)) pages.add(Page.ofText(d.id(), d.text()));
        pages.add(Page.ofText("registry", "Volkova said the talks had failed. Harlow, Britain's defence chief, disagreed."));
        Pipeline pipeline = SharedModels.pipeline().withRegistry(SNAPSHOT);
        List<Analysis> serial = new ArrayList<>();
        for (Page p : pages) serial.add(AnalysisInvariants.check(pipeline.analyze(p)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 2; round++) {
                List<Future<Analysis>> futures = new ArrayList<>();
                for (Page p : pages) futures.add(pool.submit(() -> pipeline.analyze(p)));
                for (int i = 0; i < pages.size(); i++) assertEquals(serial.get(i), futures.get(i).get(), "page " + pages.get(i).id());
            }
        } finally {
            pool.shutdownNow();
        }
        Analysis registry = serial.get(serial.size() - 1);
        Actor volkova = registry.actors().stream().filter(a -> a.name().equals("Irina Volkova")).findFirst().orElseThrow();
        assertEquals("RUSGOV", volkova.code(), "a surname alone resolves through the registry");
        Actor harlow = registry.actors().stream().filter(a -> a.name().equals("Tom Harlow")).findFirst().orElseThrow();
        assertEquals("person.pinned", harlow.rule(), "a pinned entry wins over the document's own words");
        assertTrue(registry.learned().stream().noneMatch(o -> o.name().equals("Irina Volkova")), "the registry's facts are not learned again");
    }

    @Test
    void hostile_text_gives_valid_actors() {
        List<String> hostile = List.of("", " ", "'s 's ’s", "[[UN|IGOUNO]]", "He he he she her him his.",
                "US US US us UK uk DPRK's's", "The the the West West West", "Moscow-Moscow-Moscow",
                "Ambassador Ambassador Ambassador Ambassador Ambassador Ambassador Ambassador Ambassador said.",
                "North Korean North Korean troops troops , , , Russia's 's , ambassador",
                "\u202eRussia\u202c and \uD83D\uDE00 Ukraine\u0000", "A".repeat(2000), "Russia ".repeat(300));
        for (String text : hostile) {
            Analysis a = AnalysisInvariants.check(SharedModels.pipeline().analyze(Page.ofText("hostile", text)));
            for (Actor actor : a.actors()) assertTrue(actor.code() == null || actor.code().length() % 3 == 0, actor.toString());
        }
    }
}
