package org.herald.events.typer;

import org.herald.knowledge.KnowledgeException;
import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word sets of {@code events/typer-words.tsv}: the verbs that only attribute a statement and the markers of a
 * condition. Every knowledge layer's rows add to the shipped ones, as in the event coder's word file.
 */
record TyperWords(Set<String> attribution, Set<String> conditions) {
    static final String FILE = "events/typer-words.tsv";
    private static final List<String> SETS = List.of("attribution", "condition");

    private static final TyperWords SHIPPED = load(KnowledgeSource.shipped());

    static TyperWords shipped() { return SHIPPED; }

    /** The sets of {@code source}'s layers, each layer's words added to those before; every set must have words. */
    static TyperWords load(KnowledgeSource source) {
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        SETS.forEach(name -> sets.put(name, new LinkedHashSet<>()));
        for (TsvReader.Row row : TsvReader.readAll(source, FILE, "set", "words")) {
            Set<String> words = sets.get(row.get("set").toLowerCase(Locale.ROOT));
            if (words == null) throw row.error("unknown set '" + row.get("set") + "' (one of " + SETS + ")");
            Arrays.stream(row.get("words").split("\\|")).map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).forEach(words::add);
        }
        sets.forEach((name, words) -> {
            if (words.isEmpty()) throw new KnowledgeException(FILE, 0, "no words for the set " + name);
        });
        return new TyperWords(Set.copyOf(sets.get("attribution")), Set.copyOf(sets.get("condition")));
    }
}
