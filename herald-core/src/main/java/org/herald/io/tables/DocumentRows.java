package org.herald.io.tables;

import java.util.List;
import java.util.Map;

/** The rows of one document, by table ({@link Tables#PER_DOCUMENT}); the document table has exactly one. */
public record DocumentRows(String docId, Map<Table, List<Object[]>> byTable) {
    public DocumentRows {
        byTable = Map.copyOf(byTable);
    }

    public List<Object[]> rows(Table t) { return byTable.getOrDefault(t, List.of()); }

    public Object[] document() { return rows(Tables.DOCUMENTS).get(0); }
}
