package org.herald.extract;

import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The vocabularies of {@code herald/extract/boilerplate.tsv}: class/id fragments of chrome and of content, byline
 * markers, user-interface lines, and the role words found around author names.
 */
record Boilerplate(List<String> discussion, List<String> unlikely, List<String> likely, List<String> byline, List<String> elsewhere, Set<String> uiLines,
                   List<String> uiPrefixes, Set<String> byWords, Set<String> roleWords) {
    static final String FILE = "extract/boilerplate.tsv";
    /** Punctuation, symbols and spaces around a line, and counters after it ("Comments (12)"). */
    private static final java.util.regex.Pattern EDGES = java.util.regex.Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s\\d]+$");

    Boilerplate {
        discussion = List.copyOf(discussion);
        unlikely = List.copyOf(unlikely);
        likely = List.copyOf(likely);
        byline = List.copyOf(byline);
        elsewhere = List.copyOf(elsewhere);
        uiLines = Set.copyOf(uiLines);
        uiPrefixes = List.copyOf(uiPrefixes);
        byWords = Set.copyOf(byWords);
        roleWords = Set.copyOf(roleWords);
    }

    static Boilerplate load(KnowledgeSource source) {
        List<String> discussion = new ArrayList<>(), unlikely = new ArrayList<>(), likely = new ArrayList<>(), byline = new ArrayList<>(), elsewhere = new ArrayList<>(), prefixes = new ArrayList<>();
        Set<String> lines = new HashSet<>(), roles = new HashSet<>(), by = new HashSet<>();
        for (TsvReader.Row row : TsvReader.readAll(source, FILE, "kind", "value")) {
            String v = row.get("value").toLowerCase(Locale.ROOT);
            if (v.isEmpty()) throw row.error("empty value");
            switch (row.get("kind")) {
                case "unlikely" -> unlikely.add(v);
                case "never" -> discussion.add(v);
                case "likely" -> likely.add(v);
                case "byline" -> byline.add(v);
                case "elsewhere" -> elsewhere.add(v);
                case "ui-line" -> lines.add(v);
                case "ui-prefix" -> prefixes.add(v);
                case "role" -> roles.add(v);
                case "by-word" -> by.add(v);
                default -> throw row.error("unknown kind '" + row.get("kind") + "' (never, unlikely, likely, byline, elsewhere, ui-line, ui-prefix, by-word, role)");
            }
        }
        return new Boilerplate(discussion, unlikely, likely, byline, elsewhere, lines, prefixes, by, roles);
    }

    /** True when a class/id string marks chrome and nothing in it marks content. */
    boolean isChrome(String classAndId) {
        if (classAndId.isEmpty()) return false;
        String s = classAndId.toLowerCase(Locale.ROOT);
        for (String l : likely) if (s.contains(l)) return false;
        for (String u : unlikely) if (s.contains(u)) return true;
        for (String d : discussion) if (s.contains(d)) return true;
        return false;
    }

    /** True when a class/id string marks reader comments or captions (and nothing in it marks content). */
    boolean isDiscussion(String classAndId) {
        if (classAndId.isBlank()) return false;
        String s = classAndId.toLowerCase(Locale.ROOT);
        for (String l : likely) if (s.contains(l)) return false;
        for (String d : discussion) if (s.contains(d)) return true;
        return false;
    }

    /** True when a class/id string marks an area whose bylines belong to other stories. */
    boolean isElsewhere(String classAndId) {
        String s = classAndId.toLowerCase(Locale.ROOT);
        for (String e : elsewhere) if (s.contains(e)) return true;
        return isDiscussion(classAndId);
    }

    boolean isByline(String marker) {
        String s = marker.toLowerCase(Locale.ROOT);
        for (String b : byline) if (s.contains(b)) return true;
        return false;
    }

    /** True for a line that is a button, label or teaser prefix rather than article text. */
    boolean isUiLine(String line) {
        String s = line.strip().toLowerCase(Locale.ROOT);
        if (s.length() > 80) return false;
        String bare = EDGES.matcher(s).replaceAll("");
        if (uiLines.contains(bare)) return true;
        for (String p : uiPrefixes) if (s.startsWith(p)) return true;
        return false;
    }
}
