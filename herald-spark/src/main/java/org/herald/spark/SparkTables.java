package org.herald.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.herald.io.tables.Column;
import org.herald.io.tables.Table;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The store's tables ({@link org.herald.io.tables.Tables}) as Spark schemas, and Herald's rows as Spark rows, so that
 * the job's Parquet has the columns, in order, of {@code herald export --format parquet} (DuckDB's COPY): VARCHAR as
 * string, INTEGER as int32, BIGINT as int64, DATE as date, VARCHAR[] as a list of strings, and TIMESTAMP as a
 * timestamp without time zone holding UTC (Spark's {@code TIMESTAMP_NTZ}, which is what DuckDB's TIMESTAMP is in
 * Parquet; Spark's own TIMESTAMP would be read back by DuckDB as a TIMESTAMP WITH TIME ZONE).
 */
final class SparkTables {
    private SparkTables() { }

    static StructType schema(Table t) {
        StructField[] fields = new StructField[t.columns().size()];
        for (int i = 0; i < fields.length; i++) {
            Column c = t.columns().get(i);
            fields[i] = DataTypes.createStructField(c.name(), type(c), true);
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(Column c) {
        return switch (c.type()) {
            case VARCHAR -> DataTypes.StringType;
            case INTEGER -> DataTypes.IntegerType;
            case BIGINT -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case DATE -> DataTypes.DateType;
            case TIMESTAMP -> DataTypes.TimestampNTZType;
            case VARCHAR_LIST -> DataTypes.createArrayType(DataTypes.StringType, true);
        };
    }

    /** A Herald row (values as {@link org.herald.io.tables.ColumnType} says) as a Spark row of {@link #schema}. */
    static Row row(Object[] values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof Instant t) v = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
            else if (v instanceof List<?> l) v = l.toArray(new String[0]);
            out[i] = v;
        }
        return RowFactory.create(out);
    }

    /** A Spark row read back (dates as {@link java.time.LocalDate}: the java8 API is on) as a Herald row. */
    static Object[] values(Row r) {
        Object[] out = new Object[r.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = r.get(i);
            if (v instanceof LocalDateTime t) v = t.toInstant(ZoneOffset.UTC);
            else if (v instanceof scala.collection.Seq<?>) v = List.copyOf(r.<String>getList(i));
            out[i] = v;
        }
        return out;
    }
}
