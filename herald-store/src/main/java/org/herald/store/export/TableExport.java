package org.herald.store.export;

import org.herald.io.AnalysisJson;
import org.herald.io.tables.AnalysisFromRows;
import org.herald.io.tables.Table;
import org.herald.io.tables.Tables;
import org.herald.store.DocumentLoader;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Herald's own exports: every table as Parquet ({@code <table>.parquet}, written by DuckDB's COPY, the columns of
 * {@link Tables}), which {@code herald ingest --analyses DIR} and DuckDB read back; and the analyses as JSONL (the
 * output contract of {@code herald analyze}, one document a line, in id order), which {@code herald ingest --analyses
 * FILE} reads back.
 */
public final class TableExport {
    private TableExport() { }

    /** The order each table's rows are written in, so that two exports of one store are the same files. */
    static String order(Table t) {
        if (t == Tables.EVENTS) return "event_id";
        if (t == Tables.EVENT_MENTIONS) return "doc_id, mention_id";
        if (t == Tables.DOCUMENTS) return "doc_id";
        return String.join(", ", t.columns().subList(0, t == Tables.ACTOR_MENTIONS ? 3 : 2).stream().map(c -> c.name()).toList());
    }

    public static void parquet(Connection c, Path dir) throws IOException, SQLException {
        Files.createDirectories(dir);
        try (Statement s = c.createStatement()) {
            for (Table t : Tables.ALL) {
                String target = dir.resolve(t.name() + ".parquet").toAbsolutePath().toString().replace("'", "''");
                s.execute("COPY (SELECT " + t.columnList() + " FROM " + t.name() + " ORDER BY " + order(t) + ") TO '" + target + "' (FORMAT parquet)");
            }
        }
    }

    public static long jsonl(Connection c, Path file) throws IOException, SQLException {
        if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
        List<String> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT doc_id FROM documents ORDER BY doc_id")) {
            while (r.next()) ids.add(r.getString(1));
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); DocumentLoader loader = new DocumentLoader(c)) {
            for (String id : ids) {
                var rows = loader.load(id);
                if (rows.isEmpty()) continue;
                w.write(AnalysisJson.line(AnalysisFromRows.of(rows.get())));
                w.write('\n');
            }
        }
        return ids.size();
    }
}
