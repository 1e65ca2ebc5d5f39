package org.herald.cli;

import org.herald.cli.output.Tabular;
import org.herald.store.query.EventFilter;
import org.herald.store.query.EventRow;
import org.herald.store.query.Page;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code herald events}: the stored events, one row per event (day, source, target, code), filtered. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List stored events: one row per day, source, target and CAMEO code, "
        + "with its report counts, Goldstein value and quad classes. Codes match by 3-letter blocks: --source USA includes USAGOV.")
public final class EventsCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin CommonOptions common;
    @Mixin StoreOptions storeOptions;
    @Mixin ReadOptions read;
    @Mixin Filters filters;

    /** The event filters, shared with dyads. */
    public static final class Filters {
        @Option(names = "--source", description = "Source actor code (USA, RUSGOV).") String source;
        @Option(names = "--target", description = "Target actor code.") String target;
        @Option(names = "--actor", description = "Either party's code.") String actor;
        @Option(names = "--type", description = "PLOVER type (ACCUSE, SANCTION ...).") String type;
        @Option(names = "--root", description = "CAMEO root (two digits).") String root;
        @Option(names = "--cameo", description = "CAMEO code or prefix.") String cameo;
        @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Events on or after this day.") String since;
        @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Events on or before this day.") String until;

        EventFilter filter() {
            return new EventFilter(source, target, actor, type, root, cameo, ReadOptions.day(since, "--since"), ReadOptions.day(until, "--until"));
        }
    }

    static final List<String> HEADER = List.of("event_id", "day", "source", "source_name", "target", "target_name", "cameo", "plover", "quad_class",
            "phoenix_quad", "goldstein", "root_event", "mentions", "documents", "sources", "first_doc", "evidence");

    @Override public Integer call() {
        return StoreCommands.withStore(storeOptions.file(common.dataDir()), false, spec.commandLine().getErr(), store -> {
            Page<EventRow> page = store.queries().events(filters.filter(), read.paging());
            List<List<Object>> rows = new ArrayList<>();
            for (EventRow e : page.items())
                rows.add(List.of(e.eventId(), opt(e.day()), opt(e.sourceCode()), opt(e.sourceName()), opt(e.targetCode()), opt(e.targetName()), e.cameo(),
                        opt(e.plover()), opt(e.quadClass()), opt(e.phoenixQuad()), opt(e.goldstein()), e.rootEvent(), e.mentions(), e.documents(),
                        e.sources(), e.firstDocId(), opt(e.evidence())));
            Tabular.write(HEADER, rows, read.format, spec.commandLine().getOut());
            footer(page, read);
            return ExitCodes.OK;
        });
    }

    /** A value for List.of, which takes no nulls. */
    static Object opt(Object v) { return v == null ? "" : v; }

    private void footer(Page<?> page, ReadOptions r) {
        if (r.format == Tabular.Format.table)
            spec.commandLine().getOut().printf("%d of %d%s%n", page.items().size(), page.total(),
                    page.more() ? " (next page: --offset " + (r.offset + page.items().size()) + ")" : "");
        spec.commandLine().getOut().flush();
    }
}
