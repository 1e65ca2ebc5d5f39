package org.herald.cli;

import org.herald.cli.output.Tabular;
import org.herald.store.query.Page;
import org.herald.store.search.SearchFilter;
import org.herald.store.search.SearchHit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.herald.cli.EventsCommand.opt;

/** {@code herald search}: BM25 over article passages and quotes. */
@Command(name = "search", mixinStandardHelpOptions = true, description = {"Search the stored articles and quotes (BM25, English stemming).",
        "All words must match; \"quoted words\" are a phrase; a | b is either; -word excludes."})
public final class SearchCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin CommonOptions common;
    @Mixin StoreOptions storeOptions;
    @Mixin ReadOptions read;
    @Option(names = "--actor", description = "An actor code named in the passage (RUS includes RUSGOV).") String actor;
    @Option(names = "--speaker", description = "The speaker's code (quotes only).") String speaker;
    @Option(names = "--type", description = "A PLOVER type of an event in the passage.") String type;
    @Option(names = "--kind", description = "body or quote.") String kind;
    @Option(names = "--since", paramLabel = "YYYY-MM-DD") String since;
    @Option(names = "--until", paramLabel = "YYYY-MM-DD") String until;
    @Parameters(arity = "1..*", paramLabel = "WORDS") List<String> words;

    @Override public Integer call() {
        return StoreCommands.withStore(storeOptions.file(common.dataDir()), false, spec.commandLine().getErr(), store -> {
            String t = type == null ? null : org.herald.events.PloverType.parse(type).name();
            String k = kind == null ? null : kind.strip().toLowerCase(java.util.Locale.ROOT);
            if (k != null && !k.equals("body") && !k.equals("quote")) throw new IllegalArgumentException("--kind is body or quote, not '" + kind + "'");
            SearchFilter f = new SearchFilter(code(actor), code(speaker), t, ReadOptions.day(since, "--since"), ReadOptions.day(until, "--until"), k);
            Page<SearchHit> page = store.queries().search(String.join(" ", words), f, read.paging());
            List<List<Object>> rows = new ArrayList<>();
            for (SearchHit h : page.items())
                rows.add(List.of(Math.round(h.score() * 100) / 100.0, h.kind(), opt(h.speakerName()), opt(h.speakerCode()), h.passage(), h.docId(),
                        opt(h.title()), opt(h.day()), opt(h.url())));
            Tabular.write(List.of("score", "kind", "speaker", "code", "passage", "doc", "title", "day", "url"), rows, read.format, spec.commandLine().getOut());
            if (read.format == Tabular.Format.table) spec.commandLine().getOut().printf("%d of %d%n", page.items().size(), page.total());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        });
    }

    private static String code(String c) {
        if (c == null) return null;
        String u = c.strip().toUpperCase(java.util.Locale.ROOT);
        if (!u.matches("([A-Z]{3})+")) throw new IllegalArgumentException("an actor code is CAMEO letters in blocks of three, not '" + c + "'");
        return u;
    }
}
