package org.herald.cli;

import org.herald.actors.ActorRegistry;
import org.herald.actors.LearnedOfficial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryFileTest {
    private static final LearnedOfficial HWANG = new LearnedOfficial("Joonkook Hwang", "KOR", "UN ambassador", "KORGOV", "South Korea's UN Ambassador Joonkook Hwang");

    @Test
    void learned_officials_are_merged_and_pinned_ones_win(@TempDir Path data) {
        RegistryFile file = RegistryFile.in(data);
        assertTrue(file.entries().isEmpty());
        assertEquals(1, file.merge(List.of(HWANG)));
        assertEquals(0, file.merge(List.of(HWANG)), "the same facts change nothing");
        file.set(new LearnedOfficial("Joonkook Hwang", "KOR", "foreign minister", "KORGOV", null), true);
        assertEquals(0, file.merge(List.of(HWANG)), "a learned fact never replaces a pinned one");
        ActorRegistry snap = file.snapshot();
        assertEquals("foreign minister", snap.find("joonkook  hwang").orElseThrow().role());
        assertEquals("Joonkook Hwang", snap.findBySurname("Hwang").orElseThrow().name());
        assertTrue(file.remove("Joonkook Hwang"));
        assertFalse(file.remove("Joonkook Hwang"));
    }

    @Test
    void a_bad_row_fails_with_file_and_line(@TempDir Path data) throws Exception {
        Path p = RegistryFile.in(data).path();
        Files.createDirectories(p.getParent());
        Files.writeString(p, "name\tcountry\trole\tcode\tstatus\tevidence\nA B\tRUS\t\tRUS\tmaybe\t\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RegistryFile.in(data).entries());
        assertTrue(e.getMessage().contains("registry.tsv:2"), e.getMessage());
    }

    @Test
    void actors_set_list_and_show_work_from_the_command_line(@TempDir Path data) {
        assertEquals(0, run(data, "actors", "set", "Vassily", "Nebenzia", "--code", "rusgov", "--role", "UN ambassador").exit);
        Result list = run(data, "actors", "list");
        assertTrue(list.out.contains("Vassily Nebenzia") && list.out.contains("RUSGOV") && list.out.contains("pinned"), list.out);
        Result show = run(data, "actors", "show", "Vassily", "Nebenzia");
        assertTrue(show.out.contains("UN ambassador"), show.out);
        assertEquals(1, run(data, "actors", "show", "Nobody").exit);
        assertEquals(2, run(data, "actors", "set", "X", "--code", "RU").exit);
    }

    private record Result(int exit, String out) {}

    private static Result run(Path data, String... args) {
        CommandLine cl = HeraldCommand.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        int exit = cl.execute(all);
        return new Result(exit, out + err.toString());
    }
}
