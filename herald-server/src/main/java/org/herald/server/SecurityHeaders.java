package org.herald.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Headers every response carries, pages, files, API answers and errors alike. The policy allows scripts, styles,
 * images and requests from Herald itself only: no inline script, no eval, no other origin, no framing. The page's
 * libraries are served by Herald from their jars, so nothing else is needed.
 */
public final class SecurityHeaders {
    public static final String CSP = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "connect-src 'self'",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'");

    private static final Map<String, String> HEADERS = headers();

    private SecurityHeaders() { }

    private static Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        return Map.copyOf(h);
    }

    public static void apply(BiConsumer<String, String> header) {
        HEADERS.forEach(header);
    }

    public static Map<String, String> all() { return HEADERS; }
}
