package org.herald.store.query;

import org.herald.io.tables.AnalysisFromRows;
import org.herald.io.tables.DocumentRows;
import org.herald.io.tables.Tables;
import org.herald.knowledge.KnowledgeSource;
import org.herald.store.DocumentLoader;
import org.herald.store.Store;
import org.herald.store.StoreException;
import org.herald.store.search.SearchFilter;
import org.herald.store.search.SearchHit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The store's read side, one method per question; the command line and the REST server both call these and nothing
 * else. Every filter is a typed record checked on construction (actor codes are CAMEO letters, codes digits, days
 * dates); every statement is parameterised; results come in pages in a stable order (newest day first, then a unique
 * key) with their total.
 *
 * <ul>
 *   <li>{@link #events}: events (one row per day, source, target and code) with their report counts and scores;</li>
 *   <li>{@link #quotes}: who said what (by speaker code or name, by date);</li>
 *   <li>{@link #dyads}: events per directed dyad and day, week, month or year, with Goldstein sums and QuadClass counts;</li>
 *   <li>{@link #search}: BM25 over article passages and quotes, with filters;</li>
 *   <li>{@link #document}: one stored document;</li>
 *   <li>{@link #actor}: what is known about an actor code;</li>
 *   <li>{@link #context}: an actor's sanctions in force with evidence, flagged events and dyads.</li>
 * </ul>
 */
public final class StoreQueries {
    private final Store store;
    private final Connection c;

    public StoreQueries(Store store) {
        this.store = store;
        this.c = store.connection();
    }

    /** A WHERE clause and its parameters, built from typed filters only. */
    private static final class Where {
        final List<String> parts = new ArrayList<>();
        final List<Object> params = new ArrayList<>();

        Where add(String sql, Object... ps) {
            parts.add(sql);
            params.addAll(List.of(ps));
            return this;
        }

        String sql() { return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts); }
    }

    private static Where events(EventFilter f) {
        Where w = new Where();
        if (f.source() != null) w.add("starts_with(source_code, ?)", f.source());
        if (f.target() != null) w.add("starts_with(target_code, ?)", f.target());
        if (f.actor() != null) w.add("(starts_with(source_code, ?) OR starts_with(target_code, ?))", f.actor(), f.actor());
        if (f.plover() != null) w.add("plover = ?", f.plover());
        if (f.root() != null) w.add("root_code = ?", f.root());
        if (f.cameo() != null) w.add("starts_with(cameo, ?)", f.cameo());
        if (f.since() != null) w.add("day >= ?", f.since());
        if (f.until() != null) w.add("day <= ?", f.until());
        return w;
    }

    private static final String EVENT_COLUMNS = "event_id, day, precision, source_code, source_name, target_code, target_name, cameo, plover, "
            + "quad_class, phoenix_quad, goldstein, is_root_event, mention_count, document_count, source_count, first_doc_id, first_url, confidence";

    public Page<EventRow> events(EventFilter filter, Paging paging) {
        Where w = events(filter);
        try {
            // One scan: the page and, beside each row, the count of all rows that pass the filter.
            long[] total = {0};
            List<EventRow> rows = eventRows("SELECT " + EVENT_COLUMNS + ", count(*) OVER () FROM events" + w.sql()
                    + " ORDER BY day DESC NULLS LAST, event_id LIMIT ? OFFSET ?", with(w.params, paging.limit(), paging.offset()), total);
            if (rows.isEmpty() && paging.offset() > 0) total[0] = count("SELECT count(*) FROM events" + w.sql(), w.params);
            return new Page<>(rows, total[0], paging);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private List<EventRow> eventRows(String sql, List<Object> params) throws SQLException { return eventRows(sql, params, null); }

    /** Event rows of {@code sql} (columns {@link #EVENT_COLUMNS}, then the total when {@code total} is given). */
    private List<EventRow> eventRows(String sql, List<Object> params, long[] total) throws SQLException {
        List<Object[]> raw = new ArrayList<>();
        try (PreparedStatement p = prepare(sql, params); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                if (total != null) total[0] = r.getLong(20);
                raw.add(new Object[]{r.getLong(1), r.getObject(2, LocalDate.class), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                        r.getString(7), r.getString(8), r.getString(9), (Integer) r.getObject(10), (Integer) r.getObject(11), (Double) r.getObject(12),
                        r.getBoolean(13), r.getInt(14), r.getInt(15), r.getInt(16), r.getString(17), r.getString(18), r.getDouble(19)});
            }
        }
        Map<Long, String> evidence = new HashMap<>();
        if (!raw.isEmpty()) {
            // The first report's words, for the page's events only.
            List<Object> ids = new ArrayList<>();
            Map<Long, String> firstDoc = new HashMap<>();
            for (Object[] x : raw) { ids.add(x[0]); firstDoc.put((Long) x[0], (String) x[16]); }
            String in = String.join(", ", raw.stream().map(x -> "?").toList());
            try (PreparedStatement p = prepare("SELECT event_id, doc_id, arg_min(evidence_text, sentence) FROM event_mentions WHERE event_id IN (" + in
                    + ") GROUP BY event_id, doc_id", ids); ResultSet r = p.executeQuery()) {
                while (r.next()) if (r.getString(2).equals(firstDoc.get(r.getLong(1)))) evidence.put(r.getLong(1), r.getString(3));
            }
        }
        List<EventRow> out = new ArrayList<>();
        for (Object[] x : raw)
            out.add(new EventRow((Long) x[0], (LocalDate) x[1], (String) x[2], (String) x[3], (String) x[4], (String) x[5], (String) x[6], (String) x[7],
                    (String) x[8], (Integer) x[9], (Integer) x[10], (Double) x[11], (Boolean) x[12], (Integer) x[13], (Integer) x[14], (Integer) x[15],
                    (String) x[16], (String) x[17], (Double) x[18], evidence.get((Long) x[0])));
        return out;
    }

    /** Who said what: quotes with a speaker, newest first. */
    public Page<QuoteRow> quotes(QuoteFilter f, Paging paging) {
        Where w = new Where().add("q.speaker_name IS NOT NULL");
        if (f.actor() != null) w.add("starts_with(q.speaker_code, ?)", f.actor());
        if (f.speaker() != null) w.add("contains(lower(q.speaker_name), ?)", f.speaker().toLowerCase(java.util.Locale.ROOT));
        if (f.since() != null) w.add("q.day >= ?", f.since());
        if (f.until() != null) w.add("q.day <= ?", f.until());
        if (f.mode() != null) w.add("q.mode = ?", f.mode().toString());
        try {
            long total = count("SELECT count(*) FROM quotes q" + w.sql(), w.params);
            List<QuoteRow> rows = new ArrayList<>();
            // The page first, then its articles: the join reads only the page's documents.
            try (PreparedStatement p = prepare("SELECT q.doc_id, q.quote_id, q.kind, q.text, q.speaker_name, q.speaker_code, q.cue, q.day, d.title, "
                    + "coalesce(d.url, d.source), q.mode FROM (SELECT * FROM quotes q" + w.sql() + " ORDER BY q.day DESC NULLS LAST, q.doc_id, q.char_start, q.quote_id "
                    + "LIMIT ? OFFSET ?) q JOIN documents d ON d.doc_id = q.doc_id ORDER BY q.day DESC NULLS LAST, q.doc_id, q.char_start, q.quote_id",
                    with(w.params, paging.limit(), paging.offset())); ResultSet r = p.executeQuery()) {
                while (r.next())
                    rows.add(new QuoteRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                            r.getObject(8, LocalDate.class), r.getString(9), r.getString(10), r.getString(11)));
            }
            return new Page<>(rows, total, paging);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Events per directed dyad and period (dated events with a coded source and target), newest period first. */
    public Page<DyadRow> dyads(DyadRow.Period by, DyadRow.Level level, EventFilter filter, Paging paging) {
        Where w = events(filter).add("day IS NOT NULL").add("source_code IS NOT NULL").add("target_code IS NOT NULL");
        String src = level == DyadRow.Level.COUNTRY ? "left(source_code, 3)" : "source_code";
        String tgt = level == DyadRow.Level.COUNTRY ? "left(target_code, 3)" : "target_code";
        String period = "CAST(date_trunc('" + by.name().toLowerCase(java.util.Locale.ROOT) + "', day) AS DATE)";
        String grouped = "SELECT " + period + " AS period, " + src + " AS src, " + tgt + " AS tgt, count(*) AS n, sum(mention_count) AS m, "
                + "coalesce(sum(goldstein), 0) AS gs, coalesce(avg(goldstein), 0) AS ga, count(*) FILTER (WHERE quad_class = 1) AS q1, "
                + "count(*) FILTER (WHERE quad_class = 2) AS q2, count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4 "
                + "FROM events" + w.sql() + " GROUP BY 1, 2, 3";
        try {
            long total = count("SELECT count(*) FROM (" + grouped + ")", w.params);
            List<DyadRow> rows = new ArrayList<>();
            try (PreparedStatement p = prepare(grouped + " ORDER BY period DESC, src, tgt LIMIT ? OFFSET ?", with(w.params, paging.limit(), paging.offset()));
                 ResultSet r = p.executeQuery()) {
                while (r.next())
                    rows.add(new DyadRow(r.getObject(1, LocalDate.class), r.getString(2), r.getString(3), r.getLong(4), r.getLong(5), r.getDouble(6),
                            r.getDouble(7), r.getLong(8), r.getLong(9), r.getLong(10), r.getLong(11)));
            }
            return new Page<>(rows, total, paging);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** BM25 search over article passages and quotes (see {@link org.herald.store.search.SearchIndex}). */
    public Page<SearchHit> search(String query, SearchFilter filter, Paging paging) {
        return store.index().search(query, filter, paging);
    }

    public Optional<StoredDocument> document(String id) {
        try (DocumentLoader loader = new DocumentLoader(c)) {
            Optional<DocumentRows> rows = loader.load(id);
            if (rows.isEmpty()) return Optional.empty();
            Object[] d = rows.get().document();
            var D = Tables.DOCUMENTS;
            return Optional.of(new StoredDocument(AnalysisFromRows.of(rows.get()), D.get(d, "url"), D.get(d, "outlet"), D.get(d, "reference_day"),
                    D.get(d, "reference"), D.get(d, "status"), D.get(d, "content_hash"), D.get(d, "hash_of"), D.get(d, "ingested_at")));
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    public Optional<ActorSummary> actor(String code) {
        String cc = EventFilter.code(code, "actor");
        if (cc == null) throw new IllegalArgumentException("an actor code is needed");
        try {
            List<ActorSummary.Named> names = new ArrayList<>();
            long documents, mentions;
            try (PreparedStatement p = prepare("SELECT name, code, sum(mention_count) AS n FROM actors WHERE starts_with(code, ?) "
                    + "GROUP BY name, code ORDER BY n DESC, name, code LIMIT 10", List.of(cc)); ResultSet r = p.executeQuery()) {
                while (r.next()) names.add(new ActorSummary.Named(r.getString(1), r.getString(2), r.getLong(3)));
            }
            try (PreparedStatement p = prepare("SELECT count(DISTINCT doc_id), coalesce(sum(mention_count), 0) FROM actors WHERE starts_with(code, ?)", List.of(cc));
                 ResultSet r = p.executeQuery()) {
                r.next();
                documents = r.getLong(1);
                mentions = r.getLong(2);
            }
            long asSource, asTarget;
            LocalDate first, last;
            try (PreparedStatement p = prepare("SELECT count(*) FILTER (WHERE starts_with(source_code, ?)), count(*) FILTER (WHERE starts_with(target_code, ?)), "
                    + "min(day), max(day) FROM events WHERE starts_with(source_code, ?) OR starts_with(target_code, ?)", List.of(cc, cc, cc, cc));
                 ResultSet r = p.executeQuery()) {
                r.next();
                asSource = r.getLong(1);
                asTarget = r.getLong(2);
                first = r.getObject(3, LocalDate.class);
                last = r.getObject(4, LocalDate.class);
            }
            long quotes = count("SELECT count(*) FROM quotes WHERE starts_with(speaker_code, ?)", List.of(cc));
            if (documents == 0 && asSource + asTarget + quotes == 0) return Optional.empty();
            return Optional.of(new ActorSummary(cc, names, documents, mentions, asSource, asTarget, quotes, first, last));
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The sanctions ledger of the whole store. */
    public List<Sanction> sanctions() {
        try {
            return SanctionsLedger.load(KnowledgeSource.shipped()).read(c, null);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * An actor's context: sanctions on it and by it, the flagged events it is a party to (an event of a flagged type
     * with a target, one of whose parties is under sanctions in force on the event's day), and its dyads by month.
     */
    public Context context(String code) {
        String cc = EventFilter.code(code, "actor");
        if (cc == null) throw new IllegalArgumentException("an actor code is needed");
        SanctionsLedger ledger = SanctionsLedger.load(KnowledgeSource.shipped());
        try {
            List<Sanction> all = ledger.read(c, cc);
            String country = SanctionsLedger.country(cc);
            List<Sanction> on = all.stream().filter(s -> s.target().equals(country)).toList();
            List<Sanction> by = all.stream().filter(s -> s.imposer().startsWith(cc)).toList();
            Set<String> sanctioned = new LinkedHashSet<>();
            for (Sanction s : all) sanctioned.add(s.target());
            List<FlaggedEvent> flagged = new ArrayList<>();
            if (!sanctioned.isEmpty() && !ledger.flaggedTypes().isEmpty()) {
                List<Object> params = new ArrayList<>(ledger.flaggedTypes());
                params.add(cc);
                params.add(cc);
                String types = String.join(", ", ledger.flaggedTypes().stream().map(t -> "?").toList());
                for (EventRow e : eventRows("SELECT " + EVENT_COLUMNS + " FROM events WHERE day IS NOT NULL AND target_code IS NOT NULL AND plover IN ("
                        + types + ") AND (starts_with(source_code, ?) OR starts_with(target_code, ?)) ORDER BY day DESC, event_id LIMIT 1000", params)) {
                    for (String party : new String[]{SanctionsLedger.country(e.sourceCode()), SanctionsLedger.country(e.targetCode())}) {
                        Optional<Sanction> s = all.stream().filter(x -> x.target().equals(party) && x.inForceOn(e.day())).findFirst();
                        if (s.isPresent()) { flagged.add(new FlaggedEvent(e, party, s.get())); break; }
                    }
                }
            }
            List<DyadRow> dyads = dyads(DyadRow.Period.YEAR, DyadRow.Level.CODE, EventFilter.ANY.withActor(cc), Paging.first(50)).items();
            ActorSummary summary = actor(cc).orElse(new ActorSummary(cc, List.of(), 0, 0, 0, 0, 0, null, null));
            return new Context(summary, on, by, flagged, dyads);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    // ---- plumbing ----

    private long count(String sql, List<Object> params) throws SQLException {
        try (PreparedStatement p = prepare(sql, params); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) p.setObject(i + 1, params.get(i));
        return p;
    }

    private static List<Object> with(List<Object> params, Object... more) {
        List<Object> out = new ArrayList<>(params);
        out.addAll(List.of(more));
        return out;
    }

    private StoreException failed(SQLException e) {
        return new StoreException("cannot read the store " + store.file() + ": " + (e.getMessage() == null ? e : e.getMessage().split("\n")[0]), e);
    }
}
