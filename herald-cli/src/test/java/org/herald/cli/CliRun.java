package org.herald.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs a command line in-process and keeps what it printed (picocli's "Testing Your Application" way). */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        var cl = HeraldCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
