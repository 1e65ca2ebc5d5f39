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
import java.util.Comparator;
import java.util.LinkedHashMap;
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

    private record Report(String source, String sourceName, String target, String targetName, LocalDate day, String precision, String cameo,
                          Sanction.Evidence evidence) {}

    /** Every line of the ledger, by sanctioned country then imposer. */
    public List<Sanction> read(Connection c) throws SQLException {
        List<String> codes = new ArrayList<>(impose);
        codes.addAll(lift);
        String match = String.join(" OR ", codes.stream().map(x -> "starts_with(e.cameo, ?)").toList());
        String sql = "SELECT e.source_code, e.source_name, e.target_code, e.target_name, e.day, e.precision, e.cameo, m.doc_id, d.title, "
                + "coalesce(d.url, d.source), d.body, m.evidence_start, m.evidence_end, m.date_phrase "
                + "FROM events e JOIN event_mentions m ON m.event_id = e.event_id JOIN documents d ON d.doc_id = m.doc_id "
                + "WHERE e.source_code IS NOT NULL AND e.target_code IS NOT NULL AND e.day IS NOT NULL AND (" + match + ") "
                + "ORDER BY e.day, m.doc_id, m.sentence";
        List<Report> reports = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < codes.size(); i++) p.setString(i + 1, codes.get(i));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    LocalDate day = r.getObject(5, LocalDate.class);
                    String body = r.getString(11);
                    reports.add(new Report(r.getString(1), r.getString(2), r.getString(3), r.getString(4), day, r.getString(6), r.getString(7),
                            new Sanction.Evidence(r.getString(8), r.getString(9), r.getString(10), day, r.getString(7),
                                    Snippets.sentenceAround(body, r.getInt(12), r.getInt(13)), r.getString(14))));
                }
            }
        }
        Map<String, List<Report>> byLine = new LinkedHashMap<>();
        for (Report r : reports) byLine.computeIfAbsent(country(r.target()) + "|" + r.source(), k -> new ArrayList<>()).add(r);
        List<Sanction> out = new ArrayList<>();
        for (List<Report> rs : byLine.values()) {
            List<Report> imposed = rs.stream().filter(r -> isImpose(r.cameo())).toList();
            if (imposed.isEmpty()) continue;
            Report first = imposed.get(0);
            LocalDate lifted = rs.stream().filter(r -> !isImpose(r.cameo()) && r.day().isAfter(first.day())).map(Report::day).findFirst().orElse(null);
            out.add(new Sanction(first.source(), first.sourceName(), country(first.target()), first.targetName(), first.day(), first.precision(),
                    lifted, rs.stream().map(Report::evidence).toList()));
        }
        out.sort(Comparator.comparing(Sanction::target).thenComparing(Sanction::imposer));
        return out;
    }

    private boolean isImpose(String cameo) {
        for (String c : impose) if (cameo.startsWith(c)) return true;
        return false;
    }

    /** The first block of an actor code: the country (or group) it belongs to. */
    static String country(String code) { return code == null || code.length() < 3 ? code : code.substring(0, 3); }
}
