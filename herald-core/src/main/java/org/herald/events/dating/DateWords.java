package org.herald.events.dating;

import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words of time of {@code events/date-words.tsv}: month and day names, number words, periods, words naming a
 * day ("yesterday") and the cues of the future tense. A bad row fails with file:line.
 */
record DateWords(Map<String, Integer> months, Map<String, Integer> weekdays, Map<String, Integer> numbers,
                 Map<String, String> units, Map<String, Integer> days, Set<String> future) {
    static final String FILE = "events/date-words.tsv";

    static DateWords load(KnowledgeSource source) {
        Map<String, Integer> months = new LinkedHashMap<>(), weekdays = new LinkedHashMap<>(), numbers = new LinkedHashMap<>(),
                days = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        Set<String> future = new LinkedHashSet<>();
        for (TsvReader.Row row : TsvReader.readAll(source, FILE, "word", "kind", "value")) {
            String word = row.get("word").toLowerCase(java.util.Locale.ROOT), value = row.get("value");
            if (word.isEmpty()) throw row.error("empty word");
            try {
                switch (row.get("kind")) {
                    case "month" -> months.put(word, range(Integer.parseInt(value), 1, 12, row));
                    case "weekday" -> weekdays.put(word, range(Integer.parseInt(value), 1, 7, row));
                    case "number" -> numbers.put(word, range(Integer.parseInt(value), 1, 1000, row));
                    case "day" -> days.put(word, range(Integer.parseInt(value), -31, 31, row));
                    case "unit" -> {
                        if (!Set.of("day", "week", "month", "year").contains(value)) throw row.error("unit must be day, week, month or year: " + value);
                        units.put(word, value);
                    }
                    case "future" -> future.add(word);
                    default -> throw row.error("unknown kind '" + row.get("kind") + "' (month, weekday, number, unit, day, future)");
                }
            } catch (NumberFormatException e) {
                throw row.error("value must be a whole number: '" + value + "'");
            }
        }
        return new DateWords(Map.copyOf(months), Map.copyOf(weekdays), Map.copyOf(numbers), Map.copyOf(units), Map.copyOf(days), Set.copyOf(future));
    }

    private static int range(int v, int min, int max, TsvReader.Row row) {
        if (v < min || v > max) throw row.error("value " + v + " outside " + min + ".." + max);
        return v;
    }
}
