package org.herald.cli.output;

import org.herald.pipeline.Analysis;
import org.herald.ErrorEntry;
import org.herald.actors.Actor;
import org.herald.claims.Claim;
import org.herald.events.Event;
import org.herald.quotes.Quote;

import java.io.PrintWriter;

/** A readable summary of one analysis, for a person at a terminal. */
public final class TableWriter {
    private TableWriter() { }

    public static void write(Analysis a, PrintWriter out) {
        out.println("== " + a.id() + "  (" + a.source() + ")");
        var art = a.article();
        out.println("title:     " + orDash(art.title()));
        out.println("authors:   " + (art.authors().isEmpty() ? "-" : String.join("; ", art.authors())));
        out.println("published: " + orDash(art.published()) + "    language: " + orDash(art.language())
                + "    body: " + art.body().length() + " chars");
        if (!a.actors().isEmpty()) {
            out.println("actors:");
            for (Actor x : a.actors())
                out.printf("  %-4s %-32s %-8s %-12s %s (%d mention%s)%n", x.id(), clip(x.name(), 32), orDash(x.code()), x.kind(),
                        x.role() == null ? "" : x.role(), x.mentions().size(), x.mentions().size() == 1 ? "" : "s");
        }
        if (!a.quotes().isEmpty()) {
            out.println("quotes:");
            for (Quote q : a.quotes()) {
                String who = q.speaker() == null ? "(unknown)" : q.speaker().name() + (q.speaker().code() == null ? "" : " [" + q.speaker().code() + "]");
                out.printf("  %-4s %-8s %s: \"%s\"%n", q.id(), q.kind(), who, clip(q.text(), 100));
            }
        }
        if (!a.events().isEmpty()) {
            out.println("events:");
            for (Event e : a.events())
                out.printf("  %-4s %-5s %-10s %-10s -> %-10s \"%s\"%n", e.id(), e.cameo(), orDash(e.plover()), party(e.source()),
                        party(e.target()), clip(e.evidence().text(), 70));
        }
        if (!a.claims().isEmpty()) {
            out.println("claims:");
            for (Claim c : a.claims())
                out.printf("  %-4s %-40s value=%s unit=%s by=%s%n", c.id(), clip(c.text(), 40), c.value(), orDash(c.unit()), orDash(c.attributedTo()));
        }
        for (ErrorEntry e : a.errors()) out.println("error [" + e.stage() + "]: " + e.message());
        out.println();
    }

    private static String party(Event.Party p) {
        return p == null ? "-" : (p.code() != null ? p.code() : clip(p.name(), 10));
    }

    private static String orDash(String s) { return s == null || s.isEmpty() ? "-" : s; }

    private static String clip(String s, int n) {
        if (s == null) return "-";
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= n ? flat : flat.substring(0, n - 1) + "…";
    }
}
