package org.herald.store.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** One line of a tab-separated export: cells without tabs or line breaks, an agreed text for missing values. */
final class Cells {
    private Cells() { }

    /** A cell's text: tabs and line breaks become spaces (the formats have no quoting); null becomes {@code missing}. */
    static String cell(Object v, String missing) {
        if (v == null) return missing;
        if (v instanceof Double d) return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.format(Locale.ROOT, "%s", d);
        if (v instanceof Boolean b) return b ? "1" : "0";
        String s = v.toString().replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
        return s;
    }

    static void line(BufferedWriter w, List<Object> cells, String missing) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) w.write('\t');
            w.write(cell(cells.get(i), missing));
        }
        w.write('\n');
    }
}
