package org.herald.io.tables;

import java.util.List;

import static org.herald.io.tables.ColumnType.BIGINT;
import static org.herald.io.tables.ColumnType.BOOLEAN;
import static org.herald.io.tables.ColumnType.DATE;
import static org.herald.io.tables.ColumnType.DOUBLE;
import static org.herald.io.tables.ColumnType.INTEGER;
import static org.herald.io.tables.ColumnType.TIMESTAMP;
import static org.herald.io.tables.ColumnType.VARCHAR;
import static org.herald.io.tables.ColumnType.VARCHAR_LIST;

/**
 * The store's table layout: one place for every column's name, type and meaning. The store (DuckDB), its Parquet
 * export and a Parquet writer elsewhere (a Spark job) use these columns, filled by {@link AnalysisRows} from an
 * analysis; {@code events} is rolled up from {@code event_mentions} by {@link EventRollup}. Offsets are Java String
 * indices into the document's body, end exclusive; a column named {@code *_start}/{@code *_end} is one.
 */
public final class Tables {
    private Tables() { }

    private static Column c(String name, ColumnType type, String meaning) { return new Column(name, type, meaning); }

    public static final Table DOCUMENTS = new Table("documents", "one row per document", List.of(
            c("doc_id", VARCHAR, "the document id (file name without extensions, or the input's id)"),
            c("source", VARCHAR, "the input's path or URL"),
            c("url", VARCHAR, "the page's URL when the source is one (http/https), else null"),
            c("outlet", VARCHAR, "the URL's host without 'www.', else null"),
            c("title", VARCHAR, "headline, or null"),
            c("authors", VARCHAR_LIST, "author names in page order"),
            c("published", VARCHAR, "the publication date as the analysis gives it (YYYY-MM-DD), or null"),
            c("reference_day", DATE, "the day relative dates were resolved against (publication, capture or given date), or null: an undated document"),
            c("reference", VARCHAR, "where reference_day came from: published, captured, given; null when undated"),
            c("language", VARCHAR, "ISO 639-1 code, or null"),
            c("body", VARCHAR, "the article text every offset points into"),
            c("body_chars", INTEGER, "length of body"),
            c("method", VARCHAR, "the extraction step that produced the body"),
            c("content_hash", VARCHAR, "SHA-256 (hex) of what was ingested: the page's bytes, or the analysis record"),
            c("hash_of", VARCHAR, "what content_hash hashes: page or analysis"),
            c("ingested_at", TIMESTAMP, "when this version of the document was stored (UTC)"),
            c("status", VARCHAR, "ok (no errors), partial (errors, but an article was recovered) or failed (no article)"),
            c("errors", VARCHAR, "the errors as a JSON array of {stage, message}"),
            c("schema_version", INTEGER, "the analysis contract version the rows were made from"),
            // Last: stores from before schema version 5 gain it by ALTER TABLE ... ADD COLUMN, which appends.
            c("captured", VARCHAR, "the day the page was fetched (YYYY-MM-DD, from its archive record), or null; null for documents stored before Herald kept it")));

    public static final Table ACTORS = new Table("actors", "one row per distinct actor of a document", List.of(
            c("doc_id", VARCHAR, "document"),
            c("actor_id", VARCHAR, "document-local id (a1 ...)"),
            c("name", VARCHAR, "fullest name the document gives"),
            c("kind", VARCHAR, "person, country, organization, group or place"),
            c("code", VARCHAR, "CAMEO actor code (RUSGOV), or null"),
            c("country", VARCHAR, "3-letter country (or group) part of the code, or null"),
            c("agent", VARCHAR, "3-letter agent part of the code, or null"),
            c("role", VARCHAR, "role words the text gives, or null"),
            c("rule", VARCHAR, "the resolution rule that decided the code"),
            c("mention_count", INTEGER, "number of mentions"),
            // Last: added by migration 5.
            c("country_from", VARCHAR, "how an inferred country was found (place:, role:, dateline:, article:), or null when the text names it or the actor was stored before Herald kept it")));

    public static final Table ACTOR_MENTIONS = new Table("actor_mentions", "every mention of every actor", List.of(
            c("doc_id", VARCHAR, "document"),
            c("actor_id", VARCHAR, "the actor mentioned"),
            c("n", INTEGER, "0-based order of the mention among the actor's mentions"),
            c("char_start", INTEGER, "start in the body"),
            c("char_end", INTEGER, "end in the body"),
            c("text", VARCHAR, "the words")));

    public static final Table QUOTES = new Table("quotes", "who said what", List.of(
            c("doc_id", VARCHAR, "document"),
            c("quote_id", VARCHAR, "document-local id (q1 ...)"),
            c("kind", VARCHAR, "direct, partial or indirect"),
            c("text", VARCHAR, "the quoted words"),
            c("char_start", INTEGER, "start of the first piece"),
            c("char_end", INTEGER, "end of the last piece"),
            c("parts", VARCHAR, "the pieces' spans as 'start-end' joined by ','"),
            c("speaker_actor", VARCHAR, "actor id of the speaker, or null"),
            c("speaker_name", VARCHAR, "resolved name of the speaker, or null when no speaker was found"),
            c("speaker_code", VARCHAR, "CAMEO code of the speaker, or null"),
            c("speaker_start", INTEGER, "start of the words naming the speaker, or null"),
            c("speaker_end", INTEGER, "end of those words, or null"),
            c("cue", VARCHAR, "speech verb or phrase, or null"),
            c("rule", VARCHAR, "the rule that found the quote"),
            c("day", DATE, "the document's reference day, or null"),
            // Last: stores from before schema version 4 gain it by ALTER TABLE ... ADD COLUMN, which appends.
            c("mode", VARCHAR, "what the attribution reports: speech, belief, intention or evidence; null for quotes stored before Herald kept it")));

    public static final Table EVENT_MENTIONS = new Table("event_mentions", "every report of an event: one row per event of a document", List.of(
            c("event_id", BIGINT, "the event reported (events.event_id): a 63-bit hash of event_key"),
            c("event_key", VARCHAR, "the event's identity: day|source|target|code (EventKey)"),
            c("doc_id", VARCHAR, "document"),
            c("mention_id", VARCHAR, "the analysis's event id (e1 ...)"),
            c("sentence", INTEGER, "0-based sentence index in the body"),
            c("cameo", VARCHAR, "CAMEO event code, as text"),
            c("base_code", VARCHAR, "first 3 digits of the code"),
            c("root_code", VARCHAR, "first 2 digits"),
            c("plover", VARCHAR, "PLOVER 2.0 type, or null"),
            c("mode", VARCHAR, "PLOVER mode, or null"),
            c("quad_class", INTEGER, "GDELT QuadClass of the root (1-4; events/gdelt-quad.tsv)"),
            c("phoenix_quad", INTEGER, "Phoenix quad class of the code (0 neutral .. 4 material conflict; events/cameo.tsv)"),
            c("goldstein", DOUBLE, "Goldstein value of the code (events/cameo.tsv), or null for a code outside the codebook"),
            c("source_actor", VARCHAR, "actor id of the source, or null"),
            c("source_name", VARCHAR, "name of the source, or null"),
            c("source_code", VARCHAR, "CAMEO code of the source, or null"),
            c("target_actor", VARCHAR, "actor id of the target, or null"),
            c("target_name", VARCHAR, "name of the target, or null (no target)"),
            c("target_code", VARCHAR, "CAMEO code of the target, or null"),
            c("evidence_start", INTEGER, "start of the words carrying the event"),
            c("evidence_end", INTEGER, "end of those words"),
            c("evidence_text", VARCHAR, "those words"),
            c("quote_id", VARCHAR, "the quote the event came from, or null"),
            c("confidence", DOUBLE, "in [0, 1]"),
            c("rule", VARCHAR, "the pattern that fired (file:line)"),
            c("day", DATE, "the day it happened (see date_rule), or null"),
            c("precision", VARCHAR, "day, week, month or year; null when day is"),
            c("date_phrase", VARCHAR, "the words that dated it, or null"),
            c("date_phrase_start", INTEGER, "their start, or null"),
            c("date_phrase_end", INTEGER, "their end, or null"),
            c("date_rule", VARCHAR, "the dating rule that decided (docs/schema.md), or null for an event never dated"),
            c("date_reference", VARCHAR, "published, captured or given, or null"),
            c("date_reference_day", DATE, "the reference day, or null"),
            c("in_lead", BOOLEAN, "the event's sentence is in the lead: the body's first paragraph, and among its first 3 sentences"),
            // Last: added by migration 5.
            c("repairs", VARCHAR_LIST, "ids of the parse repairs that fired for the event, in the coder's order (empty: none); null for reports stored before Herald kept them")));

    public static final Table EVENTS = new Table("events", "one row per event (day, source, target, code), however many reports", List.of(
            c("event_id", BIGINT, "63-bit hash of event_key; stable across stores and exports"),
            c("event_key", VARCHAR, "day|source|target|code"),
            c("day", DATE, "the day it happened, or null"),
            c("precision", VARCHAR, "precision of day, from the first report"),
            c("source_code", VARCHAR, "CAMEO code of the source, or null (an uncoded party)"),
            c("source_name", VARCHAR, "its name in the first report"),
            c("target_code", VARCHAR, "CAMEO code of the target, or null"),
            c("target_name", VARCHAR, "its name in the first report, or null"),
            c("cameo", VARCHAR, "CAMEO event code"),
            c("base_code", VARCHAR, "first 3 digits"),
            c("root_code", VARCHAR, "first 2 digits"),
            c("plover", VARCHAR, "PLOVER type, or null"),
            c("mode", VARCHAR, "PLOVER mode, or null"),
            c("quad_class", INTEGER, "GDELT QuadClass 1-4"),
            c("phoenix_quad", INTEGER, "Phoenix quad class 0-4"),
            c("goldstein", DOUBLE, "Goldstein value, or null"),
            c("is_root_event", BOOLEAN, "the first report has it in its lead"),
            c("mention_count", INTEGER, "reports (sentences) of it"),
            c("document_count", INTEGER, "documents reporting it"),
            c("source_count", INTEGER, "outlets reporting it (a document without a URL counts as its own outlet)"),
            c("first_doc_id", VARCHAR, "the first report's document"),
            c("first_url", VARCHAR, "that document's URL, or its source when it has none"),
            c("first_seen", TIMESTAMP, "when its first report was stored (UTC)"),
            c("last_seen", TIMESTAMP, "when its latest report was stored (UTC)"),
            c("confidence", DOUBLE, "the highest confidence of its reports")));

    public static final Table CLAIMS = new Table("claims", "numbers with units, and who stated them", List.of(
            c("doc_id", VARCHAR, "document"),
            c("claim_id", VARCHAR, "document-local id (c1 ...)"),
            c("text", VARCHAR, "the claim's words"),
            c("value", DOUBLE, "the number, or null"),
            c("unit", VARCHAR, "what is counted, or null"),
            c("char_start", INTEGER, "start in the body"),
            c("char_end", INTEGER, "end in the body"),
            c("attributed_to", VARCHAR, "actor id of who stated it, or null"),
            c("event_mention_id", VARCHAR, "the event (mention_id) it supports, or null")));

    /** The tables one analysis fills, in the order they are written. */
    public static final List<Table> PER_DOCUMENT = List.of(DOCUMENTS, ACTORS, ACTOR_MENTIONS, QUOTES, EVENT_MENTIONS, CLAIMS);

    /** Every table, in the order they are created and exported. */
    public static final List<Table> ALL = List.of(DOCUMENTS, ACTORS, ACTOR_MENTIONS, QUOTES, EVENTS, EVENT_MENTIONS, CLAIMS);

    public static Table named(String name) {
        for (Table t : ALL) if (t.name().equals(name)) return t;
        throw new IllegalArgumentException("no table '" + name + "'");
    }
}
