package org.herald.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Herald's real output, good and bad documents alike, validates against docs/analysis.schema.json. */
class SchemaIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    static JsonSchema schema() throws IOException {
        Path file = Path.of("..", "docs", "analysis.schema.json");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(file));
    }

    @Test void output_of_analyze_matches_the_schema() throws IOException {
        Path article = Files.writeString(dir.resolve("story.txt"), """
                Ministers meet as tensions rise over the border

                By Ana Lima

                BRASILIA — Brazil's Foreign Minister Carla Mendes said on Monday that Brasilia would not accept new
                troop deployments near the border. “We will answer every provocation,” she said. Venezuela denied
                the accusation, and its envoy told reporters that about 2,000 soldiers had been moved for exercises.
                """);
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        String html = "<html><body><article><p>" + Files.readString(article).replace("\n\n", "</p><p>") + "</p></article></body></html>";
        Path warc = Files.write(dir.resolve("crawl.warc"), org.herald.testkit.WarcFiles.bytes(java.util.List.of(
                org.herald.testkit.WarcFiles.html("https://news.example/border", html, "utf-8", java.time.Instant.parse("2024-05-01T10:00:00Z"))), false));
        CliRun run = CliRun.of("analyze", "--format", "jsonl", article.toString(), empty.toString(), warc.toString());
        JsonSchema schema = schema();
        String[] lines = run.out().strip().split("\n");
        assertEquals(3, lines.length, run.err());
        JsonNode archived = JSON.readTree(lines[2]);
        assertEquals("2024-05-01", archived.get("article").get("captured").asText(), lines[2]);
        assertEquals("https://news.example/border", archived.get("source").asText());
        assertTrue(archived.get("actors").size() > 0, "an archived page is analysed like any other: " + lines[2]);
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            Set<ValidationMessage> errors = schema.validate(node);
            assertTrue(errors.isEmpty(), errors + " in " + line);
        }
    }

    @Test void the_schema_rejects_a_record_that_breaks_the_contract() throws IOException {
        JsonNode bad = JSON.readTree("""
                {"id": "x", "source": "x", "article": {"title": null, "authors": [], "published": "27 Nov 2026",
                 "language": "en", "body": ""}, "actors": [], "quotes": [], "events": [], "claims": [], "errors": []}
                """);
        assertFalse(schema().validate(bad).isEmpty(), "a date that is not YYYY-MM-DD must fail");
    }
}
