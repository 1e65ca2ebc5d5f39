package org.herald.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The web page's files, read once from the jar into memory. Only the names listed here are served: a request path
 * is a key into this table, never a path into a folder, so no spelling of {@code ..} (plain, encoded, doubly encoded)
 * can reach another file. The libraries come from their WebJars on the class path.
 */
public final class StaticAssets {
    private static final String WEB = "/herald/server/web/";
    /** The page's own files, under {@code /assets/}. */
    static final String[] WEB_FILES = {"index.html", "app.css", "favicon.svg", "app.js", "dom.js", "api.js", "tooltip.js",
            "article.js", "network.js", "timeline.js", "search.js", "quadclass.js"};
    /** The libraries, under {@code /lib/}: name → class-path resource. */
    static final Map<String, String> LIBRARIES = Map.of(
            "cytoscape.min.js", "/META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js",
            "echarts.min.js", "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js");

    /** A file and its media type. */
    public record Asset(String contentType, byte[] bytes) {}

    private final Map<String, Asset> web;
    private final Map<String, Asset> libraries;

    private StaticAssets(Map<String, Asset> web, Map<String, Asset> libraries) {
        this.web = Map.copyOf(web);
        this.libraries = Map.copyOf(libraries);
    }

    /** Reads every file; a missing one stops start-up (the jar is broken). */
    public static StaticAssets load() {
        Map<String, Asset> web = new LinkedHashMap<>();
        for (String f : WEB_FILES) web.put(f, read(WEB + f, f));
        Map<String, Asset> libs = new LinkedHashMap<>();
        LIBRARIES.forEach((name, resource) -> libs.put(name, read(resource, name)));
        return new StaticAssets(web, libs);
    }

    public Optional<Asset> web(String name) { return Optional.ofNullable(web.get(name)); }

    public Optional<Asset> library(String name) { return Optional.ofNullable(libraries.get(name)); }

    private static Asset read(String resource, String name) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return new Asset(contentType(name), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static String contentType(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "json" -> "application/json";
            default -> throw new IllegalArgumentException("no media type for " + name);
        };
    }
}
