package org.herald.io.tables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One table of the store: its name and columns, in order. Rows are {@code Object[]} in column order. */
public final class Table {
    private final String name;
    private final String meaning;
    private final List<Column> columns;
    private final Map<String, Integer> index;

    public Table(String name, String meaning, List<Column> columns) {
        this.name = name;
        this.meaning = meaning;
        this.columns = List.copyOf(columns);
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < this.columns.size(); i++)
            if (m.put(this.columns.get(i).name(), i) != null) throw new IllegalArgumentException(name + ": column " + this.columns.get(i).name() + " twice");
        this.index = Map.copyOf(m);
    }

    public String name() { return name; }

    public String meaning() { return meaning; }

    public List<Column> columns() { return columns; }

    /** Position of column {@code column}; throws for a name the table does not have. */
    public int index(String column) {
        Integer i = index.get(column);
        if (i == null) throw new IllegalArgumentException("table " + name + " has no column '" + column + "'");
        return i;
    }

    /** The value of {@code column} in {@code row}, as its Java type. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object[] row, String column) { return (T) row[index(column)]; }

    /** Column names, comma-separated, in order (for SQL). */
    public String columnList() { return String.join(", ", columns.stream().map(Column::name).toList()); }

    /** Checks that a row has the table's width and each value its column's type. */
    public Object[] check(Object[] row) {
        if (row.length != columns.size()) throw new IllegalArgumentException(name + ": row of " + row.length + " values, table has " + columns.size());
        for (int i = 0; i < row.length; i++)
            if (row[i] != null && !columns.get(i).type().javaType().isInstance(row[i]))
                throw new IllegalArgumentException(name + "." + columns.get(i).name() + ": " + row[i].getClass().getSimpleName() + " is not " + columns.get(i).type());
        return row;
    }

    @Override public String toString() { return name; }
}
