package org.herald.run;

import org.herald.StageTimer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** A thread-safe {@link StageTimer} that adds up time per stage and counts, in the order stages first report. */
public final class StageClock implements StageTimer {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    @Override public void record(String stage, long n) {
        order.putIfAbsent(stage, order.size());
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(n);
    }

    @Override public void count(String what, long n) {
        counts.computeIfAbsent(what, k -> new LongAdder()).add(n);
    }

    /** Seconds per stage, in first-reported order. */
    public Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum() / 1e9));
        return out;
    }

    public long count(String what) {
        LongAdder a = counts.get(what);
        return a == null ? 0 : a.sum();
    }
}
