package org.herald.io.tables;

import org.herald.events.Codebook;
import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The scores the field expects on an event, from Herald's codebook files: the Goldstein value and Phoenix quad class of
 * a code ({@code events/cameo.tsv}), GDELT's QuadClass of its root ({@code events/gdelt-quad.tsv}) and the code's name.
 */
public final class EventScores {
    static final String GDELT_QUAD_FILE = "events/gdelt-quad.tsv";
    private final Codebook codebook;
    private final Map<String, Integer> gdeltQuad;

    private EventScores(Codebook codebook, Map<String, Integer> gdeltQuad) {
        this.codebook = codebook;
        this.gdeltQuad = Map.copyOf(gdeltQuad);
    }

    public static EventScores load(KnowledgeSource source) {
        Map<String, Integer> quad = new HashMap<>();
        for (TsvReader.Row row : TsvReader.readAll(source, GDELT_QUAD_FILE, "root", "quad")) {
            if (!row.get("root").matches("\\d\\d")) throw row.error("root must be two digits: " + row.get("root"));
            try {
                int q = Integer.parseInt(row.get("quad"));
                if (q < 1 || q > 4) throw row.error("quad must be 1-4: " + q);
                quad.put(row.get("root"), q);
            } catch (NumberFormatException e) {
                throw row.error("quad must be 1-4: " + row.get("quad"));
            }
        }
        return new EventScores(Codebook.load(source), quad);
    }

    /** GDELT QuadClass (1-4) of a code's root, or null for a root outside 01-20. */
    public Integer gdeltQuad(String cameo) { return cameo == null || cameo.length() < 2 ? null : gdeltQuad.get(cameo.substring(0, 2)); }

    /** Phoenix quad (0 neutral .. 4 material conflict) of a code, or null outside the codebook. */
    public Integer phoenixQuad(String cameo) { return entry(cameo).map(e -> e.quad().ordinal()).orElse(null); }

    public Double goldstein(String cameo) { return entry(cameo).map(Codebook.Entry::goldstein).orElse(null); }

    /** The codebook's name of a code ("Impose embargo, boycott, or sanctions"), or null. */
    public String name(String cameo) { return entry(cameo).map(Codebook.Entry::name).orElse(null); }

    private Optional<Codebook.Entry> entry(String cameo) {
        if (cameo == null) return Optional.empty();
        Optional<Codebook.Entry> e = codebook.find(cameo);
        // A code outside the codebook (an imported dictionary's) is scored by its base code, then its root.
        if (e.isEmpty() && cameo.length() > 3) e = codebook.find(cameo.substring(0, 3));
        if (e.isEmpty() && cameo.length() > 2) e = codebook.find(cameo.substring(0, 2));
        return e;
    }
}
