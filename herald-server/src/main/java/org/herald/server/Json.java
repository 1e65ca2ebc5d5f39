package org.herald.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The server's one JSON mapper (Analysis records go through herald-core's AnalysisJson instead). */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() { }

    /** The error body every refusal gets: {@code {"status", "error", "message"}}. */
    public static String error(int status, String code, String message) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("status", status);
        n.put("error", code);
        n.put("message", message);
        return n.toString();
    }

    /** The short code of a status the server did not choose itself (Jetty's and Javalin's own refusals). */
    public static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "request_timeout";
            case 413 -> "too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 429 -> "rate_limited";
            case 431 -> "headers_too_large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "error";
        };
    }
}
