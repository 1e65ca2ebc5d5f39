package org.herald.store.export;

import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CAMEO actor code split the way the exchange formats want it: the country (a code of {@code actors/countries.tsv}),
 * an organisation's known-group code, and the role blocks. {@code RUSGOV} → country RUS, roles [GOV];
 * {@code IGOUNO} → type IGO, known group UNO; {@code IGOWSTNAT} → type IGO, known group NAT (the last block).
 */
public final class ActorCodes {
    static final Set<String> ORGANISATION_TYPES = Set.of("IGO", "NGO", "IMG", "MNC");
    private final Map<String, String> countryNames;

    private ActorCodes(Map<String, String> countryNames) { this.countryNames = Map.copyOf(countryNames); }

    public static ActorCodes load(KnowledgeSource source) {
        Map<String, String> names = new HashMap<>();
        for (TsvReader.Row r : TsvReader.readAll(source, "actors/countries.tsv", "code", "name")) names.put(r.get("code"), r.get("name"));
        return new ActorCodes(names);
    }

    /** The parts of one code; every part null or empty when the code is null. */
    public record Parts(String country, String knownGroup, List<String> types) {
        public String type(int i) { return i < types.size() ? types.get(i) : null; }
    }

    public Parts parse(String code) {
        if (code == null || code.length() < 3) return new Parts(null, null, List.of());
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i + 3 <= code.length(); i += 3) blocks.add(code.substring(i, i + 3));
        String first = blocks.get(0);
        if (countryNames.containsKey(first)) return new Parts(first, null, List.copyOf(blocks.subList(1, blocks.size())));
        if (ORGANISATION_TYPES.contains(first))
            return new Parts(null, blocks.size() > 1 ? blocks.get(blocks.size() - 1) : null, List.of(first));
        // A region or group code (WST, AFR ...): no country; its further blocks are roles.
        return new Parts(null, null, List.copyOf(blocks.subList(1, blocks.size())));
    }

    /** The English name of a country code, or null. */
    public String countryName(String code) { return code == null ? null : countryNames.get(code); }
}
