package org.herald.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where knowledge files come from: the files shipped under {@code herald/} on the class path, then,
 * overlaying them, files of the same relative name in the user's directory. Readers get every
 * layer's lines in that order, so a user's row is read after (and can override) a shipped one.
 */
public final class KnowledgeSource {
    private static final String ROOT = "/herald/";
    private final Path userDir;

    private KnowledgeSource(Path userDir) { this.userDir = userDir; }

    public static KnowledgeSource shipped() { return new KnowledgeSource(null); }

    /** The shipped files overlaid by {@code userDir}'s; {@code null}: the shipped files alone. */
    public static KnowledgeSource withUserDir(Path userDir) { return new KnowledgeSource(userDir); }

    /** One file's text and the name to cite it by in error messages. */
    public record Layer(String name, String text) {}

    /** The shipped file {@code relative} (required) and the user's file of that name (if any). */
    public List<Layer> layers(String relative) {
        List<Layer> out = new ArrayList<>();
        out.add(new Layer(relative, requireShipped(relative)));
        if (userDir != null) {
            Path p = userDir.resolve(relative);
            if (Files.isRegularFile(p)) {
                try {
                    out.add(new Layer(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + p, e);
                }
            }
        }
        return out;
    }

    /** The user's files in {@code relativeDir} whose names end with {@code suffix}, sorted (for rule folders). */
    public List<Layer> userFiles(String relativeDir, String suffix) {
        List<Layer> out = new ArrayList<>();
        if (userDir == null) return out;
        Path dir = userDir.resolve(relativeDir);
        if (!Files.isDirectory(dir)) return out;
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList())
                out.add(new Layer(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        return out;
    }

    public static String requireShipped(String relative) {
        try (InputStream in = KnowledgeSource.class.getResourceAsStream(ROOT + relative)) {
            if (in == null) throw new IllegalStateException("missing shipped knowledge file herald/" + relative);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read herald/" + relative, e);
        }
    }
}
