package org.herald.cli;

import org.herald.cli.output.Tabular;
import org.herald.store.query.Paging;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Options of the commands that read the store: output format and paging. */
public final class ReadOptions {
    @Option(names = "--format", description = "table, csv or json (one object a line) (default: ${DEFAULT-VALUE}).", defaultValue = "table")
    Tabular.Format format;

    @Option(names = "--limit", description = "Rows shown (1-" + Paging.MAX_LIMIT + ", default: ${DEFAULT-VALUE}).", defaultValue = "50")
    int limit;

    @Option(names = "--offset", description = "Rows skipped first, for the next page (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    int offset;

    Paging paging() { return new Paging(offset, limit); }

    /** A day given on the command line, or null. */
    static LocalDate day(String value, String option) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " needs a day as YYYY-MM-DD, not '" + value + "'");
        }
    }
}
