package org.herald.io.tables;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.herald.ErrorEntry;
import org.herald.Excerpt;
import org.herald.Span;
import org.herald.actors.Actor;
import org.herald.claims.Claim;
import org.herald.events.Event;
import org.herald.events.EventDate;
import org.herald.events.dating.EventDater;
import org.herald.events.dating.Reference;
import org.herald.extract.Article;
import org.herald.io.AnalysisJson;
import org.herald.knowledge.KnowledgeSource;
import org.herald.pipeline.Analysis;
import org.herald.quotes.Quote;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The function from an {@link Analysis} to the rows of the store's tables ({@link Tables}): what the store inserts and
 * what a Parquet writer elsewhere writes, from the same code. A document without a publication date takes the
 * provenance's fallback reference day, and its events are dated again against it ({@link EventDater#redate}).
 * {@link AnalysisFromRows} is its inverse.
 */
public final class AnalysisRows {
    /** Sentences of the lead: an event in the body's first paragraph and among its first sentences is a lead event. */
    static final int LEAD_SENTENCES = 3;
    private static final JsonFactory JSON = new JsonFactory();

    private final EventScores scores;
    private final EventDater dater;

    private AnalysisRows(EventScores scores, EventDater dater) {
        this.scores = scores;
        this.dater = dater;
    }

    public static AnalysisRows load(KnowledgeSource source) { return new AnalysisRows(EventScores.load(source), EventDater.load(source)); }

    public EventScores scores() { return scores; }

    public DocumentRows of(Analysis a, Provenance p) {
        Article art = a.article();
        Reference published = Reference.published(art.published());
        Reference ref = published.orElse(p.fallback());
        String doc = a.id();
        Map<Table, List<Object[]>> out = new LinkedHashMap<>();
        String url = url(a.source());
        out.put(Tables.DOCUMENTS, List.<Object[]>of(Tables.DOCUMENTS.check(new Object[]{
                doc, a.source(), url, outlet(url), art.title(), art.authors(), art.published(), ref.day(), ref.kind().label(),
                art.language(), art.body(), art.body().length(), art.method(), p.contentHash(), p.hashOf(), p.ingestedAt(),
                status(a), errors(a.errors()), AnalysisJson.VERSION, art.captured()})));

        List<Object[]> actors = new ArrayList<>(), mentions = new ArrayList<>();
        for (Actor x : a.actors()) {
            actors.add(Tables.ACTORS.check(new Object[]{doc, x.id(), x.name(), x.kind().toString(), x.code(), x.country(), x.agent(), x.role(),
                    x.rule(), x.mentions().size(), x.countryFrom()}));
            for (int i = 0; i < x.mentions().size(); i++) {
                Excerpt m = x.mentions().get(i);
                mentions.add(Tables.ACTOR_MENTIONS.check(new Object[]{doc, x.id(), i, m.start(), m.end(), m.text()}));
            }
        }
        out.put(Tables.ACTORS, actors);
        out.put(Tables.ACTOR_MENTIONS, mentions);

        List<Object[]> quotes = new ArrayList<>();
        for (Quote q : a.quotes()) {
            Quote.Speaker s = q.speaker();
            quotes.add(Tables.QUOTES.check(new Object[]{doc, q.id(), q.kind().toString(), q.text(), q.start(), q.end(),
                    q.parts().stream().map(x -> x.start() + "-" + x.end()).collect(Collectors.joining(",")),
                    s == null ? null : s.actor(), s == null ? null : s.name(), s == null ? null : s.code(),
                    s == null ? null : s.start(), s == null ? null : s.end(), q.cue(), q.rule(), ref.day(), q.mode().toString()}));
        }
        out.put(Tables.QUOTES, quotes);

        int lead = leadEnd(art.body());
        List<Object[]> events = new ArrayList<>();
        for (Event e : a.events()) {
            // A document dated by the fallback: its events' relative phrases are read again against that day.
            EventDate d = !published.present() && p.fallback().present() || e.date() == null ? dater.redate(e.date(), ref) : e.date();
            LocalDate day = EventDater.dayOf(d);
            Event.Party src = e.source(), tgt = e.target();
            String key = EventKey.of(day, code(src), name(src), code(tgt), name(tgt), e.cameo(), doc);
            events.add(Tables.EVENT_MENTIONS.check(new Object[]{EventKey.id(key), key, doc, e.id(), e.sentence(), e.cameo(),
                    e.cameo().length() >= 3 ? e.cameo().substring(0, 3) : e.cameo(), e.root(), e.plover(), e.mode(),
                    scores.gdeltQuad(e.cameo()), scores.phoenixQuad(e.cameo()), scores.goldstein(e.cameo()),
                    src == null ? null : src.actor(), name(src), code(src), tgt == null ? null : tgt.actor(), name(tgt), code(tgt),
                    e.evidence().start(), e.evidence().end(), e.evidence().text(), e.quote(), e.confidence(), e.rule(),
                    day, d == null ? null : d.precision(), d == null || d.phrase() == null ? null : d.phrase().text(),
                    d == null || d.phrase() == null ? null : d.phrase().start(), d == null || d.phrase() == null ? null : d.phrase().end(),
                    d == null ? null : d.rule(), d == null ? null : d.reference(), d == null || d.referenceDay() == null ? null : LocalDate.parse(d.referenceDay()),
                    e.evidence().start() < lead && e.sentence() < LEAD_SENTENCES, e.repairs()}));
        }
        out.put(Tables.EVENT_MENTIONS, events);

        List<Object[]> claims = new ArrayList<>();
        for (Claim c : a.claims())
            claims.add(Tables.CLAIMS.check(new Object[]{doc, c.id(), c.text(), c.value(), c.unit(), c.start(), c.end(), c.attributedTo(), c.event()}));
        out.put(Tables.CLAIMS, claims);
        return new DocumentRows(doc, out);
    }

    /** ok: no errors; partial: errors, but an article was recovered; failed: no article. */
    static String status(Analysis a) {
        if (!a.hasErrors()) return "ok";
        return a.article().body().isEmpty() ? "failed" : "partial";
    }

    /** End of the body's first paragraph (its first blank line), or the body's length. */
    static int leadEnd(String body) {
        int i = body.indexOf("\n\n");
        return i < 0 ? body.length() : i;
    }

    /** The source when it is a web address, else null. */
    static String url(String source) {
        if (source == null) return null;
        String s = source.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://") ? source.strip() : null;
    }

    /** The URL's host without a leading "www.", or null. */
    static String outlet(String url) {
        if (url == null) return null;
        try {
            String host = URI.create(url.replace(" ", "%20")).getHost();
            if (host == null) return null;
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String code(Event.Party p) { return p == null ? null : p.code(); }

    private static String name(Event.Party p) { return p == null ? null : p.name(); }

    static String errors(List<ErrorEntry> errors) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartArray();
            for (ErrorEntry e : errors) {
                g.writeStartObject();
                g.writeStringField("stage", e.stage());
                g.writeStringField("message", e.message());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    static List<Span> parts(String parts) {
        List<Span> out = new ArrayList<>();
        if (parts == null || parts.isEmpty()) return out;
        for (String p : parts.split(",")) {
            int dash = p.indexOf('-');
            out.add(new Span(Integer.parseInt(p.substring(0, dash)), Integer.parseInt(p.substring(dash + 1))));
        }
        return out;
    }
}
