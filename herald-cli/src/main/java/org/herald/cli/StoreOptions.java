package org.herald.cli;

import org.herald.store.Store;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --store PATH}: the store a command reads or writes (default {@code <data>/herald.duckdb}). */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "PATH", description = "The store (default: <data>/herald.duckdb).")
    Path store;

    public Path file(Path dataDir) { return store != null ? store : Store.defaultFile(dataDir); }
}
