package org.herald.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analyze command end to end: every input accounted for, bad input as error records, exit statuses. */
class AnalyzeCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;

    @BeforeAll static void warmUp() {
        // Loads CoreNLP once for this JVM; later commands reuse CoreNLP's annotator cache.
        org.herald.testkit.SharedModels.models();
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) if (!line.isBlank()) nodes.add(JSON.readTree(line));
        return nodes;
    }

    @Test void bad_files_get_error_records_and_the_run_goes_on() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "Officials in Paris said on Monday that the talks with their neighbours would resume within a week.\n");
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("binary.html"), new byte[]{0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, (byte) 0xff});
        Path latin1 = Files.write(dir.resolve("latin1.txt"),
                "Le caf\u00e9 de la place a rouvert, a d\u00e9clar\u00e9 le maire.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CliRun run = CliRun.of("analyze", "--format", "jsonl", good.toString(), empty.toString(), binary.toString(),
                latin1.toString(), dir.resolve("missing.txt").toString());
        assertEquals(ExitCodes.DOCUMENT_ERRORS, run.exit(), run.err());
        List<JsonNode> docs = lines(run.out());
        assertEquals(List.of("good", "empty", "binary", "latin1", "missing"), docs.stream().map(d -> d.get("id").asText()).toList());
        assertEquals(0, docs.get(0).get("errors").size(), docs.get(0).toString());
        assertTrue(docs.get(0).get("article").get("body").asText().contains("would resume within a week"));
        for (JsonNode bad : List.of(docs.get(1), docs.get(2), docs.get(4))) {
            assertEquals(1, bad.get("errors").size(), bad.toString());
            assertEquals(0, bad.get("actors").size());
        }
        assertTrue(docs.get(1).get("errors").get(0).get("message").asText().contains("empty"));
        assertEquals("extract", docs.get(2).get("errors").get(0).get("stage").asText());
        assertTrue(docs.get(2).get("errors").get(0).get("message").asText().contains("binary"), docs.get(2).toString());
        // Latin-1 without a declaration is decoded by a guess (not refused as "not UTF-8"); French is not analysed further.
        JsonNode latin1Doc = docs.get(3);
        assertEquals("Le caf\u00e9 de la place a rouvert, a d\u00e9clar\u00e9 le maire.", latin1Doc.get("article").get("body").asText());
        assertEquals("language", latin1Doc.get("errors").get(0).get("stage").asText(), latin1Doc.toString());
        assertEquals("input", docs.get(4).get("errors").get(0).get("stage").asText());
    }

    @Test void all_good_input_exits_zero_and_json_prints_one_object_for_one_document() throws IOException {
        Path good = Files.writeString(dir.resolve("one.txt"), "The foreign minister arrived in Nairobi on Tuesday for talks with the president about the border and the refugees.\n");
        CliRun run = CliRun.of("analyze", "--format", "json", good.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        JsonNode node = JSON.readTree(run.out());
        assertTrue(node.isObject());
        assertEquals("one", node.get("id").asText());
    }

    @Test void json_prints_an_array_for_several_documents_and_table_prints_for_people() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "Talks between the two governments resumed in Geneva on Monday, and the envoys said that they were hopeful.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Talks between the two delegations stalled in Vienna on Friday, and the ministers said that they would return home.\n");
        CliRun json = CliRun.of("analyze", "--format", "json", a.toString(), b.toString());
        JsonNode arr = JSON.readTree(json.out());
        assertTrue(arr.isArray());
        assertEquals(2, arr.size());
        CliRun table = CliRun.of("analyze", "--format", "table", a.toString());
        assertTrue(table.out().startsWith("== a"), table.out());
        assertTrue(table.out().contains("body:"));
    }

    @Test void the_output_does_not_depend_on_the_thread_count() {
        String samples = "src/main/resources/herald/samples";
        CliRun one = CliRun.of("analyze", "--threads", "1", "--data", dir.resolve("data-1").toString(), samples);
        CliRun two = CliRun.of("analyze", "--threads", "2", "--data", dir.resolve("data-2").toString(), samples);
        assertEquals(ExitCodes.OK, one.exit(), one.err());
        assertEquals(10, one.out().lines().count(), "one line per sample article");
        assertEquals(one.out(), two.out());
    }

    @Test void usage_errors_exit_two() {
        assertEquals(ExitCodes.USAGE, CliRun.of("analyze").exit(), "no PATH");
        assertEquals(ExitCodes.USAGE, CliRun.of("analyze", "--input-format", "pdf", "x").exit());
        assertEquals(ExitCodes.USAGE, CliRun.of("analyze", "--format", "xml", "x").exit());
    }

    @Test void an_unknown_configuration_key_stops_start_up_and_names_the_key() throws IOException {
        Path conf = Files.writeString(dir.resolve("bad.properties"), "limits.maxPageBites = 5\n");
        CliRun run = CliRun.of("analyze", "--config", conf.toString(), "-");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("limits.maxPageBites"), run.err());
    }

    @Test void a_page_over_the_byte_limit_gets_an_error_entry() throws IOException {
        Path conf = Files.writeString(dir.resolve("small.properties"), "limits.maxPageBytes = 100\n");
        Path big = Files.writeString(dir.resolve("big.txt"), "word ".repeat(100));
        CliRun run = CliRun.of("analyze", "--config", conf.toString(), big.toString());
        assertEquals(ExitCodes.DOCUMENT_ERRORS, run.exit());
        assertTrue(lines(run.out()).get(0).get("errors").get(0).get("message").asText().contains("limits.maxPageBytes"));
    }
}
