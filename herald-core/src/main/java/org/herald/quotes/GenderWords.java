package org.herald.quotes;

import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The gender evidence of {@code quotes/gender-words.tsv}: given names and honorifics ("Mrs.", "Queen") by gender. */
final class GenderWords {
    static final String FILE = "quotes/gender-words.tsv";

    enum Gender { MALE, FEMALE }

    private final Map<String, Gender> givenNames;
    private final Map<String, Gender> honorifics;

    private GenderWords(Map<String, Gender> givenNames, Map<String, Gender> honorifics) {
        this.givenNames = Map.copyOf(givenNames);
        this.honorifics = Map.copyOf(honorifics);
    }

    static GenderWords load(KnowledgeSource source) {
        return parse(TsvReader.readAll(source, FILE, "word", "gender", "kind"));
    }

    static GenderWords parse(List<TsvReader.Row> rows) {
        Map<String, Gender> names = new HashMap<>(), honorifics = new HashMap<>();
        for (TsvReader.Row row : rows) {
            String word = row.get("word").toLowerCase(Locale.ROOT);
            Gender g;
            try {
                g = Gender.valueOf(row.get("gender").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown gender '" + row.get("gender") + "' (male or female)");
            }
            switch (row.get("kind")) {
                case "given-name" -> names.put(word, g);
                case "honorific" -> honorifics.put(word, g);
                default -> throw row.error("unknown kind '" + row.get("kind") + "' (given-name or honorific)");
            }
        }
        return new GenderWords(names, honorifics);
    }

    /** The gender a given name is most given to, or null when the file does not say. */
    Gender ofGivenName(String word) {
        return givenNames.get(word.toLowerCase(Locale.ROOT));
    }

    /** The gender an honorific or title before a name states ("Mr.", "Ms", "Queen"), or null. */
    Gender ofHonorific(String word) {
        return honorifics.get(word.toLowerCase(Locale.ROOT));
    }
}
