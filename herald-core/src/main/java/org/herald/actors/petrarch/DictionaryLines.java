package org.herald.actors.petrarch;

import org.herald.knowledge.KnowledgeException;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a PETRARCH/TABARI dictionary with comments taken out: {@code <!-- ... -->} blocks (over several
 * lines too, and the {@code <! -- } spelling), and {@code #} to the end of a line. Each kept line remembers its
 * number and whether it was indented (a tab-indented line continues the entry above it).
 */
final class DictionaryLines {
    /** One line: its 1-based number, its text without comments (trailing blanks removed), and its indentation. */
    record Line(int number, String text, boolean indented) {}

    private DictionaryLines() { }

    static List<Line> read(String file, String content) {
        List<Line> out = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        boolean inBlock = false;
        int blockStart = 0;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            StringBuilder kept = new StringBuilder();
            int i = 0;
            while (i < line.length()) {
                if (inBlock) {
                    int close = line.indexOf("-->", i);
                    if (close < 0) { i = line.length(); break; }
                    inBlock = false;
                    i = close + 3;
                    continue;
                }
                int open = indexOfOpen(line, i);
                int hash = line.indexOf('#', i);
                if (hash >= 0 && (open < 0 || hash < open)) { kept.append(line, i, hash); i = line.length(); break; }
                if (open < 0) { kept.append(line.substring(i)); break; }
                kept.append(line, i, open);
                inBlock = true;
                blockStart = n + 1;
                i = open + 2;
            }
            String text = kept.toString().stripTrailing();
            boolean indented = !text.isEmpty() && Character.isWhitespace(text.charAt(0));
            if (!text.isBlank()) out.add(new Line(n + 1, text.strip(), indented));
        }
        if (inBlock) throw new KnowledgeException(file, blockStart, "comment '<!--' is never closed with '-->'");
        return out;
    }

    /** "<!--" or "<! --". */
    private static int indexOfOpen(String line, int from) {
        int a = line.indexOf("<!--", from);
        int b = line.indexOf("<! --", from);
        if (a < 0) return b;
        if (b < 0) return a;
        return Math.min(a, b);
    }
}
