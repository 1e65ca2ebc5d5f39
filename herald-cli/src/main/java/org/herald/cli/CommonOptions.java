package org.herald.cli;

import org.herald.HeraldConfig;
import org.herald.actors.memory.TsvActorMemory;
import org.herald.nlp.NlpModels;
import org.herald.pipeline.Pipeline;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Options every command that runs the pipeline shares, and the one way the CLI loads it. */
public final class CommonOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "A properties file overriding Herald's defaults (see herald.properties).")
    Path config;

    @Option(names = "--knowledge", paramLabel = "DIR", description = "A folder of your own knowledge files, read after the shipped ones.")
    Path knowledge;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: $HERALD_HOME or ~/.herald).")
    Path data;

    @Option(names = {"-v", "--verbose"}, description = "Report model load time and per-document time on standard error.")
    boolean verbose;

    public HeraldConfig config() {
        HeraldConfig c = HeraldConfig.load(config);
        return knowledge != null ? c.withKnowledgeDir(knowledge) : c;
    }

    public Path dataDir() {
        if (data != null) return data;
        String home = System.getenv("HERALD_HOME");
        if (home != null && !home.isBlank()) return Path.of(home);
        return Path.of(System.getProperty("user.home"), ".herald");
    }

    /** The officials Herald remembers, under the data directory. */
    public TsvActorMemory memory() { return TsvActorMemory.in(dataDir()); }

    /**
     * Loads the whole pipeline for {@code config}. A command-line run is one short process, so it takes the JIT
     * directive that saves it 14 s of a core ({@link NlpModels#installCompilerDirectives}).
     */
    public Pipeline pipeline(HeraldConfig config, PrintWriter err) {
        long t0 = System.nanoTime();
        NlpModels.installCompilerDirectives();
        Pipeline p = Pipeline.load(config);
        if (verbose) err.printf("models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return p;
    }
}
