package org.herald.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main job: the demo analyses every shipped sample and writes one record per article under the data directory. */
class DemoCommandIT {
    @TempDir Path data;

    @Test void demo_writes_every_sample_and_prints_a_summary() throws IOException {
        CliRun run = CliRun.of("demo", "--data", data.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.out() + run.err());
        List<String> lines = Files.readAllLines(data.resolve("results/demo.jsonl"));
        assertEquals(SampleArticles.names().size(), lines.size());
        assertTrue(lines.size() >= 8, "at least 8 sample articles ship");
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode a = json.readTree(line);
            assertEquals(0, a.get("errors").size(), line);
            assertTrue(a.get("article").get("body").asText().length() > 500, "a real body for " + a.get("id"));
            assertTrue(a.get("actors").size() >= 3, "actors in " + a.get("id"));
            assertTrue(a.get("quotes").size() >= 1, "quotes in " + a.get("id"));
            assertTrue(a.get("events").size() >= 1, "events in " + a.get("id"));
        }
        assertTrue(run.out().contains("Totals: " + lines.size() + " articles"), run.out());
        assertTrue(run.out().contains(data.resolve("results/demo.jsonl").toAbsolutePath().toString()));
        // Stored in the default store, with the next steps to try.
        CliRun count = CliRun.of("query", "--data", data.toString(), "--format", "csv", "SELECT count(*) AS n FROM documents");
        assertEquals("n\n" + lines.size(), count.out().strip(), count.err());
        for (String next : new String[]{"./herald query", "./herald search", "./herald serve"}) assertTrue(run.out().contains(next), run.out());
        CliRun again = CliRun.of("demo", "--data", data.toString());
        assertTrue(again.out().contains("(0 new or changed, " + lines.size() + " already there)"), again.out());
    }
}
