package org.herald.cli;

import org.herald.HeraldConfig;
import org.herald.io.FileSource;
import org.herald.io.InputFormat;
import org.herald.io.PageSource;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The one way the commands turn their PATH arguments into documents, and report what the inputs held besides. */
final class Inputs {
    private Inputs() { }

    /** Files, folders, JSONL, WARC files and {@code -}, each read by the source for its kind ({@link FileSource}). */
    static FileSource source(List<String> paths, InputFormat format, HeraldConfig config) {
        return new FileSource(paths, System.in, format, config.limits().maxPageBytes());
    }

    /** After a run: how many archive records were not documents, by reason, on standard error (nothing if none). */
    static void reportSkipped(PageSource source, PrintWriter err) {
        Map<String, Long> skipped = source.skipped();
        if (skipped.isEmpty()) return;
        long n = skipped.values().stream().mapToLong(Long::longValue).sum();
        err.println("herald: skipped " + n + " WARC record" + (n == 1 ? "" : "s") + " that are not HTML responses ("
                + skipped.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")");
        err.flush();
    }
}
