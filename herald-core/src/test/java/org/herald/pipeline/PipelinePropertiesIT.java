package org.herald.pipeline;

import org.herald.Page;
import org.herald.testkit.AnalysisInvariants;
import org.herald.testkit.Property;
import org.herald.testkit.Property.Case;
import org.herald.testkit.RandomPages;
import org.herald.testkit.SharedModels;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random and damaged pages through the whole pipeline: an analysis or error entries, never an exception or a hang,
 * and every offset of every actor, quote, event and claim inside the body ({@link AnalysisInvariants}). Bounded: at
 * most 60 tries, 30 s each, 90 s in all.
 */
class PipelinePropertiesIT {
    @Test void any_page_gives_an_analysis_whose_offsets_lie_inside_its_body() {
        int n = Property.forAll("pipeline", 60, Duration.ofSeconds(30), Duration.ofSeconds(90), r -> {
            String markup = r.nextBoolean() ? RandomPages.html(r) : RandomPages.text(r);
            byte[] bytes = r.nextInt(3) == 0 ? RandomPages.mutate(RandomPages.utf8(markup), r) : RandomPages.utf8(markup);
            return new Case<>(new Page("p", "p", Page.Format.AUTO, bytes, null), bytes.length + " bytes: " + markup.substring(0, Math.min(300, markup.length())));
        }, page -> {
            Analysis a = AnalysisInvariants.check(SharedModels.pipeline().analyze(page));
            assertEquals("p", a.id());
            assertTrue(a.hasErrors() || !a.article().body().isBlank());
        });
        assertTrue(n >= 10, "tries run: " + n);
    }
}
