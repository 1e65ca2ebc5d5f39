package org.herald.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses requests that another site makes a browser send. A POST whose {@code Origin} is not this server, or that the
 * browser marks {@code Sec-Fetch-Site: cross-site}, is refused (another page cannot make Herald analyse or store
 * anything). While Herald listens on a loopback address, a request naming any other host is refused too: that is what
 * a DNS-rebinding page sends, and without this check it could read the store.
 */
public final class RequestGuard {
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final boolean loopbackOnly;

    public RequestGuard(String bind) {
        this.loopbackOnly = isLoopback(bind);
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public void check(Context ctx) {
        String host = ctx.header("Host");
        if (loopbackOnly && (host == null || !LOOPBACK_NAMES.contains(hostName(host))))
            throw ApiError.forbidden("this server answers to localhost only");
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD || ctx.method() == HandlerType.OPTIONS) return;
        if ("cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site")))
            throw ApiError.forbidden("requests from other sites are refused");
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equalsIgnoreCase("http://" + host))
            throw ApiError.forbidden("requests from other origins are refused");
    }

    /** The host part of a Host header, lower-cased, without the port ("[::1]:7070" → "[::1]"). */
    static String hostName(String hostHeader) {
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(0, close + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
