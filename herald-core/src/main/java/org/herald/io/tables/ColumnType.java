package org.herald.io.tables;

/**
 * The types of the store's columns, and the Java value a row holds for each. A row's value is null or of that class.
 * The names are DuckDB's; a Parquet writer maps them to its own (VARCHAR → string, DATE → date, TIMESTAMP → timestamp
 * in UTC, VARCHAR[] → list of string).
 */
public enum ColumnType {
    VARCHAR("VARCHAR", String.class),
    INTEGER("INTEGER", Integer.class),
    BIGINT("BIGINT", Long.class),
    DOUBLE("DOUBLE", Double.class),
    BOOLEAN("BOOLEAN", Boolean.class),
    /** A {@link java.time.LocalDate}. */
    DATE("DATE", java.time.LocalDate.class),
    /** An {@link java.time.Instant}, stored as a UTC timestamp. */
    TIMESTAMP("TIMESTAMP", java.time.Instant.class),
    /** A {@code List<String>}. */
    VARCHAR_LIST("VARCHAR[]", java.util.List.class);

    private final String sql;
    private final Class<?> javaType;

    ColumnType(String sql, Class<?> javaType) {
        this.sql = sql;
        this.javaType = javaType;
    }

    public String sql() { return sql; }

    public Class<?> javaType() { return javaType; }
}
