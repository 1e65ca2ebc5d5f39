package org.herald.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line.
 *
 * @param inputs        WARC files, JSONL files (either gzipped), folders of them, or globs, on any Hadoop-compatible path
 * @param out           the output folder (Hadoop path)
 * @param config        a Herald properties file (as {@code --config} of the command line), or null
 * @param referenceDate the day relative dates are resolved against in documents without a date of their own, or null
 * @param partitions    tasks the documents are spread over; 0: four per core of the cluster, or one per 16 MB of input
 * @param overwrite     replace an existing output folder's tables
 */
public record JobOptions(List<String> inputs, String out, String config, LocalDate referenceDate, int partitions, boolean overwrite) {
    static final String USAGE = "usage: HeraldJob [--config FILE] [--reference-date YYYY-MM-DD] [--partitions N] [--overwrite] --out DIR INPUT...";

    public JobOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) throw new IllegalArgumentException("no inputs");
        if (out == null) throw new IllegalArgumentException("--out DIR is required");
        if (partitions < 0) throw new IllegalArgumentException("--partitions must be at least 1");
    }

    public static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String out = null, config = null;
        LocalDate day = null;
        int partitions = 0;
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out" -> out = value(args, ++i, a);
                case "--config" -> config = value(args, ++i, a);
                case "--reference-date" -> day = parsed(value(args, ++i, a), LocalDate::parse, "--reference-date needs a day as YYYY-MM-DD");
                case "--partitions" -> {
                    partitions = parsed(value(args, ++i, a), Integer::parseInt, "--partitions needs a number");
                    if (partitions < 1) throw new IllegalArgumentException("--partitions must be at least 1");
                }
                case "--overwrite" -> overwrite = true;
                default -> {
                    if (a.startsWith("--")) throw new IllegalArgumentException("unknown option " + a);
                    inputs.add(a);
                }
            }
        }
        return new JobOptions(inputs, out, config, day, partitions, overwrite);
    }

    /** {@code v} read by {@code parse}, or a usage error saying what was expected. */
    private static <T> T parsed(String v, java.util.function.Function<String, T> parse, String expected) {
        try {
            return parse.apply(v.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(expected + ", not '" + v + "'");
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }
}
