package org.herald.io.tables;

import org.herald.events.dating.Reference;

import java.time.Instant;
import java.util.Objects;

/**
 * What a driver knows about one document beyond its analysis.
 *
 * @param contentHash SHA-256 (hex) of what was ingested, or null when nothing could be read
 * @param hashOf      what it hashes: {@code page} (the page's bytes, checked before analysing) or {@code analysis}
 * @param ingestedAt  when the document is stored
 * @param fallback    the reference day for documents without a publication date (a capture date, an ingest option),
 *                    or {@link Reference#NONE}
 */
public record Provenance(String contentHash, String hashOf, Instant ingestedAt, Reference fallback) {
    public Provenance {
        Objects.requireNonNull(ingestedAt, "ingestedAt");
        Objects.requireNonNull(fallback, "fallback");
        // Stores keep microseconds: a value read back equals the one written.
        ingestedAt = ingestedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
