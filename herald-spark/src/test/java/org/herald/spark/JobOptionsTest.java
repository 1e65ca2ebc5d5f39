package org.herald.spark;

import org.herald.io.tables.Tables;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobOptionsTest {
    @Test void parsesOptionsAndInputsInAnyOrder() {
        JobOptions o = JobOptions.parse("hdfs:///cc/a.warc.gz", "--out", "s3a://b/out", "--partitions", "40", "--reference-date", "2024-05-01",
                "/data/*.jsonl", "--overwrite", "--config", "herald.properties");
        assertEquals(List.of("hdfs:///cc/a.warc.gz", "/data/*.jsonl"), o.inputs());
        assertEquals("s3a://b/out", o.out());
        assertEquals(40, o.partitions());
        assertEquals(LocalDate.parse("2024-05-01"), o.referenceDate());
        assertEquals("herald.properties", o.config());
        assertTrue(o.overwrite());
        JobOptions d = JobOptions.parse("--out", "o", "x.warc");
        assertEquals(0, d.partitions());
        assertNull(d.config());
        assertFalse(d.overwrite());
    }

    @Test void refusesWhatItCannotRun() {
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("x.warc"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--out", "o"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--out", "o", "--partitions", "0", "x.warc"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--out", "o", "--reference-date", "May 1", "x.warc"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--out", "o", "--threads", "2", "x.warc"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--out"));
    }

    @Test void inputKindsByName() {
        assertEquals(JobInputs.Kind.WHOLE, JobInputs.kind("CC-NEWS-20240501.warc.gz"));
        assertEquals(JobInputs.Kind.WHOLE, JobInputs.kind("a.WARC"));
        assertEquals(JobInputs.Kind.WHOLE, JobInputs.kind("pages.jsonl.gz"));
        assertEquals(JobInputs.Kind.LINES, JobInputs.kind("pages.jsonl"));
        assertNull(JobInputs.kind("page.html"));
        assertEquals("/tmp/a.warc", JobInputs.shown(new org.apache.hadoop.fs.Path("file:/tmp/a.warc")));
        assertEquals("hdfs://nn/a.warc", JobInputs.shown(new org.apache.hadoop.fs.Path("hdfs://nn/a.warc")));
    }

    @Test void schemasHaveTheStoresColumnsInOrder() {
        for (var t : Tables.ALL)
            assertEquals(t.columns().stream().map(c -> c.name()).toList(), Arrays.asList(SparkTables.schema(t).fieldNames()), t.name());
        assertEquals("timestamp_ntz", SparkTables.schema(Tables.DOCUMENTS).apply("ingested_at").dataType().typeName());
        assertEquals("array", SparkTables.schema(Tables.DOCUMENTS).apply("authors").dataType().typeName());
    }
}
