package org.herald.spark;

import org.apache.spark.util.AccumulatorV2;

import java.util.Map;
import java.util.TreeMap;

/** Counts by reason, added up over tasks: the WARC records that are not documents, as the command line reports them. */
final class CountsAccumulator extends AccumulatorV2<Map.Entry<String, Long>, Map<String, Long>> {
    private final TreeMap<String, Long> counts = new TreeMap<>();

    @Override public boolean isZero() { return counts.isEmpty(); }

    @Override public CountsAccumulator copy() {
        CountsAccumulator c = new CountsAccumulator();
        synchronized (counts) {
            c.counts.putAll(counts);
        }
        return c;
    }

    @Override public void reset() {
        synchronized (counts) {
            counts.clear();
        }
    }

    @Override public void add(Map.Entry<String, Long> e) {
        synchronized (counts) {
            counts.merge(e.getKey(), e.getValue(), Long::sum);
        }
    }

    @Override public void merge(AccumulatorV2<Map.Entry<String, Long>, Map<String, Long>> other) {
        for (Map.Entry<String, Long> e : other.value().entrySet()) add(e);
    }

    @Override public Map<String, Long> value() {
        synchronized (counts) {
            return new TreeMap<>(counts);
        }
    }
}
