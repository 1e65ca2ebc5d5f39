package org.herald.cli;

import org.herald.cli.output.Tabular;
import org.herald.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code herald query "SQL"}: one read-only statement over the store. The store is opened read-only with no access to
 * other files and its settings locked (INSERT, DROP, COPY ... TO, ATTACH and the like fail), and only a single SELECT
 * (or DESCRIBE / SHOW / SUMMARIZE) is accepted.
 */
@Command(name = "query", mixinStandardHelpOptions = true, description = {"Run one read-only SQL statement over the store.",
        "Tables: documents, actors, actor_mentions, quotes, events, event_mentions, claims (docs/exports.md lists their columns)."})
public final class QueryCommand implements Callable<Integer> {
    /** Rows printed at most, so a SELECT * of a large table cannot flood the terminal. */
    static final int MAX_ROWS = 100_000;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin CommonOptions common;
    @Mixin StoreOptions storeOptions;

    @CommandLine.Option(names = "--format", description = "table, csv or json (default: ${DEFAULT-VALUE}).", defaultValue = "table")
    Tabular.Format format;

    @Parameters(index = "0", paramLabel = "SQL") String sql;

    @Override public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        return StoreCommands.withStore(storeOptions.file(common.dataDir()), true, err, store -> {
            try {
                checkReadOnly(store.connection(), sql);
                try (PreparedStatement p = store.connection().prepareStatement(sql); ResultSet r = p.executeQuery()) {
                    ResultSetMetaData md = r.getMetaData();
                    List<String> header = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) header.add(md.getColumnLabel(i));
                    List<List<Object>> rows = new ArrayList<>();
                    while (r.next() && rows.size() < MAX_ROWS) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= header.size(); i++) {
                            Object v = r.getObject(i);
                            row.add(v instanceof java.sql.Array a ? java.util.Arrays.toString((Object[]) a.getArray()) : v);
                        }
                        rows.add(row);
                    }
                    Tabular.write(header, rows, format, out);
                    if (rows.size() == MAX_ROWS) err.println("herald: output cut at " + MAX_ROWS + " rows; add a LIMIT or use export");
                }
                return ExitCodes.OK;
            } catch (SQLException e) {
                throw new StoreException("the query failed: " + (e.getMessage() == null ? e : e.getMessage().split("\n")[0]));
            }
        });
    }

    /**
     * Accepts one SELECT (as DuckDB's own parser reads it) or a DESCRIBE / SHOW / SUMMARIZE; anything else is refused
     * before it runs. The sandboxed connection refuses writes anyway: this gives the clearer message.
     */
    static void checkReadOnly(java.sql.Connection c, String sql) throws SQLException {
        String s = sql.strip();
        if (s.isEmpty()) throw new IllegalArgumentException("an empty query");
        if (s.matches("(?is)(DESCRIBE|SHOW|SUMMARIZE)\\s[^;]*;?")) return;
        try (PreparedStatement p = c.prepareStatement("SELECT json_serialize_sql(?)")) {
            p.setString(1, s);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                String json = r.getString(1);
                var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
                if (node.path("error").asBoolean(false))
                    throw new IllegalArgumentException("query runs read-only SQL only (one SELECT, DESCRIBE, SHOW or SUMMARIZE): "
                            + node.path("error_message").asText());
                if (node.path("statements").size() != 1) throw new IllegalArgumentException("query runs one statement at a time");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException("the query could not be read: " + e.getMessage());
            }
        }
    }
}
