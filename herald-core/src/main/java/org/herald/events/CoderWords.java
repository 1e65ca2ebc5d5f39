package org.herald.events;

import org.herald.knowledge.KnowledgeException;
import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word sets of {@code events/coder-words.tsv} (state passives, light objects, quantities, time words, agent nouns,
 * group nouns, background subordinators), every knowledge layer's rows added to the shipped ones. The coder loads them
 * with its knowledge source and hands them to the static matchers on each {@link Graph}.
 */
record CoderWords(Set<String> statePassives, Set<String> lightObjects, Set<String> quantities, Set<String> timeWords,
                  Set<String> agentNouns, Set<String> groupNouns, Set<String> backgroundMarks) {
    static final String FILE = "events/coder-words.tsv";
    private static final List<String> SETS = List.of("state-passive", "light-object", "quantity", "time-word", "agent-noun", "group-noun",
            "background-mark");

    CoderWords {
        statePassives = Set.copyOf(statePassives);
        lightObjects = Set.copyOf(lightObjects);
        quantities = Set.copyOf(quantities);
        timeWords = Set.copyOf(timeWords);
        agentNouns = Set.copyOf(agentNouns);
        groupNouns = Set.copyOf(groupNouns);
        backgroundMarks = Set.copyOf(backgroundMarks);
    }

    static CoderWords shipped() { return Shipped.WORDS; }

    private static final class Shipped { static final CoderWords WORDS = load(KnowledgeSource.shipped()); }

    static CoderWords load(KnowledgeSource source) {
        Map<String, Set<String>> sets = new HashMap<>();
        for (TsvReader.Row row : TsvReader.readAll(source, FILE, "set", "words")) {
            String set = row.get("set").toLowerCase(Locale.ROOT);
            if (!SETS.contains(set)) throw row.error("unknown set '" + row.get("set") + "' (one of " + SETS + ")");
            for (String w : row.get("words").split("\\|"))
                if (!w.isBlank()) sets.computeIfAbsent(set, k -> new LinkedHashSet<>()).add(w.strip().toLowerCase(Locale.ROOT));
        }
        for (String set : SETS) if (!sets.containsKey(set)) throw new KnowledgeException(FILE, 0, "no words for the set " + set);
        return new CoderWords(sets.get("state-passive"), sets.get("light-object"), sets.get("quantity"), sets.get("time-word"),
                sets.get("agent-noun"), sets.get("group-noun"), sets.get("background-mark"));
    }
}
