package org.herald.server;

import org.herald.ServerSettings;

import java.nio.file.Path;

/**
 * How one server listens and what it serves.
 *
 * @param bind     the address to listen on (127.0.0.1 unless the user asks otherwise)
 * @param port     the port, or 0 for any free one (tests)
 * @param settings the bounds of herald.properties' {@code server.*} keys
 * @param store    the store's path, or null for none (the store routes then answer 503)
 */
public record ServerOptions(String bind, int port, ServerSettings settings, Path store) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
}
