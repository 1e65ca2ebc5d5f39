package org.herald.events;

import org.herald.knowledge.KnowledgeException;
import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the coder does differently by CAMEO root: the data file {@code events/root-behaviours.tsv} (a later layer's
 * row for a root replaces the shipped one). A code outside the 20 roots (an imported dictionary's) has none.
 */
final class RootBehaviours {
    static final String FILE = "events/root-behaviours.tsv";

    enum Behaviour {
        STATEMENT, COOPERATIVE, COMPLAINT, CONFLICT, ARMED, DEFIES_PRESSURE, PURPOSE_PART, PURPOSE_TARGET, OBJECT_IS_VENUE, VENUE_TARGET;

        String id() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

        static Behaviour of(String id, TsvReader.Row row) {
            for (Behaviour b : values()) if (b.id().equals(id)) return b;
            throw row.error("unknown behaviour '" + id + "' (see the file's header)");
        }
    }

    private final Map<String, Set<Behaviour>> byRoot;

    private RootBehaviours(Map<String, Set<Behaviour>> byRoot) { this.byRoot = Map.copyOf(byRoot); }

    static RootBehaviours shipped() { return Shipped.ROOTS; }

    private static final class Shipped { static final RootBehaviours ROOTS = load(KnowledgeSource.shipped()); }

    static RootBehaviours load(KnowledgeSource source) {
        Map<String, Set<Behaviour>> byRoot = new HashMap<>();
        for (TsvReader.Row row : TsvReader.readAll(source, FILE, "root", "behaviours")) {
            String root = row.get("root").strip();
            if (!root.matches("\\d\\d") || Integer.parseInt(root) < 1 || Integer.parseInt(root) > 20)
                throw row.error("bad root '" + root + "' (01 to 20)");
            Set<Behaviour> set = EnumSet.noneOf(Behaviour.class);
            for (String id : row.list("behaviours")) set.add(Behaviour.of(id.toLowerCase(Locale.ROOT), row));
            byRoot.put(root, Set.copyOf(set));
        }
        for (int r = 1; r <= 20; r++)
            if (!byRoot.containsKey(String.format("%02d", r))) throw new KnowledgeException(FILE, 0, "no row for root " + String.format("%02d", r));
        return new RootBehaviours(byRoot);
    }

    /** Whether the root of {@code code} ("1412", "14") has the behaviour. */
    boolean has(String code, Behaviour b) {
        return code.length() >= 2 && byRoot.getOrDefault(code.substring(0, 2), Set.of()).contains(b);
    }
}
