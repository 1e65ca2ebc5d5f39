package org.herald.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.herald.Page;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * A page sent to be analysed, read from a request body: {@code text/html} (a page's HTML), {@code text/plain} (its
 * text) or {@code application/json} ({@code {id?, html? | text?, published?}}). With a raw body, {@code ?id=} and
 * {@code ?published=} give the same fields. The body is read up to the limit and no further.
 */
public final class PageRequest {
    static final String DEFAULT_ID = "page";
    private static final int MAX_ID_CHARS = 200;
    private static final Set<String> JSON_FIELDS = Set.of("id", "html", "text", "published");

    private PageRequest() { }

    public static Page read(Context ctx, long maxBytes) {
        String type = mediaType(ctx.contentType());
        byte[] body = body(ctx, maxBytes);
        return switch (type) {
            case "application/json" -> fromJson(body);
            case "text/html" -> page(ctx.queryParam("id"), Page.Format.HTML, body, ctx.queryParam("published"));
            case "text/plain" -> page(ctx.queryParam("id"), Page.Format.TEXT, body, ctx.queryParam("published"));
            default -> throw ApiError.unsupportedType("send the page as text/html, text/plain or application/json "
                    + "({\"id\"?, \"html\" or \"text\", \"published\"?}), not '" + type + "'");
        };
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) return "(none)";
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The body, refused with 413 past {@code maxBytes} (by its declared length, or while reading when none is declared). */
    static byte[] body(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) throw tooLarge(maxBytes);
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (b.length > maxBytes) throw tooLarge(maxBytes);
            if (b.length == 0) throw ApiError.badRequest("the request has no body: send a page's HTML or text");
            return b;
        } catch (IOException e) {
            throw ApiError.badRequest("the request body could not be read");
        }
    }

    private static ApiError tooLarge(long maxBytes) {
        return ApiError.tooLarge("the request body is over " + maxBytes + " bytes (server.maxRequestBytes)");
    }

    private static Page fromJson(byte[] body) {
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("the body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw ApiError.badRequest("the body is not valid JSON");
        }
        if (n == null || !n.isObject()) throw ApiError.badRequest("the body must be a JSON object {\"id\"?, \"html\" or \"text\", \"published\"?}");
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!JSON_FIELDS.contains(f)) throw ApiError.badRequest("unknown field '" + shorten(f) + "' (known: id, html, text, published)");
        }
        String html = text(n, "html"), text = text(n, "text");
        if ((html == null) == (text == null)) throw ApiError.badRequest("give exactly one of \"html\" and \"text\"");
        return page(text(n, "id"), html != null ? Page.Format.HTML : Page.Format.TEXT,
                (html != null ? html : text).getBytes(StandardCharsets.UTF_8), text(n, "published"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw ApiError.badRequest("\"" + field + "\" must be a string");
        return v.asText();
    }

    private static Page page(String id, Page.Format format, byte[] content, String published) {
        return new Page(id(id), null, format, content, published(published));
    }

    static String id(String id) {
        if (id == null || id.isEmpty()) return DEFAULT_ID;
        if (id.length() > MAX_ID_CHARS) throw ApiError.badRequest("the id is over " + MAX_ID_CHARS + " characters");
        if (id.isBlank() || id.codePoints().anyMatch(c -> Character.isISOControl(c)))
            throw ApiError.badRequest("the id must be printable text");
        return id;
    }

    static String published(String day) {
        if (day == null || day.isEmpty()) return null;
        try {
            if (day.length() != 10) throw new DateTimeParseException("length", day, 0);
            return LocalDate.parse(day).toString();
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("\"published\" must be a day written YYYY-MM-DD, not '" + shorten(day) + "'");
        }
    }

    /** Request text echoed in an error message, cut short (it is JSON-escaped when written). */
    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
