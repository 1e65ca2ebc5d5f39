package org.herald.spark;

import org.herald.HeraldConfig;
import org.herald.io.tables.AnalysisRows;
import org.herald.nlp.NlpModels;
import org.herald.pipeline.Pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One pipeline per executor JVM: CoreNLP's models take seconds and hundreds of MB to load, so every task of the JVM
 * (one per executor core, and every later task) shares the first one loaded. {@link Pipeline#analyze} is thread-safe.
 * The configuration is the text of a properties file, shipped from the driver in the task closure; a JVM runs one job,
 * so a second configuration is refused rather than silently ignored.
 */
public final class PipelineHolder {
    private static Pipeline pipeline;
    private static AnalysisRows rows;
    private static String loadedWith;
    private static double loadSeconds;

    private PipelineHolder() { }

    /** The JVM's pipeline, loaded at the first call with {@code configText} (a properties file's text; empty: defaults). */
    public static synchronized Pipeline get(String configText) {
        if (pipeline == null) {
            long t0 = System.nanoTime();
            HeraldConfig config = config(configText);
            // The JIT directive the command line takes: it spares an executor the same 14 s of a core.
            NlpModels.installCompilerDirectives();
            pipeline = Pipeline.load(config);
            rows = AnalysisRows.load(Pipeline.knowledge(config));
            loadedWith = configText;
            loadSeconds = (System.nanoTime() - t0) / 1e9;
        } else if (!loadedWith.equals(configText)) {
            throw new IllegalStateException("this JVM's Herald pipeline was loaded with another configuration");
        }
        return pipeline;
    }

    /** The mapping of analyses to the store's rows, read from the same knowledge files as the pipeline. */
    public static synchronized AnalysisRows rows(String configText) {
        get(configText);
        return rows;
    }

    /** Seconds the JVM's pipeline took to load, or 0 before it is loaded (for the rates of a {@code local} run). */
    public static synchronized double loadSeconds() { return loadSeconds; }

    /** Shipped defaults overlaid by {@code configText}, checked as {@code --config FILE} is. */
    public static HeraldConfig config(String configText) {
        if (configText.isBlank()) return HeraldConfig.defaults();
        try {
            Path f = Files.createTempFile("herald-job", ".properties");
            try {
                Files.writeString(f, configText, StandardCharsets.UTF_8);
                return HeraldConfig.load(f);
            } finally {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
