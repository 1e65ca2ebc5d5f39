package org.herald.cli;

import org.herald.HeraldConfig;
import org.herald.pipeline.Pipeline;
import org.herald.run.Runner;
import picocli.CommandLine.Option;

/** Options of the commands that analyse a run of documents (analyze, quotes, demo): workers and learning. */
public final class RunOptions {
    // Results do not depend on the thread count: learning batches are barriers.
    @Option(names = "--threads", description = "Worker threads (default: one per core, at most 8; ${DEFAULT-VALUE} here).")
    int threads = Runner.defaultThreads();

    @Option(names = "--learn", description = "Remember the officials these documents introduce (in <data>/actors/registry.tsv) "
            + "for later documents and runs. Without it a run only reads what was learned before, so the same input always "
            + "gives the same output (config key actors.learn).")
    boolean learn;

    /** A runner for {@code pipeline} with these options, reading (and with --learn or actors.learn, writing) the memory. */
    Runner.Builder runner(Pipeline pipeline, HeraldConfig config, CommonOptions common) {
        return Runner.of(pipeline).threads(threads).memory(common.memory(), learn || config.learn());
    }
}
