package org.herald.store;

import org.herald.io.tables.DocumentRows;
import org.herald.io.tables.Table;
import org.herald.io.tables.Tables;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one stored document's rows back from every per-document table (parameterised statements, prepared once). */
public final class DocumentLoader implements AutoCloseable {
    private final Map<Table, PreparedStatement> statements = new LinkedHashMap<>();

    public DocumentLoader(Connection c) throws SQLException {
        for (Table t : Tables.PER_DOCUMENT)
            statements.put(t, c.prepareStatement("SELECT " + t.columnList() + " FROM " + t.name() + " WHERE doc_id = ?"));
    }

    public Optional<DocumentRows> load(String docId) throws SQLException {
        Map<Table, List<Object[]>> out = new LinkedHashMap<>();
        for (Map.Entry<Table, PreparedStatement> e : statements.entrySet()) {
            PreparedStatement p = e.getValue();
            p.setString(1, docId);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) rows.add(Rows.read(r, e.getKey(), 1));
            }
            if (e.getKey() == Tables.DOCUMENTS && rows.isEmpty()) return Optional.empty();
            out.put(e.getKey(), rows);
        }
        return Optional.of(new DocumentRows(docId, out));
    }

    @Override public void close() throws SQLException {
        for (PreparedStatement p : statements.values()) p.close();
    }
}
