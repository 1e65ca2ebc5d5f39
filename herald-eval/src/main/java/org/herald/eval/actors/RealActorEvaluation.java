package org.herald.eval.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.herald.Excerpt;
import org.herald.Span;
import org.herald.actors.Actor;
import org.herald.eval.real.RealArticles;
import org.herald.eval.real.RealArticles.Split;
import org.herald.pipeline.Analysis;
import org.herald.pipeline.Pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scores actor codes on the parties of the real-article event annotations ({@code eval/real/events.jsonl}): every
 * annotated source and target has a CAMEO code and a mention span (UTF-16 offsets into the page's
 * {@code articleBody} in the article-extraction set's {@code ground-truth.json}). Each page of {@link RealArticles} is
 * analysed as a text document; a party mention is matched by the Herald actor mention overlapping it most.
 *
 * <p>A mention annotated in several events counts once (its first code). Per split: the share of party mentions whose
 * actor has the right country (first three letters), the right agent (letters 4-6, for codes that have one), the whole
 * code, and the share left uncoded (no overlapping actor, or one without a code). Per-mention mismatches are listed
 * for the {@code dev} split only: blind figures are totals (the protocol of {@code eval/real/README.md}).
 */
public final class RealActorEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RealActorEvaluation() { }

    /** One annotated party mention: body offsets [start, end) and its gold code. */
    public record Party(String page, String split, int start, int end, String code) {}

    /** Counts over one split. */
    public record Tally(int mentions, int countryRight, int withAgent, int agentRight, int codeRight, int uncoded) {
        static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0);

        Tally plus(Tally o) {
            return new Tally(mentions + o.mentions, countryRight + o.countryRight, withAgent + o.withAgent,
                    agentRight + o.agentRight, codeRight + o.codeRight, uncoded + o.uncoded);
        }

        public double country() { return share(countryRight, mentions); }
        public double agent() { return share(agentRight, withAgent); }
        public double code() { return share(codeRight, mentions); }
        public double uncodedShare() { return share(uncoded, mentions); }

        private static double share(int a, int b) { return b == 0 ? 0 : (double) a / b; }
    }

    /** The result of one split: its pages, the tally, and (dev only) one line per mismatch. */
    public record SplitReport(String split, int pages, int realigned, Tally tally, List<String> errors) {
        public SplitReport { errors = List.copyOf(errors); }

        public void print(PrintWriter out, boolean listErrors) {
            Tally t = tally;
            out.printf(Locale.ROOT, "%s: %d pages (%d re-aligned: the extractor changed the body), %d party mentions%n", split, pages,
                    realigned, t.mentions());
            out.printf(Locale.ROOT, "  country %.3f (%d/%d)  agent %.3f (%d/%d)  code %.3f (%d/%d)  uncoded %.3f (%d/%d)%n",
                    t.country(), t.countryRight(), t.mentions(), t.agent(), t.agentRight(), t.withAgent(),
                    t.code(), t.codeRight(), t.mentions(), t.uncodedShare(), t.uncoded(), t.mentions());
            if (listErrors) for (String e : errors) out.println("  " + e);
            else if (!errors.isEmpty()) out.printf("  %d mismatches (--errors lists them)%n", errors.size());
        }
    }

    /** The annotated party mentions of {@code eventsFile}, each span once, in file order. */
    public static List<Party> readParties(Path eventsFile) throws IOException {
        Map<String, Party> parties = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(eventsFile, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) continue;
            JsonNode o;
            try {
                o = JSON.readTree(line);
            } catch (IOException e) {
                throw new IOException(eventsFile + ":" + n + ": " + e.getMessage(), e);
            }
            String page = o.path("page").asText(""), split = o.path("split").asText("");
            if (page.isEmpty() || split.isEmpty()) throw new IOException(eventsFile + ":" + n + ": needs page and split");
            for (String side : new String[] {"sources", "targets"}) {
                for (JsonNode p : o.path(side)) {
                    JsonNode m = p.path("mention");
                    String code = p.path("code").asText("");
                    if (!m.isArray() || m.size() != 2 || !code.matches("([A-Z]{3})+")) continue;
                    Party party = new Party(page, split, m.get(0).asInt(), m.get(1).asInt(), code);
                    if (party.start() < 0 || party.end() <= party.start())
                        throw new IOException(eventsFile + ":" + n + ": bad mention span " + m);
                    parties.putIfAbsent(page + ":" + party.start() + ":" + party.end(), party);
                }
            }
        }
        return List.copyOf(parties.values());
    }

    /**
     * Scores {@code pipeline} on the splits asked for ({@code dev}, {@code blind}, or both for {@code all}), one
     * report per split that has annotated parties, dev first.
     */
    public static List<SplitReport> run(Pipeline pipeline, Path eventsFile, RealArticles articles, Split split) throws IOException {
        Map<String, List<Party>> byPage = new LinkedHashMap<>();
        for (Party p : readParties(eventsFile)) {
            articles.check(p.page(), p.split(), eventsFile.toString());
            byPage.computeIfAbsent(p.page(), k -> new ArrayList<>()).add(p);
        }
        List<SplitReport> out = new ArrayList<>();
        for (Split s : split == Split.ALL ? List.of(Split.DEV, Split.BLIND) : List.of(split)) {
            Tally total = Tally.ZERO;
            List<String> errors = new ArrayList<>();
            int pages = 0, realigned = 0;
            for (RealArticles.Article article : articles.in(s)) {
                List<Party> parties = byPage.get(article.page());
                if (parties == null) continue;
                pages++;
                RealArticles.Analysed a = RealArticles.analyze(pipeline, article);
                if (a.realigned()) realigned++;
                total = total.plus(score(a, parties, s == Split.DEV ? errors : null));
            }
            if (pages > 0) out.add(new SplitReport(s.label(), pages, realigned, total, errors));
        }
        return out;
    }

    /**
     * Scores one page's party mentions against its analysis; gold offsets are moved into Herald's body by the
     * article's {@link org.herald.eval.real.BodyAlignment} (a mention whose text the extractor dropped finds no actor).
     */
    static Tally score(RealArticles.Analysed analysed, List<Party> parties, List<String> errors) {
        Analysis a = analysed.analysis();
        String page = analysed.article().page(), body = analysed.article().body();
        List<Actor> actors = a.article() == null ? List.of() : a.actors();
        Tally t = Tally.ZERO;
        for (Party p : parties) {
            Actor best = null;
            Excerpt bestMention = null;
            Optional<Span> span = a.article() == null ? Optional.empty() : analysed.alignment().span(p.start(), p.end());
            if (span.isPresent()) {
                int start = span.get().start(), end = span.get().end(), bestOverlap = 0;
                for (Actor actor : actors) {
                    for (Excerpt m : actor.mentions()) {
                        int o = Math.min(end, m.end()) - Math.max(start, m.start());
                        if (o > bestOverlap) { bestOverlap = o; best = actor; bestMention = m; }
                    }
                }
            }
            String got = best == null ? null : best.code();
            String want = p.code();
            String wantAgent = ActorEvaluation.agentOf(want);
            boolean country = got != null && ActorEvaluation.countryOf(got).equals(ActorEvaluation.countryOf(want));
            boolean agent = wantAgent != null && wantAgent.equals(ActorEvaluation.agentOf(got));
            boolean code = want.equals(got);
            t = t.plus(new Tally(1, country ? 1 : 0, wantAgent != null ? 1 : 0, agent ? 1 : 0, code ? 1 : 0, got == null ? 1 : 0));
            if (errors != null && !code) {
                errors.add(page.substring(0, 8) + " " + p.start() + ": '" + clip(body, p.start(), p.end()) + "' expected " + want + ", got "
                        + (best == null ? "no actor" : got + " ('" + bestMention.text() + "', " + best.rule() + ")"));
            }
        }
        return t;
    }

    private static String clip(String body, int start, int end) {
        String s = body.substring(Math.min(start, body.length()), Math.min(end, body.length())).replace('\n', ' ');
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
