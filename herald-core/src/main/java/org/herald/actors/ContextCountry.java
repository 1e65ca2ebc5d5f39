package org.herald.actors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The country of actors the text gives a role but no country ("police", "the governor", "Gov. Kristi Noem"), in this
 * order: the article's dateline ("LAGOS, Nigeria (Reuters) -", "WASHINGTON —") resolved by the gazetteer, where the
 * story is reported from; else the country of the places of {@code places.tsv} the article names (states, provinces,
 * large cities: one vote a mention, the country with most votes), since domestic actors are where the story happens
 * ("Hong Kong police" in an article that names China more are still Hong Kong's; a single mention of a place
 * counts: requiring two lost more than it saved on the development articles); else the country the article names most
 * (countries, their organs and people, and places, one vote a mention). The actor records which
 * ({@link Actor#countryFrom}). Actors with a place named with them ("a Texas man") were given that place's country
 * by the name rules already. Nothing is inferred in a document that names no country or place.
 */
final class ContextCountry {
    /** A dateline: capitalised place words (and a second place after a comma), an optional agency, then a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*([A-Z][A-Za-z.'’ -]{1,40}?)(?:,\\s*([A-Z][A-Za-z.'’ ]{1,30}?))?\\s*(?:\\([^)\\n]{1,40}\\))?\\s*(?:—|–|--|-)\\s");
    /** Codes that are not countries: international and non-governmental organisations. */
    private static final Set<String> NOT_COUNTRIES = Set.of("IGO", "NGO", "MNC", "UIS");

    private final ActorTable table;
    private final Gazetteer gazetteer;

    ContextCountry(ActorTable table, Gazetteer gazetteer) {
        this.table = table;
        this.gazetteer = gazetteer;
    }

    void apply() {
        String[] found = dateline(table.body());
        if (found == null) found = namedPlaces();
        if (found == null) found = dominant();
        for (ActorTable.Entry e : table.entries()) {
            if (e.code != null || e.agent == null || e.mentions.isEmpty()) continue;
            // A bare role word with no country anywhere ("an official said") is not an actor worth listing.
            if (found == null) {
                if ("role.bare".equals(e.rule)) table.remove(e);
                continue;
            }
            ActorTable.setCode(e, found[0] + e.agent, e.agent);
            e.countryFrom = found[1];
        }
    }

    /** The dateline's country and {@code dateline:<words>}, or null when the body opens with none known. */
    String[] dateline(String body) {
        Matcher m = DATELINE.matcher(body.length() > 120 ? body.substring(0, 120) : body);
        if (!m.find()) return null;
        for (String words : new String[] {m.group(2), m.group(1)}) {
            if (words == null) continue;
            Gazetteer.Entry e = gazetteer.named(words);
            if (e != null && (e.kind() == Actor.Kind.COUNTRY || e.form() == Gazetteer.Form.PLACE) && !NOT_COUNTRIES.contains(e.country()))
                return new String[] {e.country(), "dateline:" + m.group(1).strip()};
        }
        return null;
    }

    /**
     * The country whose places the article names most and {@code place:<its most-named place>}, or null when it names no place of {@code places.tsv}. The first named wins a tie.
     */
    private String[] namedPlaces() {
        Map<String, Integer> votes = new LinkedHashMap<>();
        Map<String, ActorTable.Entry> top = new LinkedHashMap<>();
        for (ActorTable.Entry e : table.entries()) {
            // A place alone ("in Kentucky") or an actor named with one ("a Texas man", "Lagos police").
            String c = e.kind == Actor.Kind.PLACE ? e.placeCountry
                    : e.countryFrom != null && e.countryFrom.startsWith("place:") ? e.country : null;
            if (c == null || e.mentions.isEmpty()) continue;
            votes.merge(c, e.mentions.size(), Integer::sum);
            top.merge(c, e, (a, b) -> b.mentions.size() > a.mentions.size() ? b : a);
        }
        String best = null;
        int most = 0;
        for (var v : votes.entrySet()) if (v.getValue() > most) { most = v.getValue(); best = v.getKey(); }
        if (best == null) return null;
        ActorTable.Entry where = top.get(best);
        return new String[] {best, where.kind == Actor.Kind.PLACE ? "place:" + where.name : where.countryFrom};
    }

    /** The country with most mentions and {@code article:<code>}; the first named wins a tie; null if none. */
    private String[] dominant() {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (ActorTable.Entry e : table.entries()) {
            String c = e.placeCountry != null ? e.placeCountry : e.countryFrom == null ? e.country : null;
            if (c == null || NOT_COUNTRIES.contains(c) || e.kind == Actor.Kind.GROUP && e.rule.startsWith("gazetteer")) continue;
            votes.merge(c, e.mentions.size(), Integer::sum);
        }
        String best = null;
        int most = 0;
        for (var v : votes.entrySet()) if (v.getValue() > most) { most = v.getValue(); best = v.getKey(); }
        return best == null ? null : new String[] {best, "article:" + best};
    }
}
