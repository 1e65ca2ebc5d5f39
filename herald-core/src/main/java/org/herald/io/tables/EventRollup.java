package org.herald.io.tables;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One event's row of {@code events} from all its reports in {@code event_mentions}: counts of mentions, documents and
 * outlets (a document without a URL is an outlet of its own), the first report's names, URL and lead flag (GDELT's
 * IsRootEvent), when it was first and last seen, and its best confidence. The first report is the one stored first
 * (then by document id and sentence).
 */
public final class EventRollup {
    private EventRollup() { }

    /** A report of an event: its {@code event_mentions} row and what the rollup needs of its document. */
    public record Report(Object[] mention, String outlet, String url, String source, Instant ingestedAt) {}

    private static final Table M = Tables.EVENT_MENTIONS;

    private static final Comparator<Report> FIRST = Comparator.comparing(Report::ingestedAt)
            .thenComparing(r -> M.<String>get(r.mention(), "doc_id"))
            .thenComparing(r -> M.<Integer>get(r.mention(), "sentence"))
            .thenComparing(r -> M.<String>get(r.mention(), "mention_id"));

    public static Object[] of(List<Report> reports) {
        if (reports.isEmpty()) throw new IllegalArgumentException("an event has at least one report");
        Report first = reports.stream().min(FIRST).orElseThrow();
        Object[] f = first.mention();
        long id = M.<Long>get(f, "event_id");
        Set<String> docs = new HashSet<>(), outlets = new HashSet<>();
        Instant last = first.ingestedAt();
        double confidence = 0;
        for (Report r : reports) {
            if (M.<Long>get(r.mention(), "event_id") != id) throw new IllegalArgumentException("reports of different events");
            String doc = M.get(r.mention(), "doc_id");
            docs.add(doc);
            outlets.add(r.outlet() != null ? r.outlet() : "document:" + doc);
            if (r.ingestedAt().isAfter(last)) last = r.ingestedAt();
            confidence = Math.max(confidence, M.<Double>get(r.mention(), "confidence"));
        }
        return Tables.EVENTS.check(new Object[]{id, M.get(f, "event_key"), M.get(f, "day"), M.get(f, "precision"),
                M.get(f, "source_code"), M.get(f, "source_name"), M.get(f, "target_code"), M.get(f, "target_name"),
                M.get(f, "cameo"), M.get(f, "base_code"), M.get(f, "root_code"), M.get(f, "plover"), M.get(f, "mode"),
                M.get(f, "quad_class"), M.get(f, "phoenix_quad"), M.get(f, "goldstein"), M.get(f, "in_lead"),
                reports.size(), docs.size(), outlets.size(), M.get(f, "doc_id"), first.url() != null ? first.url() : first.source(),
                first.ingestedAt(), last, confidence});
    }
}
