package org.herald.store;

import org.herald.Excerpt;
import org.herald.Span;
import org.herald.actors.Actor;
import org.herald.events.Event;
import org.herald.events.EventDate;
import org.herald.events.Repair;
import org.herald.extract.Article;
import org.herald.pipeline.Analysis;
import org.herald.quotes.Quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated analyses for benchmarks and tests: articles of a fixed shape (a sentence per event, a quote per article)
 * between generated actors, with CAMEO codes, PLOVER types and days drawn from a seeded random source, so the same seed
 * gives the same store. They are not news: their words are only there to be stored, searched and counted.
 */
public final class Synthetic {
    private static final String[] COUNTRIES = {"USA", "RUS", "UKR", "PRK", "KOR", "CHN", "GBR", "FRA", "DEU", "IRN", "ISR", "TUR", "IND", "PAK",
            "BRA", "ZAF", "NGA", "EGY", "SAU", "JPN", "AUS", "CAN", "MEX", "POL", "SYR", "IRQ", "AFG", "VEN", "CUB", "ETH"};
    private static final String[] AGENTS = {"", "GOV", "MIL", "GOV", ""};
    private static final String[][] CODES = {{"010", null}, {"036", "CONSULT"}, {"042", "CONSULT"}, {"051", "SUPPORT"}, {"057", "AGREE"},
            {"061", "COOPERATE"}, {"071", "AID"}, {"112", "ACCUSE"}, {"111", "ACCUSE"}, {"125", "REJECT"}, {"130", "THREATEN"},
            {"141", "PROTEST"}, {"154", "MOBILIZE"}, {"163", "SANCTION"}, {"172", "COERCE"}, {"190", "ASSAULT"}, {"193", "ASSAULT"}};
    private static final String[] VERBS = {"said", "met", "urged", "backed", "signed", "aided", "accused", "criticised", "rejected", "warned",
            "protested", "deployed", "sanctioned", "restricted", "attacked", "fought"};
    private static final String[] WORDS = {"talks", "border", "ministers", "council", "troops", "aid", "sanctions", "ceasefire", "summit",
            "envoy", "treaty", "violation", "resolution", "pressure", "grain", "missiles", "elections", "refugees", "ports", "markets"};

    private final SplittableRandom random;
    private final LocalDate firstDay;
    private final int days;

    public Synthetic(long seed, LocalDate firstDay, int days) {
        this.random = new SplittableRandom(seed);
        this.firstDay = firstDay;
        this.days = days;
    }

    /** Document {@code n} with {@code events} events (and as many sentences). */
    public Analysis next(int n, int events) {
        LocalDate published = firstDay.plusDays(random.nextInt(days));
        StringBuilder body = new StringBuilder();
        List<Actor> actors = new ArrayList<>();
        List<Event> evs = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            String src = COUNTRIES[random.nextInt(COUNTRIES.length)] + AGENTS[random.nextInt(AGENTS.length)];
            String tgt = COUNTRIES[random.nextInt(COUNTRIES.length)];
            String[] code = CODES[random.nextInt(CODES.length)];
            if (i > 0) body.append(i % 3 == 0 ? "\n\n" : " ");
            int s0 = body.length();
            body.append(src).append(' ');
            int v0 = body.length();
            String verb = VERBS[random.nextInt(VERBS.length)];
            body.append(verb);
            int v1 = body.length();
            body.append(' ').append(tgt);
            int t0 = body.length() - 3;
            body.append(" over ").append(WORDS[random.nextInt(WORDS.length)]).append(" and ").append(WORDS[random.nextInt(WORDS.length)]).append('.');
            String sid = "a" + (actors.size() + 1);
            actors.add(new Actor(sid, src, Actor.Kind.COUNTRY, src, src.substring(0, 3), src.length() > 3 ? src.substring(3) : null, null,
                    List.of(new Excerpt(s0, s0 + src.length(), src)), "synthetic"));
            String tid = "a" + (actors.size() + 1);
            // Every other target's country is inferred, every third event needed a parse repair (no random draw: the
            // documents of a seed stay those they were).
            actors.add(new Actor(tid, tgt, Actor.Kind.COUNTRY, tgt, tgt, null, null, List.of(new Excerpt(t0, t0 + 3, tgt)), "synthetic",
                    i % 2 == 1 ? "article:" + tgt : null));
            LocalDate day = published.minusDays(random.nextInt(3));
            spans.add(new int[]{v0, v1});
            evs.add(new Event("e" + (i + 1), code[0], code[0].substring(0, 2), code[1], null, new Event.Party(sid, src, src), new Event.Party(tid, tgt, tgt), i,
                    new Excerpt(v0, v1, verb), null, 0.5 + random.nextInt(5) / 10.0, "synthetic", null,
                    i % 3 == 2 ? List.of(Repair.STRANDED_OBJECT.id(), Repair.PHRASE_HOSTS.id()) : List.of())
                    .withDate(new EventDate(day.toString(), "day", null, "reference", "published", published.toString())));
        }
        String text = body.toString();
        List<Quote> quotes = new ArrayList<>();
        if (!evs.isEmpty()) {
            int[] sp = spans.get(0);
            int qs = 0, qe = text.indexOf('.') + 1;
            quotes.add(new Quote("q1", Quote.Kind.INDIRECT, text.substring(qs, qe), qs, qe, List.of(new Span(qs, qe)),
                    new Quote.Speaker(actors.get(0).id(), actors.get(0).name(), actors.get(0).code(), 0, sp[0] - 1), "said", "synthetic",
                    // Every mode in turn, so that filters by mode have each to tell apart.
                    Quote.Mode.values()[n % Quote.Mode.values().length]));
        }
        Article article = new Article("Synthetic article " + n, List.of("Herald"), published.toString(), "en", text, "synthetic",
                n % 2 == 0 ? published.plusDays(1).toString() : null);
        return new Analysis("syn-" + n, "https://synthetic" + (n % 50) + ".example/" + n, article, actors, quotes, evs, List.of(), List.of(), List.of());
    }
}
