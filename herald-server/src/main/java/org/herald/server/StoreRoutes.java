package org.herald.server;

import io.javalin.http.Context;
import org.herald.Page;
import org.herald.ServerSettings;
import org.herald.events.dating.Reference;
import org.herald.io.AnalysisJson;
import org.herald.io.tables.Provenance;
import org.herald.pipeline.Analysis;
import org.herald.store.StoreWriter;
import org.herald.store.query.DyadRow;
import org.herald.store.query.EventFilter;
import org.herald.store.query.QuoteFilter;
import org.herald.store.query.StoredDocument;
import org.herald.store.search.SearchFilter;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The store's routes: {@code POST /api/documents} analyses and stores a page; the GET routes ask the store's query
 * API (typed filters, parameterised SQL, pages in a stable order) through read-only connections.
 */
final class StoreRoutes {
    private static final Set<String> EVENT_PARAMS = Set.of("source", "target", "actor", "type", "root", "cameo", "since", "until", "page", "limit");
    private static final Set<String> DYAD_PARAMS = Set.of("by", "level", "source", "target", "actor", "type", "root", "since", "until", "page", "limit");
    private static final Set<String> QUOTE_PARAMS = Set.of("speaker", "actor", "since", "until", "mode", "page", "limit");
    private static final Set<String> SEARCH_PARAMS = Set.of("q", "actor", "speaker", "type", "kind", "since", "until", "page", "limit");
    private static final Set<String> NONE = Set.of();

    private final StoreAccess store;
    private final AnalyzeRoute analyzer;
    private final ServerSettings settings;

    StoreRoutes(StoreAccess store, AnalyzeRoute analyzer, ServerSettings settings) {
        this.store = store;
        this.analyzer = analyzer;
        this.settings = settings;
    }

    /** {@code POST /api/documents}: analyse and store; the same content again is not analysed twice. */
    void add(Context ctx) {
        long deadline = analyzer.deadline();
        Page page = analyzer.page(ctx);
        if (store.file() == null) throw ApiError.unavailable("this server has no store (start herald serve with --store PATH)");
        String hash = sha256(page.content());
        Optional<StoredDocument> before = store.available() ? store.read(q -> q.document(page.id())) : Optional.empty();
        if (before.isPresent() && hash.equals(before.get().contentHash()) && "page".equals(before.get().hashOf())) {
            answer(ctx, 200, "unchanged", before.get());
            return;
        }
        Analysis a = analyzer.analyze(page, deadline);
        StoreWriter.Outcome outcome = store.write(a, new Provenance(hash, "page", Instant.now(), Reference.NONE));
        StoredDocument stored = store.read(q -> q.document(a.id())).orElseThrow(() -> new IllegalStateException("stored document not found"));
        answer(ctx, outcome == StoreWriter.Outcome.NEW ? 201 : 200, outcome.name().toLowerCase(Locale.ROOT), stored);
    }

    private static void answer(Context ctx, int status, String outcome, StoredDocument d) {
        ctx.status(status).contentType("application/json; charset=utf-8").result("{\"id\":" + Json.MAPPER.valueToTree(d.analysis().id())
                + ",\"status\":\"" + outcome + "\",\"document\":" + StoreJson.stored(d) + ",\"analysis\":" + AnalysisJson.line(d.analysis()) + "}");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code GET /api/documents/{id}}: a stored document and its analysis. */
    void document(Context ctx) {
        Params.of(ctx, NONE);
        String id = PageRequest.id(ctx.pathParam("id"));
        StoredDocument d = store.read(q -> q.document(id)).orElseThrow(() -> ApiError.notFound("no stored document '" + PageRequest.shorten(id) + "'"));
        ctx.contentType("application/json; charset=utf-8")
                .result("{\"document\":" + StoreJson.stored(d) + ",\"analysis\":" + AnalysisJson.line(d.analysis()) + "}");
    }

    private static EventFilter eventFilter(Params p) {
        return filter(() -> new EventFilter(p.code("source"), p.code("target"), p.code("actor"), p.plover("type"), p.text("root"),
                p.text("cameo"), p.day("since"), p.day("until")));
    }

    /** The store's own checks on a filter (a root of two digits, since before until) become 400s. */
    private static <T> T filter(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    void events(Context ctx) {
        Params p = Params.of(ctx, EVENT_PARAMS);
        EventFilter f = eventFilter(p);
        var paging = p.paging(settings.pageSize());
        ctx.json(StoreJson.page("events", store.read(q -> q.events(f, paging)), p.page(), StoreJson::event));
    }

    void dyads(Context ctx) {
        Params p = Params.of(ctx, DYAD_PARAMS);
        DyadRow.Period by = DyadRow.Period.valueOf(p.choice("by", List.of("day", "week", "month", "year"), "day").toUpperCase(Locale.ROOT));
        DyadRow.Level level = DyadRow.Level.valueOf(p.choice("level", List.of("code", "country"), "code").toUpperCase(Locale.ROOT));
        EventFilter f = filter(() -> new EventFilter(p.code("source"), p.code("target"), p.code("actor"), p.plover("type"), p.text("root"),
                null, p.day("since"), p.day("until")));
        var paging = p.paging(settings.pageSize());
        ctx.json(StoreJson.page("dyads", store.read(q -> q.dyads(by, level, f, paging)), p.page(), StoreJson::dyad));
    }

    void quotes(Context ctx) {
        Params p = Params.of(ctx, QUOTE_PARAMS);
        String mode = p.choice("mode", QuoteFilter.modes(), null);
        QuoteFilter f = filter(() -> new QuoteFilter(p.code("actor"), p.text("speaker"), p.day("since"), p.day("until"), QuoteFilter.mode(mode)));
        var paging = p.paging(settings.pageSize());
        ctx.json(StoreJson.page("quotes", store.read(q -> q.quotes(f, paging)), p.page(), StoreJson::quote));
    }

    void search(Context ctx) {
        Params p = Params.of(ctx, SEARCH_PARAMS);
        String text = p.text("q");
        if (text == null) throw ApiError.badRequest("give the words to search for: ?q=");
        if (text.length() > 1000) throw ApiError.badRequest("a search of more than 1000 characters");
        SearchFilter f = new SearchFilter(p.code("actor"), p.code("speaker"), p.plover("type"), p.day("since"), p.day("until"),
                p.choice("kind", List.of("body", "quote"), null));
        var paging = p.paging(settings.pageSize());
        ctx.json(StoreJson.page("hits", store.read(q -> filter(() -> q.search(text, f, paging))), p.page(), StoreJson::hit));
    }

    void actor(Context ctx) {
        Params.of(ctx, NONE);
        String code = code(ctx.pathParam("code"));
        ctx.json(StoreJson.actor(store.read(q -> q.actor(code)).orElseThrow(() -> ApiError.notFound("the store knows nothing of " + code))));
    }

    void context(Context ctx) {
        Params.of(ctx, NONE);
        String code = code(ctx.pathParam("code"));
        ctx.json(StoreJson.context(store.read(q -> q.context(code))));
    }

    private static String code(String raw) {
        String c = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("([A-Z]{3}){1,4}")) throw ApiError.badRequest("an actor code is CAMEO letters in blocks of three (USA, RUSGOV), not '"
                + PageRequest.shorten(raw == null ? "" : raw) + "'");
        return c;
    }

}
