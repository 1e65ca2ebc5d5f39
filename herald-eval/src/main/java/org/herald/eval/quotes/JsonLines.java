package org.herald.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The quote sets' JSONL files: one record a line, blank lines skipped, a bad line named by file:line. */
final class JsonLines {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One record from a line's JSON; {@code line} is its 1-based number, for ids that default to it. */
    interface Record<T> {
        T of(JsonNode o, int line);
    }

    private JsonLines() { }

    static <T> List<T> read(Path file, Record<T> record) throws IOException {
        List<T> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) continue;
            JsonNode o;
            try {
                o = MAPPER.readTree(line);
            } catch (IOException e) {
                throw new IOException(file + ":" + n + ": " + e.getMessage(), e);
            }
            out.add(record.of(o, n));
        }
        return out;
    }
}
