package org.herald;

/** Receives how long each stage took; drivers pass one in to measure, the pipeline never keeps one. */
@FunctionalInterface
public interface StageTimer {
    StageTimer NONE = (stage, nanos) -> { };

    void record(String stage, long nanos);
}
