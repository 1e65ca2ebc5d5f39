package org.herald.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.herald.store.query.ActorSummary;
import org.herald.store.query.Context;
import org.herald.store.query.DyadRow;
import org.herald.store.query.EventRow;
import org.herald.store.query.FlaggedEvent;
import org.herald.store.query.Page;
import org.herald.store.query.QuoteRow;
import org.herald.store.query.Sanction;
import org.herald.store.query.StoredDocument;
import org.herald.store.search.SearchHit;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The store's answers as JSON, field by field (as AnalysisJson does for analyses): renaming a record component of the
 * store cannot change what clients read. Names are the OpenAPI description's. Event ids are strings: they are 63-bit
 * numbers, past what a JavaScript number holds exactly.
 */
final class StoreJson {
    private StoreJson() { }

    /** {@code {"<items>": [...], "page", "pageSize", "total", "more"}}. */
    static <T> ObjectNode page(String items, Page<T> p, int pageNumber, BiConsumer<T, ObjectNode> write) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        ArrayNode a = n.putArray(items);
        for (T t : p.items()) write.accept(t, a.addObject());
        n.put("page", pageNumber);
        n.put("pageSize", p.paging().limit());
        n.put("total", p.total());
        n.put("more", p.more());
        return n;
    }

    private static void day(ObjectNode n, String field, LocalDate d) {
        if (d == null) n.putNull(field);
        else n.put(field, d.toString());
    }

    private static void party(ObjectNode n, String field, String code, String name) {
        if (code == null && name == null) {
            n.putNull(field);
            return;
        }
        ObjectNode p = n.putObject(field);
        p.put("code", code);
        p.put("name", name);
    }

    private static void document(ObjectNode n, String id, String title, String url) {
        ObjectNode d = n.putObject("document");
        d.put("id", id);
        d.put("title", title);
        d.put("url", url);
    }

    static void event(EventRow e, ObjectNode n) {
        n.put("id", Long.toString(e.eventId()));
        day(n, "day", e.day());
        n.put("precision", e.precision());
        party(n, "source", e.sourceCode(), e.sourceName());
        party(n, "target", e.targetCode(), e.targetName());
        n.put("cameo", e.cameo());
        n.put("root", e.cameo() == null || e.cameo().length() < 2 ? null : e.cameo().substring(0, 2));
        n.put("plover", e.plover());
        n.put("quadClass", e.quadClass());
        n.put("phoenixQuad", e.phoenixQuad());
        n.put("goldstein", e.goldstein());
        n.put("rootEvent", e.rootEvent());
        n.put("mentions", e.mentions());
        n.put("documents", e.documents());
        n.put("sources", e.sources());
        n.put("confidence", e.confidence());
        n.put("evidence", e.evidence());
        document(n, e.firstDocId(), null, e.firstUrl());
    }

    static void dyad(DyadRow d, ObjectNode n) {
        day(n, "period", d.period());
        n.put("source", d.source());
        n.put("target", d.target());
        n.put("events", d.events());
        n.put("mentions", d.mentions());
        n.put("goldsteinSum", d.goldsteinSum());
        n.put("goldsteinMean", d.goldsteinMean());
        ObjectNode q = n.putObject("quadClass");
        q.put("1", d.quad1());
        q.put("2", d.quad2());
        q.put("3", d.quad3());
        q.put("4", d.quad4());
    }

    static void quote(QuoteRow q, ObjectNode n) {
        n.put("id", q.quoteId());
        n.put("kind", q.kind());
        n.put("text", q.text());
        party(n, "speaker", q.speakerCode(), q.speakerName());
        n.put("cue", q.cue());
        n.put("mode", q.mode());
        day(n, "day", q.day());
        document(n, q.docId(), q.title(), q.url());
    }

    static void hit(SearchHit h, ObjectNode n) {
        n.put("kind", h.kind());
        n.put("passage", h.passage());
        n.put("start", h.start());
        n.put("end", h.end());
        n.put("quoteId", h.quoteId());
        party(n, "speaker", h.speakerCode(), h.speakerName());
        n.put("score", h.score());
        day(n, "day", h.day());
        document(n, h.docId(), h.title(), h.url());
    }

    static ObjectNode actor(ActorSummary a) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("code", a.code());
        ArrayNode names = n.putArray("names");
        for (ActorSummary.Named x : a.names()) {
            ObjectNode o = names.addObject();
            o.put("name", x.name());
            o.put("code", x.code());
            o.put("mentions", x.mentions());
        }
        n.put("documents", a.documents());
        n.put("mentions", a.mentions());
        n.put("asSource", a.asSource());
        n.put("asTarget", a.asTarget());
        n.put("quotes", a.quotes());
        day(n, "firstDay", a.firstDay());
        day(n, "lastDay", a.lastDay());
        return n;
    }

    static ObjectNode context(Context c) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.set("actor", actor(c.actor()));
        sanctions(n.putArray("sanctionsOn"), c.sanctionsOn());
        sanctions(n.putArray("sanctionsBy"), c.sanctionsBy());
        ArrayNode flagged = n.putArray("flagged");
        for (FlaggedEvent f : c.flagged()) {
            ObjectNode o = flagged.addObject();
            event(f.event(), o.putObject("event"));
            o.put("sanctionedParty", f.sanctionedParty());
            sanction(f.sanction(), o.putObject("sanction"));
        }
        ArrayNode dyads = n.putArray("dyads");
        for (DyadRow d : c.dyads()) dyad(d, dyads.addObject());
        return n;
    }

    private static void sanctions(ArrayNode a, List<Sanction> all) {
        for (Sanction s : all) sanction(s, a.addObject());
    }

    private static void sanction(Sanction s, ObjectNode n) {
        party(n, "imposer", s.imposer(), s.imposerName());
        party(n, "target", s.target(), s.targetName());
        day(n, "since", s.since());
        n.put("precision", s.precision());
        day(n, "lifted", s.lifted());
        ArrayNode ev = n.putArray("evidence");
        for (Sanction.Evidence e : s.evidence()) {
            ObjectNode o = ev.addObject();
            day(o, "day", e.day());
            o.put("cameo", e.cameo());
            o.put("sentence", e.sentence());
            o.put("datePhrase", e.datePhrase());
            document(o, e.docId(), e.title(), e.url());
        }
    }

    /** What the store says about a document beside its analysis. */
    static ObjectNode stored(StoredDocument d) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("id", d.analysis().id());
        n.put("url", d.url());
        n.put("outlet", d.outlet());
        day(n, "referenceDay", d.referenceDay());
        n.put("reference", d.reference());
        n.put("status", d.status());
        n.put("contentHash", d.contentHash());
        n.put("ingestedAt", d.ingestedAt() == null ? null : d.ingestedAt().toString());
        return n;
    }
}
