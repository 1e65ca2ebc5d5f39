package org.herald.server;

import io.javalin.http.Context;
import org.herald.events.PloverType;
import org.herald.store.query.Paging;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A list route's query parameters, checked before anything reaches the store: an unknown name, a repeated one, a
 * malformed day, code or page is a 400 naming it. The values then go into the store's typed filters, never into SQL.
 */
final class Params {
    private static final Pattern CODE = Pattern.compile("([A-Z]{3}){1,4}");
    /** Pages past this are refused: deep offsets cost the store a scan and no person pages that far. */
    static final int MAX_PAGE = 10_000;

    private final Context ctx;

    private Params(Context ctx) {
        this.ctx = ctx;
    }

    /** The parameters of {@code ctx}, refusing any not in {@code allowed} and any given twice. */
    static Params of(Context ctx, Set<String> allowed) {
        for (var e : ctx.queryParamMap().entrySet()) {
            if (!allowed.contains(e.getKey()))
                throw ApiError.badRequest("unknown parameter '" + PageRequest.shorten(e.getKey()) + "' (this route takes " + String.join(", ", sorted(allowed)) + ")");
            if (e.getValue().size() > 1) throw ApiError.badRequest("parameter '" + e.getKey() + "' is given more than once");
        }
        return new Params(ctx);
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    String text(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** A CAMEO actor code (USA, RUSGOV), in capitals. */
    String code(String name) {
        String v = text(name);
        if (v == null) return null;
        String c = v.toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) throw ApiError.badRequest("'" + name + "' must be a CAMEO actor code (USA, RUSGOV), not '" + PageRequest.shorten(v) + "'");
        return c;
    }

    /** A PLOVER type (ACCUSE ...). */
    String plover(String name) {
        String v = text(name);
        if (v == null) return null;
        try {
            return PloverType.parse(v).name();
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("'" + name + "' must be a PLOVER type: " + String.join(", ",
                    java.util.Arrays.stream(PloverType.values()).map(Enum::name).toList()));
        }
    }

    LocalDate day(String name) {
        String v = text(name);
        if (v == null) return null;
        try {
            if (v.length() != 10) throw new DateTimeParseException("length", v, 0);
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("'" + name + "' must be a day written YYYY-MM-DD, not '" + PageRequest.shorten(v) + "'");
        }
    }

    /** One of {@code values} (lower case), or {@code otherwise} when absent. */
    String choice(String name, List<String> values, String otherwise) {
        String v = text(name);
        if (v == null) return otherwise;
        String low = v.toLowerCase(Locale.ROOT);
        if (!values.contains(low)) throw ApiError.badRequest("'" + name + "' must be one of " + String.join(", ", values));
        return low;
    }

    int page() {
        return number("page", 1, MAX_PAGE, 1);
    }

    /** Records per page: {@code limit}, or the server's page size. */
    int limit(int pageSize) {
        return number("limit", 1, Paging.MAX_LIMIT, pageSize);
    }

    Paging paging(int pageSize) {
        int limit = limit(pageSize);
        return new Paging((page() - 1) * limit, limit);
    }

    private int number(String name, int min, int max, int otherwise) {
        String v = text(name);
        if (v == null) return otherwise;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("'" + name + "' must be a whole number from " + min + " to " + max);
        }
    }
}
