package org.herald.store;

import org.duckdb.DuckDBAppender;
import org.herald.io.tables.Column;
import org.herald.io.tables.Table;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Moves rows of {@link Table}s between Java values and DuckDB: appends them, and reads them back from a result set. */
public final class Rows {
    private Rows() { }

    public static void append(DuckDBAppender ap, Table t, Object[] row) throws SQLException {
        ap.beginRow();
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            if (v == null) { ap.appendNull(); continue; }
            switch (t.columns().get(i).type()) {
                case VARCHAR -> ap.append((String) v);
                case INTEGER -> ap.append((int) (Integer) v);
                case BIGINT -> ap.append((long) (Long) v);
                case DOUBLE -> ap.append((double) (Double) v);
                case BOOLEAN -> ap.append((boolean) (Boolean) v);
                case DATE -> ap.append((LocalDate) v);
                // Microseconds since the epoch, as DuckDB keeps them: the appender's LocalDateTime path counts them by
                // calendar arithmetic, a tenth of a bulk load's Java time.
                case TIMESTAMP -> ap.appendEpochMicros(micros((Instant) v));
                case VARCHAR_LIST -> ap.append((List<?>) v);
            }
        }
        ap.endRow();
    }

    /** An instant as whole microseconds since the epoch (finer parts dropped, as a TIMESTAMP keeps none). */
    static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }

    /** The current row of {@code r}, whose columns are {@code t}'s from position {@code first} (1-based) on. */
    public static Object[] read(ResultSet r, Table t, int first) throws SQLException {
        Object[] row = new Object[t.columns().size()];
        for (int i = 0; i < row.length; i++) row[i] = value(r, first + i, t.columns().get(i));
        return row;
    }

    static Object value(ResultSet r, int i, Column c) throws SQLException {
        Object v = switch (c.type()) {
            case VARCHAR -> r.getString(i);
            case INTEGER -> r.getInt(i);
            case BIGINT -> r.getLong(i);
            case DOUBLE -> r.getDouble(i);
            case BOOLEAN -> r.getBoolean(i);
            case DATE -> r.getObject(i, LocalDate.class);
            case TIMESTAMP -> {
                LocalDateTime t = r.getObject(i, LocalDateTime.class);
                yield t == null ? null : t.toInstant(ZoneOffset.UTC);
            }
            case VARCHAR_LIST -> {
                Array a = r.getArray(i);
                if (a == null) yield null;
                List<String> out = new ArrayList<>();
                for (Object o : (Object[]) a.getArray()) out.add(o == null ? null : o.toString());
                yield List.copyOf(out);
            }
        };
        return r.wasNull() ? null : v;
    }
}
