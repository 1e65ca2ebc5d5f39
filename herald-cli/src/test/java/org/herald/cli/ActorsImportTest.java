package org.herald.cli;

import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;
import org.herald.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorsImportTest {
    private static int run(StringWriter out, String... args) {
        CommandLine cl = HeraldCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        return cl.execute(args);
    }

    @Test
    void petrarch_validation_dictionaries_import_into_a_knowledge_folder(@TempDir Path dir) {
        Path petr = SharedData.require("eval/petrarch-validation");
        StringWriter out = new StringWriter();
        int exit = run(out, "actors", "import", "--actors", petr.resolve("PETR.Validate.actors.txt").toString(),
                "--agents", petr.resolve("PETR.Validate.agents.txt").toString(), "--as-of", "2014-01-01", "--out", dir.toString());
        assertEquals(0, exit, out.toString());
        assertTrue(out.toString().contains("imported"), out.toString());
        var rows = TsvReader.read(KnowledgeSource.withUserDir(dir).layers("actors/countries.tsv").get(1), "code", "name");
        assertTrue(rows.stream().anyMatch(r -> r.get("code").equals("PRK") && r.get("aliases").contains("Pyongyang")), rows.toString());
        // The converted folder loads as knowledge on top of the shipped files.
        org.herald.actors.ActorResolver.load(KnowledgeSource.withUserDir(dir));
        assertEquals(2, run(new StringWriter(), "actors", "import", "--actors", petr.resolve("PETR.Validate.actors.txt").toString(),
                "--out", dir.toString()), "existing files are kept without --force");
    }

    @Test
    void a_bad_dictionary_line_is_reported_with_file_and_line(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.actors.txt");
        Files.writeString(bad, "GOOD [GOD]\n\t[BAD 20201340]\n");
        StringWriter out = new StringWriter();
        assertEquals(2, run(out, "actors", "import", "--actors", bad.toString(), "--out", dir.resolve("k").toString()));
        assertTrue(out.toString().contains("bad.actors.txt:2"), out.toString());
    }
}
