package org.herald.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as "YYYY-MM-DD" from the forms pages write them in (ISO 8601, URL paths, "March 5, 2024", "5 March 2024"). */
final class Dates {
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:T|$)");
    private static final Pattern URL = Pattern.compile("/((?:19|20)\\d\\d)[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|\\.|$)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([a-z]{3,9})\\.?,?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() { }

    /** The first date written in a machine value (ISO 8601 or compact), as written (no time-zone shift). */
    static String fromMachine(String value) {
        if (value == null) return null;
        Matcher m = ISO.matcher(value);
        if (m.find()) return valid(m.group(1), m.group(2), m.group(3));
        m = COMPACT.matcher(value.strip());
        if (m.find()) return valid(m.group(1), m.group(2), m.group(3));
        return fromProse(value);
    }

    static String fromUrl(String url) {
        if (url == null) return null;
        Matcher m = URL.matcher(url);
        return m.find() ? valid(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** "March 5, 2024", "5 March 2024" (English month names). */
    static String fromProse(String text) {
        if (text == null) return null;
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            Integer month = month(m.group(1));
            if (month != null) return valid(m.group(3), month.toString(), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            Integer month = month(m.group(2));
            if (month != null) return valid(m.group(3), month.toString(), m.group(1));
        }
        return null;
    }

    private static Integer month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() < 3 ? null : MONTHS.get(w.substring(0, 3));
    }

    private static String valid(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
