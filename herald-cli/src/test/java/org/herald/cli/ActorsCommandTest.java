package org.herald.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code herald actors set|list|show} on a data directory. */
class ActorsCommandTest {
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
