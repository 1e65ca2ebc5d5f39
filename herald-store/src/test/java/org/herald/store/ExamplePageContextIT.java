package org.herald.store;

import org.herald.Page;
import org.herald.events.dating.Reference;
import org.herald.io.tables.AnalysisRows;
import org.herald.io.tables.Provenance;
import org.herald.knowledge.KnowledgeSource;
import org.herald.pipeline.Analysis;
import org.herald.store.query.Context;
import org.herald.store.query.FlaggedEvent;
import org.herald.store.query.Paging;
import org.herald.store.query.Sanction;
import org.herald.store.search.SearchFilter;
import org.herald.store.search.SearchHit;
import org.herald.testkit.SharedData;
import org.herald.testkit.SharedModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The canonical input stored: the store's context of North Korea lists the Security Council sanctions in force since
 * 2006 with the article's sentence as evidence, and flags the troops and aid sent to Russia while they are in force.
 * The page has no publication date: the day of the debate is given as the reference, as an ingest option would.
 */
class ExamplePageContextIT {
    @TempDir Path dir;

    @Test void the_context_of_north_korea_lists_its_sanctions_with_evidence_and_flags_the_support_it_sends() throws Exception {
        String text = Files.readString(SharedData.examplePage());
        Analysis a = SharedModels.pipeline().analyze(Page.ofText("un", text));
        Path file = dir.resolve("h.duckdb");
        try (Store s = Store.openForWriting(file); StoreWriter w = s.writer(AnalysisRows.load(KnowledgeSource.shipped()))) {
            w.put(a, new Provenance("un", "page", Instant.now(), Reference.given(LocalDate.parse("2024-10-30"))));
        }
        try (Store s = Store.openForReading(file)) {
            Context c = s.queries().context("PRK");
            Sanction un = c.sanctionsOn().stream().filter(x -> x.imposer().equals("IGOUNO")).findFirst()
                    .orElseThrow(() -> new AssertionError("no UN sanctions on PRK in " + c.sanctionsOn()));
            assertEquals("PRK", un.target());
            assertEquals(2006, un.since().getYear());
            assertEquals("year", un.precision());
            assertNull(un.lifted(), "in force");
            assertTrue(un.evidence().get(0).sentence().contains("Since 2006, North Korea has been under UN Security Council sanctions"),
                    un.evidence().get(0).sentence());
            assertEquals("un", un.evidence().get(0).docId());
            List<String> flagged = c.flagged().stream().map(FlaggedEvent::event).map(e -> e.plover() + " " + e.sourceCode() + ">" + e.targetCode()).toList();
            assertTrue(flagged.stream().anyMatch(f -> f.startsWith("MOBILIZE PRK") && f.endsWith(">RUS")), flagged.toString());
            assertTrue(flagged.stream().anyMatch(f -> f.startsWith("AID PRK")), flagged.toString());
            assertTrue(c.flagged().stream().allMatch(f -> f.sanctionedParty().equals("PRK") && f.sanction() == un));
            assertTrue(c.flagged().stream().allMatch(f -> f.event().day().equals(LocalDate.parse("2024-10-30"))), "dated by the given day");
            assertFalse(s.queries().context("RUS").sanctionsOn().stream().anyMatch(x -> x.target().equals("RUS")), "Russia is under no sanctions in the text");

            List<SearchHit> hits = s.queries().search("\"brazen violation\"", SearchFilter.NONE, Paging.first(10)).items();
            SearchHit quote = hits.stream().filter(h -> h.kind().equals("quote")).findFirst().orElseThrow(() -> new AssertionError(hits.toString()));
            assertEquals("UKRGOV", quote.speakerCode());
            assertTrue(quote.speakerName().endsWith("Kyslytsya"));
            assertTrue(s.queries().search("sanctions", new SearchFilter("PRK", null, null, null, null, "body"), Paging.first(10)).total() > 0);
        }
    }
}
