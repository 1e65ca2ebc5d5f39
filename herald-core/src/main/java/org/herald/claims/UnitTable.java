package org.herald.claims;

import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code claims/units.tsv}: the words that give a number its unit. */
final class UnitTable {
    static final String FILE = "claims/units.tsv";
    private final Map<String, String> byWord;

    private UnitTable(Map<String, String> byWord) { this.byWord = Map.copyOf(byWord); }

    static UnitTable load(KnowledgeSource source) {
        Map<String, String> byWord = new HashMap<>();
        for (TsvReader.Row row : TsvReader.readAll(source, FILE, "unit", "words", "kind")) {
            if (row.get("unit").isEmpty()) throw row.error("empty unit");
            if (row.list("words").isEmpty()) throw row.error("no words for unit " + row.get("unit"));
            for (String w : row.list("words")) byWord.put(w.toLowerCase(Locale.ROOT).replace('_', ' '), row.get("unit"));
        }
        return new UnitTable(byWord);
    }

    Optional<String> unitOf(String wordOrLemma) {
        return Optional.ofNullable(byWord.get(wordOrLemma.toLowerCase(Locale.ROOT)));
    }
}
