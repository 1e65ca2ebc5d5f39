package org.herald.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows for people or programs: an aligned table (long cells clipped, control characters shown as spaces), CSV
 * (RFC 4180 quoting) or JSON lines (one object per row, values typed).
 */
public final class Tabular {
    public enum Format { table, csv, json }

    /** Widest cell of a table; longer text is clipped with an ellipsis. */
    static final int MAX_CELL = 60;
    private static final JsonFactory JSON = new JsonFactory();

    private Tabular() { }

    public static void write(List<String> header, List<List<Object>> rows, Format format, PrintWriter out) {
        switch (format) {
            case table -> table(header, rows, out);
            case csv -> {
                out.println(csvLine(new ArrayList<>(header)));
                for (List<Object> r : rows) out.println(csvLine(r));
            }
            case json -> {
                for (List<Object> r : rows) out.println(json(header, r));
            }
        }
        out.flush();
    }

    private static void table(List<String> header, List<List<Object>> rows, PrintWriter out) {
        int n = header.size();
        int[] width = new int[n];
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> r : rows) {
            List<String> c = new ArrayList<>();
            for (int i = 0; i < n; i++) c.add(clip(i < r.size() ? text(r.get(i)) : ""));
            cells.add(c);
        }
        for (int i = 0; i < n; i++) {
            width[i] = header.get(i).length();
            for (List<String> c : cells) width[i] = Math.max(width[i], c.get(i).length());
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(i == 0 ? "" : "  ").append(pad(header.get(i), width[i]));
        out.println(b.toString().stripTrailing());
        b.setLength(0);
        for (int i = 0; i < n; i++) b.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        out.println(b);
        for (List<String> c : cells) {
            b.setLength(0);
            for (int i = 0; i < n; i++) b.append(i == 0 ? "" : "  ").append(pad(c.get(i), width[i]));
            out.println(b.toString().stripTrailing());
        }
    }

    static String text(Object v) { return v == null ? "" : v.toString(); }

    static String clip(String s) {
        String flat = s.replaceAll("\\p{Cntrl}", " ");
        return flat.length() <= MAX_CELL ? flat : flat.substring(0, MAX_CELL - 1) + "…";
    }

    private static String pad(String s, int w) { return s + " ".repeat(Math.max(0, w - s.length())); }

    static String csvLine(List<Object> r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < r.size(); i++) {
            if (i > 0) b.append(',');
            String s = text(r.get(i));
            if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) b.append('"').append(s.replace("\"", "\"\"")).append('"');
            else b.append(s);
        }
        return b.toString();
    }

    static String json(List<String> header, List<Object> r) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            for (int i = 0; i < header.size(); i++) {
                Object v = i < r.size() ? r.get(i) : null;
                g.writeFieldName(header.get(i));
                if (v == null) g.writeNull();
                else if (v instanceof Integer x) g.writeNumber(x);
                else if (v instanceof Long x) g.writeNumber(x);
                else if (v instanceof Double x) g.writeNumber(x);
                else if (v instanceof Float x) g.writeNumber(x);
                else if (v instanceof java.math.BigDecimal x) g.writeNumber(x);
                else if (v instanceof java.math.BigInteger x) g.writeNumber(x);
                else if (v instanceof Boolean x) g.writeBoolean(x);
                else g.writeString(v.toString());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
