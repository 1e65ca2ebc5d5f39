package org.herald.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Herald as a real process (the test's own class path), for tests that kill it or limit its disk. */
final class ChildHerald {
    private ChildHerald() { }

    static String java() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The command line that runs {@code herald args...}. */
    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx1500m", "-Xss4m", "-cp", System.getProperty("java.class.path"), "org.herald.cli.HeraldCommand"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static Process start(Path out, Path err, String... args) throws IOException {
        return new ProcessBuilder(command(args)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    /** Runs to the end (at most {@code seconds}); returns the exit status. */
    static int run(Path out, Path err, long seconds, String... args) throws IOException, InterruptedException {
        Process p = start(out, err, args);
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("herald " + String.join(" ", args) + " did not end in " + seconds + " s: " + Files.readString(err));
        }
        return p.exitValue();
    }

    /** Shell-quoted, for scripts. */
    static String quoted(List<String> cmd) {
        StringBuilder b = new StringBuilder();
        for (String c : cmd) b.append('\'').append(c.replace("'", "'\\''")).append("' ");
        return b.toString();
    }
}
