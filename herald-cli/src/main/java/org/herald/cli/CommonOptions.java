package org.herald.cli;

import org.herald.HeraldConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command that runs the pipeline shares. */
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
}
