package org.herald.store.export;

import org.herald.io.tables.EventKey;
import org.herald.io.tables.EventScores;

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
import java.util.Map;

/**
 * ICEWS coded event data: 20 tab-separated fields with a header row, {@code NA} for missing values. ICEWS does not
 * de-duplicate, so there is one row per report (a row of {@code event_mentions}): Story ID and Sentence Number say
 * where. Countries are names (actors/countries.tsv), sectors a rough mapping of CAMEO agents; no geography.
 */
public final class IcewsExport {
    public static final List<String> HEADER = List.of("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
            "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City",
            "District", "Province", "Country", "Latitude", "Longitude");
    /** ICEWS sector names for CAMEO agent codes (an approximation: ICEWS has about 150 sectors). */
    static final Map<String, String> SECTORS = Map.ofEntries(Map.entry("GOV", "Government"), Map.entry("MIL", "Military"),
            Map.entry("COP", "Police"), Map.entry("JUD", "Judicial"), Map.entry("LEG", "Legislative / Parliamentary"), Map.entry("MED", "Media"),
            Map.entry("BUS", "Business"), Map.entry("CRM", "Criminals / Gangs"), Map.entry("IGO", "International Government Organization"),
            Map.entry("NGO", "Nongovernmental Organization"), Map.entry("REB", "Rebel"), Map.entry("OPP", "Opposition"),
            Map.entry("EDU", "Education"), Map.entry("CVL", "Civilian"));

    private IcewsExport() { }

    /** The ICEWS Event ID of a report: a stable number from its document and mention ids. */
    public static long eventId(String docId, String mentionId) { return EventKey.id("report:" + docId + "|" + mentionId); }

    /** The ICEWS Story ID of a document. */
    public static long storyId(String docId) { return EventKey.id("story:" + docId); }

    public static long write(Connection c, ActorCodes codes, EventScores scores, Path file) throws IOException, SQLException {
        if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
        long n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT m.doc_id, m.mention_id, m.day, m.source_name, m.source_code, m.cameo, m.goldstein, m.target_name, "
                     + "m.target_code, m.sentence, coalesce(d.outlet, d.source) FROM event_mentions m JOIN documents d ON d.doc_id = m.doc_id "
                     + "ORDER BY m.day NULLS LAST, m.doc_id, m.sentence, m.mention_id")) {
            Cells.line(w, new ArrayList<>(HEADER), "NA");
            while (r.next()) {
                List<Object> row = new ArrayList<>(20);
                LocalDate day = r.getObject(3, LocalDate.class);
                row.add(eventId(r.getString(1), r.getString(2)));
                row.add(day);
                party(row, codes, r.getString(4), r.getString(5));
                row.add(scores.name(r.getString(6)));
                row.add(r.getString(6));
                row.add(r.getObject(7));
                party(row, codes, r.getString(8), r.getString(9));
                row.add(storyId(r.getString(1)));
                row.add(r.getInt(10) + 1);
                row.add(r.getString(11));
                for (int i = 0; i < 6; i++) row.add(null);
                Cells.line(w, row, "NA");
                n++;
            }
        }
        return n;
    }

    /** Name, Sectors, Country: a generic actor (a code with agents and a country) is named "Sector (Country)" by ICEWS's habit. */
    private static void party(List<Object> row, ActorCodes codes, String name, String code) {
        ActorCodes.Parts p = codes.parse(code);
        List<String> sectors = new ArrayList<>();
        for (String t : p.types()) if (SECTORS.containsKey(t)) sectors.add(SECTORS.get(t));
        row.add(name);
        row.add(sectors.isEmpty() ? null : String.join(",", sectors));
        row.add(codes.countryName(p.country()));
    }
}
