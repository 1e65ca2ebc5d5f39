package org.herald.store.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Phoenix (OEDA phoenix_pipeline): 26 tab-separated fields, no header. One row per Herald event, which is Phoenix's
 * one-a-day record (same day, source, target and code), with every report's sentence id, URL and outlet joined by
 * {@code ;}. QuadClass is the Phoenix split (0 neutral .. 4 material conflict), not GDELT's. No geography, no issues.
 */
public final class PhoenixExport {
    /** The agent codes Phoenix puts in its Role field; other blocks are attributes. */
    static final Set<String> ROLES = Set.of("GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL");

    private PhoenixExport() { }

    public static long write(Connection c, ActorCodes codes, Path file) throws IOException, SQLException {
        if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
        long n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT e.event_id, e.day, e.source_code, e.target_code, e.cameo, e.root_code, e.phoenix_quad, e.goldstein, "
                     + "string_agg(m.doc_id || '_' || CAST(m.sentence + 1 AS VARCHAR), ';' ORDER BY m.doc_id, m.sentence, m.mention_id), "
                     + "string_agg(coalesce(d.url, d.source), ';' ORDER BY m.doc_id, m.sentence, m.mention_id), "
                     + "string_agg(coalesce(d.outlet, d.source), ';' ORDER BY m.doc_id, m.sentence, m.mention_id) "
                     + "FROM events e JOIN event_mentions m ON m.event_id = e.event_id JOIN documents d ON d.doc_id = m.doc_id "
                     + "GROUP BY ALL ORDER BY e.event_id")) {
            while (r.next()) {
                List<Object> row = new ArrayList<>(26);
                LocalDate day = r.getObject(2, LocalDate.class);
                row.add(Long.toString(r.getLong(1)));
                row.add(day == null ? null : day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
                row.add(day == null ? null : String.format(Locale.ROOT, "%04d", day.getYear()));
                row.add(day == null ? null : String.format(Locale.ROOT, "%02d", day.getMonthValue()));
                row.add(day == null ? null : String.format(Locale.ROOT, "%02d", day.getDayOfMonth()));
                actor(row, codes, r.getString(3));
                actor(row, codes, r.getString(4));
                row.add(r.getString(5));
                row.add(r.getString(6));
                row.add(r.getObject(7));
                row.add(r.getObject(8));
                for (int i = 0; i < 6; i++) row.add(null); // Issues, Lat, Lon, LocationName, StateName, CountryCode
                row.add(r.getString(9));
                row.add(r.getString(10));
                row.add(r.getString(11));
                Cells.line(w, row, "");
                n++;
            }
        }
        return n;
    }

    /** Full code, Entity (country or organisation block), Role (first Phoenix role block), Attribute (the other blocks, ';'). */
    private static void actor(List<Object> row, ActorCodes codes, String code) {
        row.add(code);
        if (code == null) { row.add(null); row.add(null); row.add(null); return; }
        ActorCodes.Parts p = codes.parse(code);
        String entity = p.country() != null ? p.country() : ActorCodes.ORGANISATION_TYPES.contains(code.substring(0, 3)) ? code.substring(0, 3) : null;
        List<String> rest = new ArrayList<>();
        for (int i = 3; i + 3 <= code.length(); i += 3) rest.add(code.substring(i, i + 3));
        String role = !rest.isEmpty() && ROLES.contains(rest.get(0)) ? rest.remove(0) : null;
        row.add(entity);
        row.add(role);
        row.add(rest.isEmpty() ? null : String.join(";", rest));
    }
}
