package org.herald.events;

import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO codebook ({@code events/cameo.tsv}) joined with the CAMEO → PLOVER mapping ({@code events/plover.tsv}).
 * Every PLOVER row must name a code of the codebook and a valid PLOVER type; a bad row fails with file:line.
 */
public final class Codebook {
    static final String CAMEO_FILE = "events/cameo.tsv";
    static final String PLOVER_FILE = "events/plover.tsv";

    /** A CAMEO quad class (Phoenix numbering 0..4). */
    public enum Quad { NEUTRAL, VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT;
        static Quad parse(String s) { return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_')); }
    }

    /** One codebook entry; {@code plover} and {@code mode} are null where no PLOVER type applies. */
    public record Entry(CameoCode code, String name, double goldstein, Quad quad, PloverType plover, String mode) {}

    private final Map<String, Entry> entries;

    private Codebook(Map<String, Entry> entries) { this.entries = Map.copyOf(entries); }

    public static Codebook load(KnowledgeSource source) {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (TsvReader.Row row : TsvReader.readAll(source, CAMEO_FILE, "code", "quad", "goldstein", "name")) {
            try {
                CameoCode code = CameoCode.of(row.get("code"));
                double g = Double.parseDouble(row.get("goldstein"));
                if (g < -10 || g > 10) throw row.error("Goldstein value outside -10..10: " + g);
                out.put(code.value(), new Entry(code, row.get("name"), g, Quad.parse(row.get("quad")), null, null));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        for (TsvReader.Row row : TsvReader.readAll(source, PLOVER_FILE, "cameo", "type", "mode")) {
            Entry e = out.get(row.get("cameo"));
            if (e == null) throw row.error("CAMEO code '" + row.get("cameo") + "' is not in " + CAMEO_FILE);
            try {
                String mode = row.get("mode");
                out.put(e.code().value(), new Entry(e.code(), e.name(), e.goldstein(), e.quad(), PloverType.parse(row.get("type")),
                        mode.isEmpty() ? null : mode));
            } catch (IllegalArgumentException ex) {
                throw row.error(ex.getMessage());
            }
        }
        return new Codebook(out);
    }

    public Optional<Entry> find(String code) { return Optional.ofNullable(entries.get(code)); }

    public boolean isKnown(String code) { return entries.containsKey(code); }

    public int size() { return entries.size(); }

    public java.util.Collection<Entry> entries() { return entries.values(); }
}
