package org.herald.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.herald.run.Runner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Learning is explicit: without --learn a run reads the memory, writes nothing and gives the same output every time;
 * with it, officials introduced in one document resolve in later ones that name them without context.
 */
class LearningRunIT {
    @TempDir Path dir;

    private static JsonNode person(JsonNode doc, String surname) {
        for (JsonNode a : doc.get("actors"))
            if (a.get("kind").asText().equals("person") && a.get("name").asText().endsWith(surname)) return a;
        return null;
    }

    @Test void without_learn_analyze_twice_gives_byte_identical_output_and_writes_no_memory() throws IOException {
        Path data = dir.resolve("plain");
        Path intro = Files.writeString(dir.resolve("intro.txt"),
                "Chile's Foreign Minister Rosa Quintana said on Monday that her government would recall its ambassador.\n");
        Path later = Files.writeString(dir.resolve("later.txt"),
                "Quintana said the talks had failed and that the embassy would stay closed for now.\n");
        CliRun first = CliRun.of("analyze", "--data", data.toString(), intro.toString(), later.toString());
        CliRun second = CliRun.of("analyze", "--data", data.toString(), intro.toString(), later.toString());
        assertEquals(ExitCodes.OK, first.exit(), first.err());
        assertEquals(first.out(), second.out());
        assertFalse(Files.exists(data.resolve("actors/registry.tsv")), "a run without --learn writes nothing");
    }

    @Test void with_learn_an_official_learned_in_one_run_resolves_in_the_next() throws IOException {
        Path data = dir.resolve("data");
        Path intro = Files.writeString(dir.resolve("intro.txt"),
                "Chile's Foreign Minister Rosa Quintana said on Monday that her government would recall its ambassador.\n");
        Path later = Files.writeString(dir.resolve("later.txt"),
                "Quintana said the talks had failed and that the embassy would stay closed for now.\n");
        CliRun before = CliRun.of("analyze", "--learn", "--data", data.toString(), later.toString());
        JsonNode unknown = person(new ObjectMapper().readTree(before.out()), "Quintana");
        assertTrue(unknown == null || unknown.get("country").isNull(), "without memory nothing says who Quintana is: " + unknown);

        CliRun first = CliRun.of("analyze", "--learn", "--data", data.toString(), intro.toString());
        assertEquals(ExitCodes.OK, first.exit(), first.err());
        assertTrue(Files.readString(data.resolve("actors/registry.tsv")).contains("Rosa Quintana"));

        // The same input as the first run now gives another answer: the memory it learned into is read back.
        CliRun second = CliRun.of("analyze", "--learn", "--data", data.toString(), later.toString());
        assertNotEquals(before.out(), second.out());
        JsonNode quintana = person(new ObjectMapper().readTree(second.out()), "Quintana");
        assertTrue(quintana != null, second.out());
        assertEquals("CHL", quintana.get("country").asText(), quintana.toString());

        // A run without --learn reads what was learned, and writes nothing more.
        long size = Files.size(data.resolve("actors/registry.tsv"));
        CliRun reading = CliRun.of("analyze", "--data", data.toString(), later.toString());
        assertEquals(second.out(), reading.out());
        assertEquals(size, Files.size(data.resolve("actors/registry.tsv")));
    }

    @Test void within_one_run_later_batches_read_what_earlier_batches_learned() throws IOException {
        Path data = dir.resolve("data2");
        Path folder = Files.createDirectories(dir.resolve("batch"));
        Files.writeString(folder.resolve("00-intro.txt"),
                "Ghana's Interior Minister Kofi Asante said on Tuesday that the border crossings would reopen next week.\n");
        for (int i = 1; i <= Runner.BATCH; i++)
            Files.writeString(folder.resolve(String.format("%02d-filler.txt", i)), "Markets in the region were calm on day " + i + " of the week, traders said.\n");
        Files.writeString(folder.resolve("99-later.txt"), "Asante told reporters that the crossings had reopened without incident.\n");
        CliRun run = CliRun.of("analyze", "--learn", "--data", data.toString(), folder.toString());
        String[] lines = run.out().strip().split("\n");
        assertEquals(Runner.BATCH + 2, lines.length);
        JsonNode asante = person(new ObjectMapper().readTree(lines[lines.length - 1]), "Asante");
        assertTrue(asante != null, lines[lines.length - 1]);
        assertEquals("GHA", asante.get("country").asText(), asante.toString());
    }
}
