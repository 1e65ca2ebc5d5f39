package org.herald.actors.petrarch;

import java.util.Locale;

/**
 * A dictionary phrase: words joined by {@code _} or spaces ("NORTH_KOREA", "CARAS GALADHON"). A trailing {@code _}
 * ("LIBYA_") means the last word must match whole; without it TABARI lets the last word match as a stem
 * ("ARGENTIN" matches "Argentina").
 *
 * @param words the words, upper case, separated by single spaces
 * @param whole whether the last word must match whole
 */
public record DictionaryPhrase(String words, boolean whole) {
    static DictionaryPhrase parse(String raw) {
        String t = raw.strip();
        boolean whole = t.endsWith("_");
        String words = t.replace('_', ' ').strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return new DictionaryPhrase(words, whole);
    }

    /** The phrase as a name to look for in text: "North Korea", "U.S.". */
    public String asName() {
        StringBuilder b = new StringBuilder();
        for (String w : words.split(" ")) {
            if (b.length() > 0) b.append(' ');
            boolean abbreviation = w.length() <= 4 && w.chars().noneMatch(Character::isLowerCase) && (w.contains(".") || w.length() <= 3);
            b.append(abbreviation ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
