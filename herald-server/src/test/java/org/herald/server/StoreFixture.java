package org.herald.server;

import org.herald.events.dating.Reference;
import org.herald.io.tables.AnalysisRows;
import org.herald.io.tables.Provenance;
import org.herald.knowledge.KnowledgeSource;
import org.herald.pipeline.Analysis;
import org.herald.store.Store;
import org.herald.store.StoreWriter;
import org.herald.store.Synthetic;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Stores for the server's tests: generated documents (herald-store's Synthetic), written the way ingest writes them. */
final class StoreFixture {
    private StoreFixture() { }

    /** {@code documents} generated documents of {@code eventsEach} events, over 60 days from 2024-01-01. */
    static Path synthetic(Path dir, int documents, int eventsEach) {
        Synthetic gen = new Synthetic(7, LocalDate.parse("2024-01-01"), 60);
        Path file = dir.resolve("herald.duckdb");
        try (Store s = Store.openForWriting(file); StoreWriter w = s.writer(AnalysisRows.load(KnowledgeSource.shipped()))) {
            for (int i = 0; i < documents; i++) {
                w.put(gen.next(i, eventsEach), new Provenance("hash-" + i, "analysis", Instant.parse("2024-03-01T00:00:00Z"), Reference.NONE));
                if (w.pending() >= 200) w.commit();
            }
            w.commit();
        }
        return file;
    }

    static Path of(Path dir, List<Analysis> analyses) {
        Path file = dir.resolve("herald.duckdb");
        try (Store s = Store.openForWriting(file); StoreWriter w = s.writer(AnalysisRows.load(KnowledgeSource.shipped()))) {
            for (Analysis a : analyses) w.put(a, new Provenance(a.id(), "analysis", Instant.now(), Reference.NONE));
            w.commit();
        }
        return file;
    }
}
