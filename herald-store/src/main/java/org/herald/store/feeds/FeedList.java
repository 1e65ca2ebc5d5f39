package org.herald.store.feeds;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The feeds file of {@code herald watch}: one feed URL (http or https) a line; blank lines and lines starting with
 * {@code #} are ignored. A line that is not such a URL stops the watcher with {@code file:line}.
 */
public final class FeedList {
    private FeedList() { }

    public static List<URI> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        LinkedHashSet<URI> out = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            URI u;
            try {
                u = new URI(line);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a URL: " + e.getMessage());
            }
            var refused = PoliteFetcher.refuse(u);
            if (refused.isPresent()) throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + refused.get());
            out.add(u);
        }
        if (out.isEmpty()) throw new IllegalArgumentException(file + ": no feed URLs");
        return new ArrayList<>(out);
    }
}
