package org.herald.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {
    private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><title>Bridge opens two years late | The Courier</title>"
            + "<meta property=\"article:published_time\" content=\"2024-04-02T09:00:00Z\"><meta name=\"author\" content=\"By Ruth Vale\"></head>"
            + "<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Bridge opens two years late</h1>"
            + "<p>The new river bridge opened to traffic on Tuesday, two years later than planned and well over its budget.</p>"
            + "<p>The mayor said the delay had been caused by flooding during construction and by a dispute with the builder.</p>"
            + "</article><footer>© 2024 The Courier</footer></body></html>";

    record Run(int exit, String out) { }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandLine cl = HeraldCommand.commandLine();
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(OutputStream.nullOutputStream(), true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    @Test void prints_one_article_per_document_with_the_contract_fields(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("bridge-story.html.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) { o.write(PAGE.getBytes(StandardCharsets.UTF_8)); }
        Run r = run("extract", "--format", "jsonl", gz.toString());
        assertEquals(0, r.exit());
        JsonNode a = new ObjectMapper().readTree(r.out().strip());
        assertEquals("bridge-story", a.get("id").asText());
        assertEquals("Bridge opens two years late", a.get("title").asText());
        assertEquals("Ruth Vale", a.get("authors").get(0).asText());
        assertEquals("2024-04-02", a.get("published").asText());
        assertEquals("en", a.get("language").asText());
        assertTrue(a.get("body").asText().startsWith("The new river bridge opened"));
        assertTrue(!a.get("body").asText().contains("Home") && !a.get("body").asText().contains("©"));
    }

    @Test void a_bad_file_gets_an_error_and_the_run_continues(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a-binary.txt"), new byte[] {0, 1, 2, 3});
        Files.writeString(dir.resolve("b-page.html"), PAGE);
        Run r = run("extract", "--format", "json", dir.toString());
        assertEquals(ExitCodes.DOCUMENT_ERRORS, r.exit());
        JsonNode all = new ObjectMapper().readTree(r.out());
        assertEquals(2, all.size());
        assertTrue(all.get(0).get("error").asText().contains("binary"));
        assertEquals("Bridge opens two years late", all.get(1).get("title").asText());
    }

    @Test void warc_files_given_or_in_folders_are_read_through_the_same_inputs(@TempDir Path dir) throws Exception {
        java.time.Instant may = java.time.Instant.parse("2024-05-01T10:00:00Z");
        var entries = java.util.List.of(org.herald.testkit.WarcFiles.warcinfo(),
                org.herald.testkit.WarcFiles.request("https://courier.example/bridge", may),
                org.herald.testkit.WarcFiles.html("https://courier.example/bridge", PAGE, "utf-8", may),
                org.herald.testkit.WarcFiles.response("https://courier.example/logo.png", 200, "image/png", new byte[] {1, 2}, may,
                        java.util.UUID.randomUUID()));
        Path crawl = Files.createDirectories(dir.resolve("crawl"));
        Files.write(crawl.resolve("cc-news.warc.gz"), org.herald.testkit.WarcFiles.bytes(entries, true));
        CliRun run = CliRun.of("extract", crawl.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        JsonNode rec = new ObjectMapper().readTree(run.out().strip());
        assertEquals(java.util.UUID.nameUUIDFromBytes("https://courier.example/bridge".getBytes(StandardCharsets.UTF_8)).toString(),
                rec.get("id").asText());
        assertEquals("2024-05-01", rec.get("captured").asText());
        assertEquals("2024-04-02", rec.get("published").asText(), "the page's own date, not the capture date");
        assertTrue(rec.get("body").asText().contains("The new river bridge opened"));
        assertTrue(run.err().contains("herald: skipped 3 WARC records that are not HTML responses (request 1, response image/png 1, warcinfo 1)"),
                run.err());
    }
}
