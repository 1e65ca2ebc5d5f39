package org.herald.store.query;

import org.herald.events.PloverType;
import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sanctions the store's articles report, learned from events with the CAMEO codes of {@code events/sanctions.tsv}
 * (163 impose embargo, boycott or sanctions; 085 ease them): one line per imposer and sanctioned country, in force from
 * the earliest day reported until a report that they were lifted, with every report as evidence. It reads CAMEO codes,
 * not PLOVER types, so it does not depend on the CAMEO-to-PLOVER mapping.
 */
public final class SanctionsLedger {
    static final String FILE = "events/sanctions.tsv";

    private final List<String> impose, lift;
    private final Set<String> flagged;

    private SanctionsLedger(List<String> impose, List<String> lift, Set<String> flagged) {
        this.impose = List.copyOf(impose);
        this.lift = List.copyOf(lift);
        this.flagged = Set.copyOf(flagged);
    }

    public static SanctionsLedger load(KnowledgeSource source) {
        List<String> impose = new ArrayList<>(), lift = new ArrayList<>();
        Set<String> flagged = new TreeSet<>();
        for (TsvReader.Row row : TsvReader.readAll(source, FILE, "role", "code")) {
            String code = row.get("code");
            switch (row.get("role")) {
                case "impose", "lift" -> {
                    if (!code.matches("\\d{2,4}")) throw row.error("a CAMEO code is 2-4 digits: " + code);
                    (row.get("role").equals("impose") ? impose : lift).add(code);
                }
                case "flag" -> {
                    try {
                        flagged.add(PloverType.parse(code).name());
                    } catch (IllegalArgumentException e) {
                        throw row.error(e.getMessage());
                    }
                }
                default -> throw row.error("role must be impose, lift or flag: " + row.get("role"));
            }
        }
        if (impose.isEmpty()) throw new IllegalStateException(FILE + " names no code that imposes sanctions");
        return new SanctionsLedger(impose, lift, flagged);
    }

    /** The PLOVER types whose events are flagged when a party is under sanctions. */
    public Set<String> flaggedTypes() { return flagged; }

    /** Reports shown as evidence per line of the ledger (the earliest ones). */
    static final int EVIDENCE = 5;

    /**
     * Every line of the ledger, by sanctioned country then imposer; the earliest {@link #EVIDENCE} reports of the lines
     * whose target or imposer is {@code evidenceFor} (a code, or null for every line) come with them.
     */
    public List<Sanction> read(Connection c, String evidenceFor) throws SQLException {
        List<String> codes = new ArrayList<>(impose);
        codes.addAll(lift);
        String match = String.join(" OR ", codes.stream().map(x -> "starts_with(cameo, ?)").toList());
        String imposes = String.join(" OR ", impose.stream().map(x -> "starts_with(cameo, ?)").toList());
        String base = "SELECT event_id, day, precision, source_code, source_name, target_code, target_name, cameo, left(target_code, 3) AS tgt, ("
                + imposes + ") AS imposes FROM events WHERE source_code IS NOT NULL AND target_code IS NOT NULL AND day IS NOT NULL AND (" + match + ")";
        List<Object> params = new ArrayList<>(impose);
        params.addAll(codes);
        String lines = "WITH r AS (" + base + ") SELECT tgt, source_code, arg_min(source_name, day) FILTER (WHERE imposes), "
                + "arg_min(target_name, day) FILTER (WHERE imposes), min(day) FILTER (WHERE imposes), arg_min(precision, day) FILTER (WHERE imposes), "
                + "list(day ORDER BY day) FILTER (WHERE NOT imposes) FROM r GROUP BY tgt, source_code HAVING count(*) FILTER (WHERE imposes) > 0 ORDER BY tgt, source_code";
        List<Sanction> out = new ArrayList<>();
        try (PreparedStatement p = prepare(c, lines, params); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                LocalDate since = r.getObject(5, LocalDate.class);
                LocalDate lifted = null;
                java.sql.Array lifts = r.getArray(7);
                if (lifts != null)
                    for (Object o : (Object[]) lifts.getArray()) {
                        LocalDate d = o instanceof LocalDate x ? x : LocalDate.parse(o.toString());
                        if (d.isAfter(since)) { lifted = d; break; }
                    }
                out.add(new Sanction(r.getString(2), r.getString(3), r.getString(1), r.getString(4), since, r.getString(6), lifted, List.of()));
            }
        }
        Map<String, List<Sanction.Evidence>> evidence = evidence(c, base, params, evidenceFor);
        List<Sanction> withEvidence = new ArrayList<>();
        for (Sanction s : out)
            withEvidence.add(new Sanction(s.imposer(), s.imposerName(), s.target(), s.targetName(), s.since(), s.precision(), s.lifted(),
                    evidence.getOrDefault(s.target() + "|" + s.imposer(), List.of())));
        return withEvidence;
    }

    /** The earliest reports of each wanted line, by "target|imposer", in one statement. */
    private Map<String, List<Sanction.Evidence>> evidence(Connection c, String base, List<Object> params, String evidenceFor) throws SQLException {
        List<Object> ps = new ArrayList<>(params);
        String wanted = "";
        if (evidenceFor != null) {
            wanted = " WHERE r.tgt = ? OR starts_with(r.source_code, ?)";
            ps.add(country(evidenceFor));
            ps.add(evidenceFor);
        }
        String sql = "WITH r AS (" + base + "), m AS (SELECT r.tgt, r.source_code, r.day, r.cameo, m.doc_id, m.sentence, m.evidence_start, m.evidence_end, "
                + "m.date_phrase, row_number() OVER (PARTITION BY r.tgt, r.source_code ORDER BY r.day, m.doc_id, m.sentence) AS n "
                + "FROM r JOIN event_mentions m ON m.event_id = r.event_id" + wanted + ") "
                + "SELECT m.tgt, m.source_code, m.doc_id, d.title, coalesce(d.url, d.source), m.day, m.cameo, d.body, m.evidence_start, m.evidence_end, m.date_phrase "
                + "FROM m JOIN documents d ON d.doc_id = m.doc_id WHERE m.n <= " + EVIDENCE + " ORDER BY m.tgt, m.source_code, m.n";
        Map<String, List<Sanction.Evidence>> out = new java.util.HashMap<>();
        try (PreparedStatement p = prepare(c, sql, ps); ResultSet r = p.executeQuery()) {
            while (r.next())
                out.computeIfAbsent(r.getString(1) + "|" + r.getString(2), k -> new ArrayList<>()).add(new Sanction.Evidence(r.getString(3), r.getString(4),
                        r.getString(5), r.getObject(6, LocalDate.class), r.getString(7), Snippets.sentenceAround(r.getString(8), r.getInt(9), r.getInt(10)),
                        r.getString(11)));
        }
        return out;
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) p.setObject(i + 1, params.get(i));
        return p;
    }

    private boolean isImpose(String cameo) {
        for (String c : impose) if (cameo.startsWith(c)) return true;
        return false;
    }

    /** The first block of an actor code: the country (or group) it belongs to. */
    static String country(String code) { return code == null || code.length() < 3 ? code : code.substring(0, 3); }
}
