package org.herald.testkit;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the development-only {@code ../shared/} folder (evaluation sets, the example page). A user's fresh
 * clone has none: tests that need it call {@link #require} and are skipped with a clear message.
 * {@code -Dherald.shared=DIR} or {@code HERALD_SHARED} point elsewhere.
 */
public final class SharedData {
    private SharedData() { }

    public static Path root() {
        String p = System.getProperty("herald.shared", System.getenv("HERALD_SHARED"));
        if (p != null && !p.isBlank()) return Path.of(p);
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("eval"))) return candidate;
        }
        return Path.of("..", "shared");
    }

    /** The path {@code relative} inside ../shared/, or skips the calling test when it is absent. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        Assumptions.assumeTrue(Files.exists(p),
                "skipped: " + p + " is absent (../shared/ holds development data and is not part of a clone)");
        return p;
    }

    public static Path examplePage() {
        return require("examples/un-security-council-page.txt");
    }
}
