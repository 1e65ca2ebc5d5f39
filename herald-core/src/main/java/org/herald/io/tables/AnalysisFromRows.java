package org.herald.io.tables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.herald.ErrorEntry;
import org.herald.Excerpt;
import org.herald.actors.Actor;
import org.herald.claims.Claim;
import org.herald.events.Event;
import org.herald.events.EventDate;
import org.herald.extract.Article;
import org.herald.pipeline.Analysis;
import org.herald.quotes.Quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inverse of {@link AnalysisRows}: one document's rows back to its {@link Analysis} (for the JSONL export and the
 * REST view of a stored document). Officials a document taught ({@code learned}) are not stored, so they come back empty.
 */
public final class AnalysisFromRows {
    /** A quote's stored mode; a quote stored before the mode was kept (null) reads as the contract's default, speech. */
    static Quote.Mode mode(String stored) {
        return stored == null ? Quote.Mode.SPEECH : Quote.Mode.valueOf(stored.toUpperCase(Locale.ROOT));
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnalysisFromRows() { }

    public static Analysis of(DocumentRows rows) {
        Table D = Tables.DOCUMENTS;
        Object[] d = rows.document();
        String body = D.get(d, "body") == null ? "" : D.get(d, "body");
        List<String> authors = D.get(d, "authors");
        Article article = new Article(D.get(d, "title"), authors == null ? List.of() : authors, D.get(d, "published"), D.get(d, "language"),
                body, D.get(d, "method") == null ? "none" : D.get(d, "method"), D.get(d, "captured"));

        Map<String, List<Object[]>> mentionsByActor = new LinkedHashMap<>();
        Table M = Tables.ACTOR_MENTIONS;
        rows.rows(M).stream().sorted(Comparator.comparingInt(r -> M.<Integer>get(r, "n")))
                .forEach(r -> mentionsByActor.computeIfAbsent(M.get(r, "actor_id"), k -> new ArrayList<>()).add(r));
        Table A = Tables.ACTORS;
        List<Actor> actors = new ArrayList<>();
        for (Object[] r : sortedById(rows.rows(A), A, "actor_id")) {
            List<Excerpt> ms = mentionsByActor.getOrDefault(A.<String>get(r, "actor_id"), List.of()).stream()
                    .map(m -> Excerpt.of(body, M.<Integer>get(m, "char_start"), M.<Integer>get(m, "char_end"))).toList();
            actors.add(new Actor(A.get(r, "actor_id"), A.get(r, "name"), Actor.Kind.valueOf(A.<String>get(r, "kind").toUpperCase(Locale.ROOT)),
                    A.get(r, "code"), A.get(r, "country"), A.get(r, "agent"), A.get(r, "role"), ms, A.get(r, "rule"),
                    A.get(r, "country_from")));
        }

        Table Q = Tables.QUOTES;
        List<Quote> quotes = new ArrayList<>();
        for (Object[] r : sortedById(rows.rows(Q), Q, "quote_id")) {
            Integer ss = Q.get(r, "speaker_start");
            Quote.Speaker s = ss == null ? null
                    : new Quote.Speaker(Q.get(r, "speaker_actor"), Q.get(r, "speaker_name"), Q.get(r, "speaker_code"), ss, Q.<Integer>get(r, "speaker_end"));
            quotes.add(new Quote(Q.get(r, "quote_id"), Quote.Kind.valueOf(Q.<String>get(r, "kind").toUpperCase(Locale.ROOT)), Q.get(r, "text"),
                    Q.<Integer>get(r, "char_start"), Q.<Integer>get(r, "char_end"), AnalysisRows.parts(Q.get(r, "parts")), s, Q.get(r, "cue"), Q.get(r, "rule"),
                    mode(Q.get(r, "mode"))));
        }

        Table E = Tables.EVENT_MENTIONS;
        List<Event> events = new ArrayList<>();
        for (Object[] r : sortedById(rows.rows(E), E, "mention_id")) {
            events.add(new Event(E.get(r, "mention_id"), E.get(r, "cameo"), E.get(r, "root_code"), E.get(r, "plover"), E.get(r, "mode"),
                    party(E.get(r, "source_actor"), E.get(r, "source_name"), E.get(r, "source_code")),
                    party(E.get(r, "target_actor"), E.get(r, "target_name"), E.get(r, "target_code")),
                    E.<Integer>get(r, "sentence"), Excerpt.of(body, E.<Integer>get(r, "evidence_start"), E.<Integer>get(r, "evidence_end")),
                    // A report stored before repairs were kept (null) reads as none, as a record without the field does.
                    E.get(r, "quote_id"), E.<Double>get(r, "confidence"), E.get(r, "rule"), date(r, body), E.<List<String>>get(r, "repairs")));
        }

        Table C = Tables.CLAIMS;
        List<Claim> claims = new ArrayList<>();
        for (Object[] r : sortedById(rows.rows(C), C, "claim_id"))
            claims.add(new Claim(C.get(r, "claim_id"), C.get(r, "text"), C.get(r, "value"), C.get(r, "unit"), C.<Integer>get(r, "char_start"),
                    C.<Integer>get(r, "char_end"), C.get(r, "attributed_to"), C.get(r, "event_mention_id")));

        return new Analysis(rows.docId(), D.get(d, "source"), article, actors, quotes, events, claims, errors(D.get(d, "errors")), List.of());
    }

    private static EventDate date(Object[] r, String body) {
        Table E = Tables.EVENT_MENTIONS;
        String rule = E.get(r, "date_rule");
        if (rule == null) return null;
        Integer ps = E.get(r, "date_phrase_start");
        LocalDate day = E.get(r, "day"), refDay = E.get(r, "date_reference_day");
        return new EventDate(day == null ? null : day.toString(), E.get(r, "precision"),
                ps == null ? null : Excerpt.of(body, ps, E.<Integer>get(r, "date_phrase_end")), rule, E.get(r, "date_reference"),
                refDay == null ? null : refDay.toString());
    }

    private static Event.Party party(String actor, String name, String code) {
        return actor == null && name == null && code == null ? null : new Event.Party(actor, name, code);
    }

    /** Rows in the order of their document-local ids ("a2" before "a10"). */
    private static List<Object[]> sortedById(List<Object[]> rows, Table t, String idColumn) {
        return rows.stream().sorted(Comparator.comparing((Object[] r) -> t.<String>get(r, idColumn), AnalysisFromRows::compareIds)).toList();
    }

    static int compareIds(String a, String b) {
        String na = a.replaceAll("\\D", ""), nb = b.replaceAll("\\D", "");
        if (!na.isEmpty() && !nb.isEmpty() && na.length() < 10 && nb.length() < 10) {
            int c = Integer.compare(Integer.parseInt(na), Integer.parseInt(nb));
            if (c != 0) return c;
        }
        return a.compareTo(b);
    }

    private static List<ErrorEntry> errors(String json) {
        List<ErrorEntry> out = new ArrayList<>();
        if (json == null || json.isEmpty()) return out;
        try {
            for (JsonNode e : JSON.readTree(json)) out.add(new ErrorEntry(e.path("stage").asText(), e.path("message").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
