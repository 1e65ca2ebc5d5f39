package org.herald.eval.metadata;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The article-metadata set's scoring rule (its README): folded titles, byline names as substrings, shared dates, primary language subtags. */
public final class MetadataScorer {
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}\\u00A0\\u3000\\u2007\\u202F]+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*(Z|[+-]\\d{2}:?\\d{2})");

    private MetadataScorer() { }

    /** Whitespace runs to one space, ends trimmed, curly/low/prime/angle quotes to ASCII ones. */
    public static String fold(String s) {
        if (s == null) return null;
        String t = SPACES.matcher(s).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            out.append(switch (c) {
                case '‘', '’', '‚', '‛', '′', '＇', '‹', '›' -> '\'';
                case '“', '”', '„', '‟', '″', '«', '»', '＂' -> '"';
                default -> c;
            });
        }
        return out.toString();
    }

    public static boolean titleCorrect(String gold, String predicted) {
        return predicted != null && fold(gold).equals(fold(predicted));
    }

    /** Gold byline to names: split at commas, '&', " and ", and a word-initial "By " (case-insensitive); pieces trimmed. */
    public static List<String> goldNames(String byline) {
        String s = SPACES.matcher(byline).replaceAll(" ").strip();
        List<String> out = new ArrayList<>();
        for (String piece : Pattern.compile(",|&| and |(?<![\\p{L}\\p{N}_])by ", Pattern.CASE_INSENSITIVE).split(s)) {
            String p = piece.strip();
            if (!p.isEmpty()) out.add(p);
        }
        return out;
    }

    public static boolean authorsCorrect(String goldByline, List<String> produced) {
        if (produced == null || produced.isEmpty()) return false;
        List<String> names = produced.stream().map(p -> SPACES.matcher(p).replaceAll(" ").strip().toLowerCase(Locale.ROOT)).toList();
        for (String g : goldNames(goldByline)) {
            String gl = g.toLowerCase(Locale.ROOT);
            if (names.stream().noneMatch(n -> n.contains(gl))) return false;
        }
        return true;
    }

    /** The first YYYY-MM-DD as written, plus the UTC date where a time with an offset or Z follows it. */
    public static Set<String> dates(String s) {
        Set<String> out = new HashSet<>();
        if (s == null) return out;
        Matcher m = DATE.matcher(s);
        if (m.find()) out.add(m.group());
        Matcher t = DATE_TIME.matcher(s);
        if (t.find()) {
            String offset = t.group(3).equals("Z") ? "Z" : t.group(3).length() == 5 ? t.group(3).substring(0, 3) + ":" + t.group(3).substring(3) : t.group(3);
            String time = t.group(2).length() == 5 ? t.group(2) + ":00" : t.group(2);
            try {
                out.add(OffsetDateTime.parse(t.group(1) + "T" + time + offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString());
            } catch (DateTimeParseException e) {
                // A malformed time keeps only the date as written.
            }
        }
        return out;
    }

    public static boolean hasDate(String gold) { return gold != null && DATE.matcher(gold).find(); }

    public static boolean dateCorrect(String gold, String predicted) {
        Set<String> g = dates(gold);
        for (String d : dates(predicted)) if (g.contains(d)) return true;
        return false;
    }

    public static boolean languageCorrect(String gold, String predicted) {
        return predicted != null && primary(gold).equals(primary(predicted));
    }

    private static String primary(String tag) {
        return tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    }
}
