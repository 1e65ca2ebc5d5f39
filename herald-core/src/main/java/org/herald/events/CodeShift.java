package org.herald.events;

import org.herald.knowledge.KnowledgeException;
import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the code of an act into the code of its intention (03x) or threat (13x): "will provide aid" is 033, not 073;
 * "threatened to impose sanctions" is 1312, not 163. Codes of saying (01, 02, 03, 10-13) keep their code. The pairs
 * are the data file {@code events/code-shifts.tsv} (longest code prefix wins).
 */
final class CodeShift {
    static final String FILE = "events/code-shifts.tsv";
    private static final Set<String> SHIFTS = Set.of("intent", "threat", "refusal");
    private static final int MIN_PREFIX = 2;
    private static final int MAX_PREFIX = 4;
    /** shift -> code prefix (or "*") -> code. */
    private final Map<String, Map<String, String>> table;

    private CodeShift(Map<String, Map<String, String>> table) { this.table = Map.copyOf(table); }

    static CodeShift load(KnowledgeSource source) {
        Map<String, Map<String, String>> table = new HashMap<>();
        for (TsvReader.Row row : TsvReader.readAll(source, FILE, "shift", "from", "to")) {
            String shift = row.get("shift").toLowerCase(Locale.ROOT), from = row.get("from"), to = row.get("to");
            if (!SHIFTS.contains(shift)) throw row.error("unknown shift '" + row.get("shift") + "' (intent, threat or refusal)");
            if (!from.equals("*") && !from.matches("\\d{" + MIN_PREFIX + "," + MAX_PREFIX + "}")) throw row.error("bad code prefix '" + from + "'");
            if (!to.matches("\\d{2,4}")) throw row.error("bad code '" + to + "'");
            table.computeIfAbsent(shift, k -> new HashMap<>()).put(from, to);
        }
        for (String shift : SHIFTS)
            if (!table.getOrDefault(shift, Map.of()).containsKey("*")) throw new KnowledgeException(FILE, 0, "shift " + shift + " needs a default row (*)");
        for (String shift : SHIFTS) table.put(shift, Map.copyOf(table.get(shift)));
        return new CodeShift(table);
    }

    /** The code of an act in its clause's mood; which shift applies is the root's behaviour (events/root-behaviours.tsv). */
    String shift(String code, Modality.Mood mood, Codebook book, RootBehaviours roots) {
        boolean cooperative = roots.has(code, RootBehaviours.Behaviour.COOPERATIVE);
        boolean conflict = roots.has(code, RootBehaviours.Behaviour.CONFLICT);
        boolean complaint = roots.has(code, RootBehaviours.Behaviour.COMPLAINT);
        String out = code;
        if (mood == Modality.Mood.INTENDED) {
            if (cooperative) out = intent(code);
            else if (conflict) out = threat(code);
        } else if (mood == Modality.Mood.THREATENED) {
            // "threatened to veto", "threatened to sue": a threatened refusal or complaint is a threat too.
            if (conflict) out = threat(code);
            else if (cooperative || complaint) out = "130";
        } else if (mood == Modality.Mood.PREPARED) {
            // "the army prepared to resume shelling": readying an attack is a show of force (15); other acts are intended.
            if (roots.has(code, RootBehaviours.Behaviour.ARMED)) out = "150";
            else if (cooperative) out = intent(code);
            else if (conflict) out = threat(code);
        } else if (mood == Modality.Mood.REFUSED) {
            out = refusal(code);
        }
        // Codes of imported dictionaries are kept as given; only a shifted code must exist in the codebook.
        if (out.equals(code)) return code;
        return book.isKnown(out) ? out : out.substring(0, 2) + "0";
    }

    /** The refusal of a consent ("will not accept", "would not allow"): the matching 12x code where CAMEO has one. */
    String refusal(String code) { return lookup("refusal", code); }

    String intent(String code) { return lookup("intent", code); }

    String threat(String code) { return lookup("threat", code); }

    private String lookup(String shift, String code) {
        Map<String, String> t = table.get(shift);
        for (int n = Math.min(MAX_PREFIX, code.length()); n >= MIN_PREFIX; n--) {
            String to = t.get(code.substring(0, n));
            if (to != null) return to;
        }
        return t.get("*");
    }
}
