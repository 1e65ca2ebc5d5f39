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
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * GDELT 2.0: {@code events.export.CSV} (61 fields) and {@code events.mentions.CSV} (16 fields), tab-separated, no
 * header, no quoting, empty strings for missing values, codes as text. One events row per Herald event (one day,
 * source, target and code), one mentions row per report. QuadClass is GDELT's split (events/gdelt-quad.tsv), not
 * Phoenix's. Geography and tone are left empty (Geo_Type 0): Herald does not geocode or score tone. docs/exports.md
 * maps every column.
 */
public final class GdeltExport {
    public static final String EVENTS_FILE = "events.export.CSV", MENTIONS_FILE = "events.mentions.CSV";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private GdeltExport() { }

    /** Writes both files into {@code dir}; returns the number of events and mentions written. */
    public static long[] write(Connection c, ActorCodes codes, Path dir) throws IOException, SQLException {
        Files.createDirectories(dir);
        long events = 0, mentions = 0;
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(EVENTS_FILE), StandardCharsets.UTF_8);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT event_id, day, source_code, source_name, target_code, target_name, is_root_event, cameo, base_code, "
                     + "root_code, quad_class, goldstein, mention_count, source_count, document_count, first_seen, first_url FROM events ORDER BY event_id")) {
            while (r.next()) {
                Cells.line(w, eventRow(r, codes), "");
                events++;
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(MENTIONS_FILE), StandardCharsets.UTF_8);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT m.event_id, e.first_seen, d.ingested_at, d.url, coalesce(d.outlet, d.source), coalesce(d.url, d.source), "
                     + "m.sentence, (SELECT arg_min(a.char_start, abs(a.char_start - m.evidence_start)) FROM actor_mentions a "
                     + "  WHERE a.doc_id = m.doc_id AND a.actor_id = m.source_actor), "
                     + "(SELECT arg_min(a.char_start, abs(a.char_start - m.evidence_start)) FROM actor_mentions a "
                     + "  WHERE a.doc_id = m.doc_id AND a.actor_id = m.target_actor), "
                     + "m.evidence_start, m.quote_id, m.confidence, d.body_chars "
                     + "FROM event_mentions m JOIN events e ON e.event_id = m.event_id JOIN documents d ON d.doc_id = m.doc_id "
                     + "ORDER BY m.event_id, m.doc_id, m.sentence, m.mention_id")) {
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                row.add(r.getLong(1));
                row.add(stamp(r.getObject(2, LocalDateTime.class)));
                row.add(stamp(r.getObject(3, LocalDateTime.class)));
                row.add(r.getString(4) != null ? 1 : 2);
                row.add(r.getString(5));
                row.add(r.getString(6));
                row.add(r.getInt(7) + 1);
                Object a1 = r.getObject(8), a2 = r.getObject(9);
                row.add(a1 == null ? -1 : ((Number) a1).intValue());
                row.add(a2 == null ? -1 : ((Number) a2).intValue());
                row.add(r.getInt(10));
                // An event read from a quote has its source from speaker attribution: not in the raw sentence.
                row.add(r.getString(11) == null ? 1 : 0);
                row.add(confidence(r.getDouble(12)));
                row.add(r.getInt(13));
                row.add(null);
                row.add(null);
                row.add(null);
                Cells.line(w, row, "");
                mentions++;
            }
        }
        return new long[]{events, mentions};
    }

    private static List<Object> eventRow(ResultSet r, ActorCodes codes) throws SQLException {
        List<Object> row = new ArrayList<>(61);
        LocalDate day = r.getObject(2, LocalDate.class);
        row.add(r.getLong(1));
        row.add(day == null ? null : day.format(DAY));
        row.add(day == null ? null : String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
        row.add(day == null ? null : day.getYear());
        row.add(day == null ? null : fractionDate(day));
        actor(row, codes, r.getString(3), r.getString(4));
        actor(row, codes, r.getString(5), r.getString(6));
        row.add(r.getBoolean(7) ? 1 : 0);
        row.add(r.getString(8));
        row.add(r.getString(9));
        row.add(r.getString(10));
        row.add(r.getObject(11));
        row.add(r.getObject(12));
        row.add(r.getInt(13));
        row.add(r.getInt(14));
        row.add(r.getInt(15));
        row.add(null); // AvgTone: Herald scores no tone
        for (int g = 0; g < 3; g++) {
            row.add(0); // Geo_Type 0: no place matched
            for (int i = 0; i < 7; i++) row.add(null);
        }
        row.add(stamp(r.getObject(16, LocalDateTime.class)));
        row.add(r.getString(17));
        return row;
    }

    /** Actor{1,2}Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1-3Code. */
    private static void actor(List<Object> row, ActorCodes codes, String code, String name) {
        ActorCodes.Parts p = codes.parse(code);
        row.add(code);
        row.add(code == null && name == null ? null : name == null ? null : name.toUpperCase(Locale.ROOT));
        row.add(p.country());
        row.add(p.knownGroup());
        row.add(null);
        row.add(null);
        row.add(null);
        row.add(p.type(0));
        row.add(p.type(1));
        row.add(p.type(2));
    }

    /** Year + ((Month - 1) * 30 + Day) / 365, four decimals: the form real GDELT files follow. */
    static String fractionDate(LocalDate d) {
        return String.format(Locale.ROOT, "%.4f", d.getYear() + ((d.getMonthValue() - 1) * 30 + d.getDayOfMonth()) / 365.0);
    }

    static String stamp(LocalDateTime t) { return t == null ? null : t.format(STAMP); }

    /** Herald's confidence as GDELT's: percent, a multiple of ten, 10-100. */
    static int confidence(double c) { return (int) Math.max(10, Math.min(100, Math.round(c * 10) * 10)); }

}
