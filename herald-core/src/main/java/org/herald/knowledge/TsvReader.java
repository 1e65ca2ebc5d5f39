package org.herald.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads Herald's tab-separated knowledge files: lines starting with {@code #} are comments, blank lines are
 * skipped, the first other line names the columns. A row with the wrong number of cells fails with
 * {@code file:line}. Trailing empty cells may be left out.
 */
public final class TsvReader {
    private TsvReader() { }

    /** One data row: its cells by column name, and where it stands. */
    public record Row(String file, int line, List<String> header, List<String> cells) {
        public String get(String column) {
            int i = header.indexOf(column);
            if (i < 0) throw new KnowledgeException(file, line, "no column '" + column + "'");
            return i < cells.size() ? cells.get(i).trim() : "";
        }

        /** The cell split on '|' into trimmed non-empty values. */
        public List<String> list(String column) {
            String v = get(column);
            if (v.isEmpty()) return List.of();
            List<String> out = new ArrayList<>();
            for (String part : v.split("\\|")) if (!part.isBlank()) out.add(part.trim());
            return out;
        }

        public KnowledgeException error(String message) { return new KnowledgeException(file, line, message); }
    }

    public static List<Row> read(KnowledgeSource.Layer layer, String... requiredColumns) {
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        String[] lines = layer.text().split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.startsWith("#")) continue;
            List<String> cells = Arrays.asList(line.split("\t", -1));
            if (header == null) {
                header = cells.stream().map(String::trim).toList();
                for (String c : requiredColumns)
                    if (!header.contains(c)) throw new KnowledgeException(layer.name(), n + 1, "header lacks column '" + c + "'");
                continue;
            }
            if (cells.size() > header.size())
                throw new KnowledgeException(layer.name(), n + 1, "row has " + cells.size() + " cells, header has " + header.size());
            rows.add(new Row(layer.name(), n + 1, header, cells));
        }
        return rows;
    }

    /** Every layer's rows, shipped first. */
    public static List<Row> readAll(KnowledgeSource source, String relative, String... requiredColumns) {
        List<Row> rows = new ArrayList<>();
        for (KnowledgeSource.Layer layer : source.layers(relative)) rows.addAll(read(layer, requiredColumns));
        return rows;
    }
}
