package org.herald.server;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Jetty's own refusals (a malformed request line, an ambiguous encoded path such as {@code ..%2f}, headers too large)
 * in the API's JSON error shape and with the security headers, instead of Jetty's HTML page. The message is the
 * status's reason only: Jetty's detail can echo request text and Herald never sends a stack trace.
 */
final class JsonErrorPage extends ErrorHandler {
    JsonErrorPage() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                           List<Charset> charsets, int code, String message, Throwable cause) {
        HttpFields.Mutable h = response.getHeaders();
        SecurityHeaders.apply(h::put);
        h.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        h.put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body(code).getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    @Override public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.apply(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        return ByteBuffer.wrap(body(status).getBytes(StandardCharsets.UTF_8));
    }

    static String body(int code) {
        String reason = HttpStatus.getMessage(code);
        return Json.error(code, Json.codeOf(code), reason == null ? "request refused" : reason.toLowerCase());
    }
}
