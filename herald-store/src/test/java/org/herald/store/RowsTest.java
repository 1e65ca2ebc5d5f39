package org.herald.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.herald.io.tables.Column;
import org.herald.io.tables.ColumnType;
import org.herald.io.tables.Table;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Values appended by Rows come back from DuckDB as they went in (times to the microsecond a TIMESTAMP keeps). */
class RowsTest {
    @Test void days_and_times_round_trip_through_the_appender() throws Exception {
        Table t = new Table("t", "test", List.of(new Column("seen", ColumnType.TIMESTAMP, "a time"), new Column("day", ColumnType.DATE, "a day")));
        List<Instant> times = List.of(Instant.parse("2024-11-01T10:00:00.123456789Z"), Instant.parse("1969-12-31T23:59:59.5Z"),
                Instant.parse("2000-02-29T00:00:00Z"), Instant.parse("2262-01-01T00:00:00.000001Z"));
        try (DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (seen TIMESTAMP, day DATE)");
            try (DuckDBAppender ap = c.createAppender("main", "t")) {
                for (Instant i : times) Rows.append(ap, t, new Object[]{i, LocalDate.ofInstant(i, java.time.ZoneOffset.UTC)});
            }
            List<Instant> got = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT seen, day FROM t")) {
                while (r.next()) {
                    Object[] row = Rows.read(r, t, 1);
                    got.add((Instant) row[0]);
                    assertEquals(LocalDate.ofInstant((Instant) row[0], java.time.ZoneOffset.UTC), row[1]);
                }
            }
            assertEquals(times.stream().map(i -> i.truncatedTo(ChronoUnit.MICROS)).toList(), got);
            try (ResultSet r = s.executeQuery("SELECT CAST(seen AS VARCHAR) FROM t LIMIT 1")) {
                r.next();
                assertEquals("2024-11-01 10:00:00.123456", r.getString(1));
            }
        }
    }
}
