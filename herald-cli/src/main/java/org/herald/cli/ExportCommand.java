package org.herald.cli;

import org.herald.io.tables.EventScores;
import org.herald.knowledge.KnowledgeSource;
import org.herald.store.export.ActorCodes;
import org.herald.store.export.GdeltExport;
import org.herald.store.export.IcewsExport;
import org.herald.store.export.PhoenixExport;
import org.herald.store.export.TableExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;

/** {@code herald export}: the store in the formats people load (docs/exports.md maps every column). */
@Command(name = "export", mixinStandardHelpOptions = true, description = {"Write the store in an exchange format (docs/exports.md):",
        "jsonl    OUT is a file: one analysis per document (the analyze contract; ingest --analyses reads it back)",
        "gdelt    OUT is a folder: events.export.CSV (61 fields) and events.mentions.CSV (16 fields), GDELT 2.0, GDELT QuadClass",
        "phoenix  OUT is a file: 26 fields, one-a-day records, Phoenix quad class",
        "icews    OUT is a file: 20 fields with a header, one row per report",
        "parquet  OUT is a folder: <table>.parquet for every table (ingest --analyses and DuckDB read it back)"})
public final class ExportCommand implements Callable<Integer> {
    enum Format { jsonl, gdelt, phoenix, icews, parquet }

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin CommonOptions common;
    @Mixin StoreOptions storeOptions;
    @Option(names = "--format", required = true, description = "jsonl, gdelt, phoenix, icews or parquet.") Format format;
    @Parameters(index = "0", paramLabel = "OUT") Path out;

    @Override public Integer call() {
        KnowledgeSource knowledge = org.herald.pipeline.Pipeline.knowledge(common.config());
        return StoreCommands.withStore(storeOptions.file(common.dataDir()), false, spec.commandLine().getErr(), store -> {
            try {
                var c = store.connection();
                String what = switch (format) {
                    case jsonl -> TableExport.jsonl(c, out) + " documents";
                    case gdelt -> {
                        long[] n = GdeltExport.write(c, ActorCodes.load(knowledge), out);
                        yield n[0] + " events and " + n[1] + " mentions";
                    }
                    case phoenix -> PhoenixExport.write(c, ActorCodes.load(knowledge), out) + " events";
                    case icews -> IcewsExport.write(c, ActorCodes.load(knowledge), EventScores.load(knowledge), out) + " event reports";
                    case parquet -> {
                        TableExport.parquet(c, out);
                        yield "every table";
                    }
                };
                spec.commandLine().getOut().println("Exported " + what + " as " + format + " to " + out.toAbsolutePath());
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new org.herald.store.StoreException("the export failed: " + e.getMessage().split("\n")[0], e);
            }
        });
    }
}
