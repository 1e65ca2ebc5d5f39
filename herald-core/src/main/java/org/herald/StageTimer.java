package org.herald;

/**
 * Receives how long each stage took and how much it handled; drivers pass one in to measure,
 * the pipeline never keeps one. Implementations must be thread-safe.
 */
public interface StageTimer {
    StageTimer NONE = (stage, nanos) -> { };

    void record(String stage, long nanos);

    /** A count the pipeline reports per document ("sentences", "tokens"). */
    default void count(String what, long n) { }
}
