package org.herald.cli;

import org.herald.cli.output.Tabular;
import org.herald.store.query.Page;
import org.herald.store.query.QuoteFilter;
import org.herald.store.query.QuoteRow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.herald.cli.EventsCommand.opt;

/** {@code herald who-said}: stored quotes with their speakers. */
@Command(name = "who-said", mixinStandardHelpOptions = true, description = "List stored quotes with their speakers, newest first.")
public final class WhoSaidCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin CommonOptions common;
    @Mixin StoreOptions storeOptions;
    @Mixin ReadOptions read;
    @Option(names = "--actor", description = "The speaker's actor code (RUS includes RUSGOV).") String actor;
    @Option(names = "--speaker", description = "Words of the speaker's name.") String speaker;
    @Option(names = "--since", paramLabel = "YYYY-MM-DD") String since;
    @Option(names = "--until", paramLabel = "YYYY-MM-DD") String until;
    @Option(names = "--mode", paramLabel = "MODE", description = "What the attribution reports: speech, belief, intention or evidence (default: any).")
    String mode;

    @Override public Integer call() {
        return StoreCommands.withStore(storeOptions.file(common.dataDir()), false, spec.commandLine().getErr(), store -> {
            Page<QuoteRow> page = store.queries().quotes(new QuoteFilter(actor, speaker, ReadOptions.day(since, "--since"), ReadOptions.day(until, "--until"),
                            QuoteFilter.mode(mode)),
                    read.paging());
            List<List<Object>> rows = new ArrayList<>();
            for (QuoteRow q : page.items())
                rows.add(List.of(opt(q.day()), q.speakerName(), opt(q.speakerCode()), opt(q.cue()), opt(q.mode()), q.text(), q.docId(), opt(q.url())));
            Tabular.write(List.of("day", "speaker", "code", "cue", "mode", "quote", "doc", "url"), rows, read.format, spec.commandLine().getOut());
            if (read.format == Tabular.Format.table) spec.commandLine().getOut().printf("%d of %d%n", page.items().size(), page.total());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        });
    }
}
