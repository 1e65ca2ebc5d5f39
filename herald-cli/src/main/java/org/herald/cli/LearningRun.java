package org.herald.cli;

import org.herald.Analysis;
import org.herald.StageTimer;
import org.herald.actors.LearnedOfficial;
import org.herald.cli.input.InputDocument;
import org.herald.pipeline.Pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Documents through the pipeline in batches, remembering officials between them: after each batch the officials its
 * documents introduced are merged into the registry file, and the next batch reads the new snapshot. A batch boundary
 * is a barrier (every document of the batch is finished first), so results do not depend on the number of threads.
 */
final class LearningRun implements AutoCloseable {
    /** Documents per batch: large enough that the barrier costs little, small enough that learning shows soon. */
    static final int BATCH = 16;

    private final RegistryFile registry;
    private final AnalysisRunner runner;
    private final List<LearnedOfficial> learned = new ArrayList<>();
    private Pipeline pipeline;
    private int submitted;

    LearningRun(Pipeline base, RegistryFile registry, int threads, StageTimer timer, Consumer<Analysis> sink) {
        this.registry = registry;
        this.pipeline = base.withRegistry(registry.snapshot());
        this.runner = new AnalysisRunner(() -> pipeline, threads, timer, a -> {
            learned.addAll(a.learned());
            sink.accept(a);
        });
    }

    void submit(InputDocument doc) {
        runner.submit(doc);
        if (++submitted % BATCH == 0) {
            runner.finish();
            remember();
        }
    }

    private void remember() {
        if (learned.isEmpty()) return;
        registry.merge(learned);
        learned.clear();
        pipeline = pipeline.withRegistry(registry.snapshot());
    }

    @Override public void close() {
        runner.close();
        remember();
    }
}
