package org.herald.cli;

import org.herald.cli.output.Tabular;
import org.herald.store.query.DyadRow;
import org.herald.store.query.Page;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code herald dyads}: events per directed dyad and period. */
@Command(name = "dyads", mixinStandardHelpOptions = true, description = {"Count events per directed dyad and day, week, month or year: events, "
        + "reports, Goldstein sum and mean, and counts per GDELT QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
        + "4 material conflict).", "Dyads group on countries (the first block of each code) unless --codes."})
public final class DyadsCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin CommonOptions common;
    @Mixin StoreOptions storeOptions;
    @Mixin ReadOptions read;
    @Mixin EventsCommand.Filters filters;
    @Option(names = "--by", description = "day, week, month or year (default: ${DEFAULT-VALUE}).", defaultValue = "day") String by;
    @Option(names = "--codes", description = "Group on whole actor codes (RUSGOV), not countries.") boolean codes;

    @Override public Integer call() {
        return StoreCommands.withStore(storeOptions.file(common.dataDir()), false, spec.commandLine().getErr(), store -> {
            DyadRow.Period period;
            try {
                period = DyadRow.Period.valueOf(by.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--by needs day, week, month or year, not '" + by + "'");
            }
            Page<DyadRow> page = store.queries().dyads(period, codes ? DyadRow.Level.CODE : DyadRow.Level.COUNTRY, filters.filter(), read.paging());
            List<List<Object>> rows = new ArrayList<>();
            for (DyadRow d : page.items())
                rows.add(List.of(d.period(), d.source(), d.target(), d.events(), d.mentions(), Math.round(d.goldsteinSum() * 100) / 100.0,
                        Math.round(d.goldsteinMean() * 100) / 100.0, d.quad1(), d.quad2(), d.quad3(), d.quad4()));
            Tabular.write(List.of("period", "source", "target", "events", "reports", "goldstein_sum", "goldstein_mean", "quad1", "quad2", "quad3", "quad4"),
                    rows, read.format, spec.commandLine().getOut());
            if (read.format == Tabular.Format.table) spec.commandLine().getOut().printf("%d of %d%n", page.items().size(), page.total());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        });
    }
}
