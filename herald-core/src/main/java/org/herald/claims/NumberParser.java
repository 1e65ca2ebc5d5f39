package org.herald.claims;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** Reads the value of a number as news writes it: "10,000", "2.5", "five", with "million"/"billion" scales. */
final class NumberParser {
    private static final Map<String, Double> WORDS = Map.ofEntries(
            Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0),
            Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0),
            Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0),
            Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("hundred", 100.0),
            Map.entry("dozen", 12.0), Map.entry("thousand", 1000.0));
    private static final Map<String, Double> SCALES = Map.of("hundred", 100.0, "thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12, "mln", 1e6, "bln", 1e9, "bn", 1e9, "m", 1e6);

    private NumberParser() { }

    static OptionalDouble value(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(",", "");
        if (WORDS.containsKey(w)) return OptionalDouble.of(WORDS.get(w));
        try {
            return OptionalDouble.of(Double.parseDouble(w));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    static OptionalDouble scale(String word) {
        Double s = SCALES.get(word.toLowerCase(Locale.ROOT));
        return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
    }
}
