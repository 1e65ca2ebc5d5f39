package org.herald.cli;

import org.herald.store.query.ActorSummary;
import org.herald.store.query.Context;
import org.herald.store.query.DyadRow;
import org.herald.store.query.FlaggedEvent;
import org.herald.store.query.Sanction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code herald context CODE}: what the store knows about an actor: sanctions with evidence, flagged events, dyads. */
@Command(name = "context", mixinStandardHelpOptions = true, description = {"What the store knows about an actor code: the sanctions on it and "
        + "by it (from CAMEO 163 events, with the articles that state them), the aid, cooperation, support and mobilisation events of a party "
        + "under sanctions in force at their date, and its dyads by year."})
public final class ContextCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin CommonOptions common;
    @Mixin StoreOptions storeOptions;
    @Parameters(index = "0", paramLabel = "CODE") String code;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return StoreCommands.withStore(storeOptions.file(common.dataDir()), false, spec.commandLine().getErr(), store -> {
            Context c = store.queries().context(code);
            ActorSummary a = c.actor();
            out.printf("■ %s%s%n", a.code(), a.names().isEmpty() ? "" : " — " + a.names().get(0).name());
            out.printf("  %d documents, %d mentions; %d events as source, %d as target, %d quotes%s%n", a.documents(), a.mentions(), a.asSource(),
                    a.asTarget(), a.quotes(), a.firstDay() == null ? "" : "; events from " + a.firstDay() + " to " + a.lastDay());
            out.println();
            out.println("Sanctions on " + a.code() + (c.sanctionsOn().isEmpty() ? ": none in the store" : ":"));
            for (Sanction s : c.sanctionsOn()) sanction(s, out);
            if (!c.sanctionsBy().isEmpty()) {
                out.println("Sanctions imposed by " + a.code() + ":");
                for (Sanction s : c.sanctionsBy()) sanction(s, out);
            }
            out.println();
            out.println("Events with a party under sanctions in force at their date" + (c.flagged().isEmpty() ? ": none" : ":"));
            for (FlaggedEvent f : c.flagged())
                out.printf("  %s  %s %s → %s (%s)  %s under sanctions of %s since %s%n    “%s”  [%s]%n", f.event().day(), f.event().plover(), f.event().sourceCode(),
                        f.event().targetCode(), f.event().cameo(), f.sanctionedParty(), f.sanction().imposer(), f.sanction().since(), clip(f.event().evidence()),
                        f.event().firstDocId());
            out.println();
            out.println("Dyads (by year)" + (c.dyads().isEmpty() ? ": none" : ":"));
            for (DyadRow d : c.dyads())
                out.printf("  %d  %s → %s: %d events, Goldstein %.1f, quad classes %d/%d/%d/%d%n", d.period().getYear(), d.source(), d.target(), d.events(),
                        d.goldsteinSum(), d.quad1(), d.quad2(), d.quad3(), d.quad4());
            out.flush();
            return ExitCodes.OK;
        });
    }

    private static void sanction(Sanction s, PrintWriter out) {
        out.printf("  %s (%s) on %s since %s%s%s%n", s.imposer(), s.imposerName(), s.target(), s.precision().equals("year") ? s.since().getYear() : s.since(),
                s.lifted() == null ? ", in force" : ", lifted " + s.lifted(), "");
        for (Sanction.Evidence e : s.evidence())
            out.printf("    “%s” — %s%s%n", clip(e.sentence()), e.title() == null ? e.docId() : e.title(), e.url() == null ? "" : " <" + e.url() + ">");
    }

    static String clip(String s) {
        if (s == null) return "";
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 199) + "…";
    }
}
