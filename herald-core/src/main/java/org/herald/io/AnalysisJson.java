package org.herald.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.herald.ErrorEntry;
import org.herald.Excerpt;
import org.herald.Span;
import org.herald.actors.Actor;
import org.herald.actors.LearnedOfficial;
import org.herald.claims.Claim;
import org.herald.events.Event;
import org.herald.events.EventDate;
import org.herald.extract.Article;
import org.herald.pipeline.Analysis;
import org.herald.quotes.Quote;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The output contract (docs/schema.md), written and read field by field: no reflection, so renaming a record
 * component cannot change what users' tools read. {@link #VERSION} names the contract; a reader accepts records of
 * this version and of none given (written before versions were recorded), and refuses newer ones by name.
 */
public final class AnalysisJson {
    /** The contract's version, written as {@code "schemaVersion"} first in every record. Raise it when a field changes meaning or goes. */
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper READER = new ObjectMapper(FACTORY);

    private AnalysisJson() { }

    /** One record on one line (JSONL). */
    public static String line(Analysis a) {
        return render(g -> write(a, g), false);
    }

    /** One record, indented for people. */
    public static String pretty(Analysis a) {
        return render(g -> write(a, g), true);
    }

    /** Several records as one indented array. */
    public static String pretty(List<Analysis> all) {
        return render(g -> {
            g.writeStartArray();
            for (Analysis a : all) write(a, g);
            g.writeEndArray();
        }, true);
    }

    /**
     * The article contract of {@code herald extract}: {@code {"id", "title", "authors", "published", "language", "captured", "body"}},
     * plus {@code "error"} (the first error's message) when the page gave no article.
     */
    public static String articleLine(Analysis a) {
        return render(g -> writeArticleRecord(a, g), false);
    }

    /** {@link #articleLine} records as one indented object (one record) or array. */
    public static String articlePretty(List<Analysis> all) {
        return render(g -> {
            if (all.size() != 1) g.writeStartArray();
            for (Analysis a : all) writeArticleRecord(a, g);
            if (all.size() != 1) g.writeEndArray();
        }, true);
    }

    private static void writeArticleRecord(Analysis a, JsonGenerator g) throws IOException {
        Article art = a.article();
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("title", art.title());
        g.writeArrayFieldStart("authors");
        for (String s : art.authors()) g.writeString(s);
        g.writeEndArray();
        g.writeStringField("published", art.published());
        g.writeStringField("language", art.language());
        g.writeStringField("captured", art.captured());
        g.writeStringField("body", art.body());
        if (a.hasErrors()) g.writeStringField("error", a.errors().get(0).message());
        g.writeEndObject();
    }

    /** Writes one record to {@code g}. */
    public static void write(Analysis a, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", VERSION);
        g.writeStringField("id", a.id());
        g.writeStringField("source", a.source());
        writeArticle(a.article(), g);
        g.writeArrayFieldStart("actors");
        for (Actor x : a.actors()) writeActor(x, g);
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : a.quotes()) writeQuote(q, g);
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (Event e : a.events()) writeEvent(e, g);
        g.writeEndArray();
        g.writeArrayFieldStart("claims");
        for (Claim c : a.claims()) writeClaim(c, g);
        g.writeEndArray();
        g.writeArrayFieldStart("errors");
        for (ErrorEntry e : a.errors()) {
            g.writeStartObject();
            g.writeStringField("stage", e.stage());
            g.writeStringField("message", e.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("learned");
        for (LearnedOfficial o : a.learned()) {
            g.writeStartObject();
            g.writeStringField("name", o.name());
            g.writeStringField("country", o.country());
            g.writeStringField("role", o.role());
            g.writeStringField("code", o.code());
            g.writeStringField("evidence", o.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeArticle(Article a, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("article");
        g.writeStringField("title", a.title());
        g.writeArrayFieldStart("authors");
        for (String s : a.authors()) g.writeString(s);
        g.writeEndArray();
        g.writeStringField("published", a.published());
        g.writeStringField("language", a.language());
        g.writeStringField("body", a.body());
        g.writeStringField("method", a.method());
        g.writeStringField("captured", a.captured());
        g.writeEndObject();
    }

    private static void writeActor(Actor x, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", x.id());
        g.writeStringField("name", x.name());
        g.writeStringField("kind", x.kind().toString());
        g.writeStringField("code", x.code());
        g.writeStringField("country", x.country());
        g.writeStringField("agent", x.agent());
        g.writeStringField("role", x.role());
        g.writeArrayFieldStart("mentions");
        for (Excerpt m : x.mentions()) writeExcerpt(m, g);
        g.writeEndArray();
        g.writeStringField("rule", x.rule());
        if (x.countryFrom() != null) g.writeStringField("countryFrom", x.countryFrom());
        g.writeEndObject();
    }

    private static void writeQuote(Quote q, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        g.writeStringField("kind", q.kind().toString());
        g.writeStringField("mode", q.mode().toString());
        g.writeStringField("text", q.text());
        g.writeNumberField("start", q.start());
        g.writeNumberField("end", q.end());
        g.writeArrayFieldStart("parts");
        for (Span s : q.parts()) {
            g.writeStartObject();
            g.writeNumberField("start", s.start());
            g.writeNumberField("end", s.end());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (q.speaker() == null) g.writeNullField("speaker");
        else {
            Quote.Speaker s = q.speaker();
            g.writeObjectFieldStart("speaker");
            g.writeStringField("actor", s.actor());
            g.writeStringField("name", s.name());
            g.writeStringField("code", s.code());
            g.writeNumberField("start", s.start());
            g.writeNumberField("end", s.end());
            g.writeEndObject();
        }
        g.writeStringField("cue", q.cue());
        g.writeStringField("rule", q.rule());
        g.writeEndObject();
    }

    private static void writeEvent(Event e, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("cameo", e.cameo());
        g.writeStringField("root", e.root());
        g.writeStringField("plover", e.plover());
        g.writeStringField("mode", e.mode());
        writeParty("source", e.source(), g);
        writeParty("target", e.target(), g);
        g.writeNumberField("sentence", e.sentence());
        g.writeFieldName("evidence");
        writeExcerpt(e.evidence(), g);
        g.writeStringField("quote", e.quote());
        g.writeNumberField("confidence", e.confidence());
        g.writeStringField("rule", e.rule());
        g.writeStringField("origin", e.origin());
        g.writeArrayFieldStart("repairs");
        for (String r : e.repairs()) g.writeString(r);
        g.writeEndArray();
        writeDate(e.date(), g);
        g.writeEndObject();
    }

    private static void writeDate(EventDate d, JsonGenerator g) throws IOException {
        if (d == null) { g.writeNullField("date"); return; }
        g.writeObjectFieldStart("date");
        g.writeStringField("day", d.day());
        g.writeStringField("precision", d.precision());
        if (d.phrase() == null) g.writeNullField("phrase");
        else {
            g.writeFieldName("phrase");
            writeExcerpt(d.phrase(), g);
        }
        g.writeStringField("rule", d.rule());
        g.writeStringField("reference", d.reference());
        g.writeStringField("referenceDay", d.referenceDay());
        g.writeEndObject();
    }

    private static void writeParty(String field, Event.Party p, JsonGenerator g) throws IOException {
        if (p == null) { g.writeNullField(field); return; }
        g.writeObjectFieldStart(field);
        g.writeStringField("actor", p.actor());
        g.writeStringField("name", p.name());
        g.writeStringField("code", p.code());
        g.writeEndObject();
    }

    private static void writeClaim(Claim c, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("text", c.text());
        if (c.value() == null) g.writeNullField("value");
        else g.writeNumberField("value", c.value());
        g.writeStringField("unit", c.unit());
        g.writeNumberField("start", c.start());
        g.writeNumberField("end", c.end());
        g.writeStringField("attributedTo", c.attributedTo());
        g.writeStringField("event", c.event());
        g.writeEndObject();
    }

    private static void writeExcerpt(Excerpt x, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("start", x.start());
        g.writeNumberField("end", x.end());
        g.writeStringField("text", x.text());
        g.writeEndObject();
    }

    // ---- reading ----

    /** Reads one record written by {@link #write}; a record of a newer contract, or one missing a required field, fails naming it. */
    public static Analysis read(String json) {
        try {
            return read(READER.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage());
        }
    }

    /** {@link #read(String)} of a record as UTF-8 bytes: parsed where they lie, without decoding them into a String first. */
    public static Analysis read(byte[] utf8, int offset, int length) {
        try {
            return read(READER.readTree(utf8, offset, length));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage());
        }
    }

    private static Analysis read(JsonNode n) {
        if (n == null || !n.isObject()) throw new IllegalArgumentException("not a JSON object");
        int version = n.path("schemaVersion").asInt(VERSION);
        if (version > VERSION)
            throw new IllegalArgumentException("analysis written with schemaVersion " + version + "; this Herald reads up to " + VERSION);
        JsonNode art = required(n, "article");
        Article article = new Article(text(art, "title"), strings(art.path("authors")), text(art, "published"), text(art, "language"),
                text(art, "body"), art.hasNonNull("method") ? art.get("method").asText() : "none", text(art, "captured"));
        String body = article.body();
        return new Analysis(requiredText(n, "id"), text(n, "source"), article,
                list(n.path("actors"), x -> readActor(x, body)),
                list(n.path("quotes"), AnalysisJson::readQuote),
                list(n.path("events"), x -> readEvent(x, body)),
                list(n.path("claims"), AnalysisJson::readClaim),
                list(n.path("errors"), x -> new ErrorEntry(requiredText(x, "stage"), requiredText(x, "message"))),
                list(n.path("learned"), x -> new LearnedOfficial(requiredText(x, "name"), text(x, "country"), text(x, "role"),
                        text(x, "code"), text(x, "evidence"))));
    }

    private static Actor readActor(JsonNode x, String body) {
        return new Actor(requiredText(x, "id"), text(x, "name"), Actor.Kind.valueOf(requiredText(x, "kind").toUpperCase(Locale.ROOT)),
                text(x, "code"), text(x, "country"), text(x, "agent"), text(x, "role"),
                list(x.path("mentions"), m -> excerpt(m, body)), text(x, "rule"), text(x, "countryFrom"));
    }

    private static Quote readQuote(JsonNode x) {
        JsonNode s = x.path("speaker");
        Quote.Speaker speaker = s.isObject() ? new Quote.Speaker(text(s, "actor"), text(s, "name"), text(s, "code"),
                s.path("start").asInt(), s.path("end").asInt()) : null;
        return new Quote(requiredText(x, "id"), Quote.Kind.valueOf(requiredText(x, "kind").toUpperCase(Locale.ROOT)), text(x, "text"),
                x.path("start").asInt(), x.path("end").asInt(),
                list(x.path("parts"), p -> new Span(p.path("start").asInt(), p.path("end").asInt())), speaker, text(x, "cue"), text(x, "rule"),
                x.hasNonNull("mode") ? Quote.Mode.valueOf(x.get("mode").asText().toUpperCase(Locale.ROOT)) : Quote.Mode.SPEECH);
    }

    private static Event readEvent(JsonNode x, String body) {
        return new Event(requiredText(x, "id"), requiredText(x, "cameo"), text(x, "root"), text(x, "plover"), text(x, "mode"),
                party(x.path("source")), party(x.path("target")), x.path("sentence").asInt(), excerpt(required(x, "evidence"), body),
                text(x, "quote"), x.path("confidence").asDouble(), text(x, "rule"), readDate(x.path("date"), body),
                list(x.path("repairs"), JsonNode::asText));
    }

    /** An event's date; null for records written before events were dated. */
    private static EventDate readDate(JsonNode d, String body) {
        if (!d.isObject()) return null;
        JsonNode p = d.path("phrase");
        return new EventDate(text(d, "day"), text(d, "precision"), p.isObject() ? excerpt(p, body) : null, requiredText(d, "rule"),
                text(d, "reference"), text(d, "referenceDay"));
    }

    private static Claim readClaim(JsonNode x) {
        return new Claim(requiredText(x, "id"), text(x, "text"), x.hasNonNull("value") ? x.get("value").asDouble() : null, text(x, "unit"),
                x.path("start").asInt(), x.path("end").asInt(), text(x, "attributedTo"), text(x, "event"));
    }

    private static Event.Party party(JsonNode p) {
        return p.isObject() ? new Event.Party(text(p, "actor"), text(p, "name"), text(p, "code")) : null;
    }

    /** An excerpt whose text is taken from the body, so a record whose spans do not fit its body fails here. */
    private static Excerpt excerpt(JsonNode x, String body) {
        int start = x.path("start").asInt(), end = x.path("end").asInt();
        if (start < 0 || end < start || end > body.length())
            throw new IllegalArgumentException("span " + start + ".." + end + " lies outside the body (" + body.length() + " characters)");
        return Excerpt.of(body, start, end);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> each) {
        List<T> out = new ArrayList<>();
        for (JsonNode x : array) out.add(each.apply(x));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        return list(array, JsonNode::asText);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String requiredText(JsonNode n, String field) {
        String v = text(n, field);
        if (v == null) throw new IllegalArgumentException("missing field '" + field + "'");
        return v;
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) throw new IllegalArgumentException("missing field '" + field + "'");
        return v;
    }

    private interface Body { void write(JsonGenerator g) throws IOException; }

    private static String render(Body body, boolean pretty) {
        Writer w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            if (pretty) g.useDefaultPrettyPrinter();
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
