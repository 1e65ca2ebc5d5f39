package org.herald.store.query;

import org.herald.pipeline.Analysis;

import java.time.Instant;
import java.time.LocalDate;

/** A stored document: its analysis as stored, and what the store knows about it. */
public record StoredDocument(Analysis analysis, String url, String outlet, LocalDate referenceDay, String reference, String status,
                             String contentHash, String hashOf, Instant ingestedAt) {}
