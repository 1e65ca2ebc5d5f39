package org.herald.spark;

import org.herald.ErrorEntry;
import org.herald.events.dating.Reference;
import org.herald.io.AnalysisJson;
import org.herald.io.InputDocument;
import org.herald.io.tables.AnalysisRows;
import org.herald.io.tables.DocumentRows;
import org.herald.io.tables.Provenance;
import org.herald.io.tables.Table;
import org.herald.io.tables.Tables;
import org.herald.pipeline.Analysis;
import org.herald.pipeline.Pipeline;
import org.herald.run.Runner;
import org.herald.run.StageClock;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What the job keeps of one document: its analysis as the line {@code herald analyze} writes, and its rows of the
 * store's per-document tables as {@code herald ingest} would store them ({@link AnalysisRows}: the same code), with
 * the page's SHA-256 as content hash, so that loading the Parquet set into a store that already holds the page from
 * an ingest finds it unchanged. Rows are Herald's value types; {@link SparkTables} turns them into Spark rows.
 */
record DocumentOutput(String id, String json, boolean failed, long sentences, List<List<Object[]>> rows) implements Serializable {

    /** Rows of {@code t}, one of {@link Tables#PER_DOCUMENT}. */
    List<Object[]> rows(Table t) { return rows.get(Tables.PER_DOCUMENT.indexOf(t)); }

    /** Analyses one document; an input that could not be read, or a stage that threw, gives an error record. */
    static DocumentOutput of(Pipeline p, AnalysisRows mapping, InputDocument doc, Reference fallback) {
        StageClock clock = new StageClock();
        Analysis a = Runner.analyze(p, doc, clock);
        DocumentRows rows;
        try {
            rows = mapping.of(a, new Provenance(doc.ok() ? sha256(doc.page().content()) : null, "page", Instant.now(), fallback));
        } catch (RuntimeException e) {
            // The rows of an analysis are a pure function of it: a failure here is a bug, and still costs one document.
            a = Analysis.failed(doc.id(), doc.source(), new ErrorEntry("rows", e.getClass().getSimpleName() + ": " + e.getMessage()));
            rows = mapping.of(a, new Provenance(null, "page", Instant.now(), fallback));
        }
        List<List<Object[]>> byTable = new ArrayList<>();
        for (Table t : Tables.PER_DOCUMENT) byTable.add(new ArrayList<>(rows.rows(t)));
        return new DocumentOutput(a.id(), AnalysisJson.line(a), a.hasErrors(), clock.count("sentences"), byTable);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
