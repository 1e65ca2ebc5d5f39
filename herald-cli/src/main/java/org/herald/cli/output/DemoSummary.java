package org.herald.cli.output;

import org.herald.pipeline.Analysis;
import org.herald.events.Event;
import org.herald.quotes.Quote;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a person reads after {@code herald demo}: one block per article, then totals. */
public final class DemoSummary {
    private static final int SHOWN = 4;

    private DemoSummary() { }

    public static void write(List<Analysis> analyses, PrintWriter out) {
        Map<String, Integer> byType = new TreeMap<>();
        int actors = 0, quotes = 0, events = 0, claims = 0, errors = 0;
        for (Analysis a : analyses) {
            out.println();
            out.println("■ " + (a.article().title() == null ? a.id() : a.article().title()));
            out.printf("  %s · %s · %d actors, %d quotes, %d events, %d claims%n",
                    a.article().published() == null ? "undated" : a.article().published(),
                    a.article().authors().isEmpty() ? "no byline" : String.join(", ", a.article().authors()),
                    a.actors().size(), a.quotes().size(), a.events().size(), a.claims().size());
            a.quotes().stream().filter(q -> q.speaker() != null).limit(SHOWN).forEach(q -> out.println("  “" + clip(q.text(), 90) + "” — " + speaker(q)));
            for (Event e : a.events().stream().limit(SHOWN).toList()) {
                out.printf("  %s %s → %s: %s %s%n", party(e.source()), e.plover() == null ? "" : e.plover(), party(e.target()), e.cameo(), "(" + clip(e.evidence().text(), 60) + ")");
                byType.merge(e.plover() == null ? "(none)" : e.plover(), 1, Integer::sum);
            }
            a.events().stream().skip(SHOWN).forEach(e -> byType.merge(e.plover() == null ? "(none)" : e.plover(), 1, Integer::sum));
            a.errors().forEach(e -> out.println("  ! " + e.stage() + ": " + e.message()));
            actors += a.actors().size();
            quotes += a.quotes().size();
            events += a.events().size();
            claims += a.claims().size();
            errors += a.errors().size();
        }
        out.println();
        out.printf("Totals: %d articles, %d actors, %d quotes, %d events, %d claims, %d errors.%n",
                analyses.size(), actors, quotes, events, claims, errors);
        if (!byType.isEmpty()) out.println("Events by PLOVER type: " + byType);
    }

    private static String speaker(Quote q) {
        return q.speaker().name() + (q.speaker().code() == null ? "" : " (" + q.speaker().code() + ")");
    }

    private static String party(Event.Party p) {
        if (p == null) return "—";
        return p.code() != null ? p.code() : p.name();
    }

    private static String clip(String s, int n) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= n ? flat : flat.substring(0, n - 1) + "…";
    }
}
