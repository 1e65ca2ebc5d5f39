package org.herald.actors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The country of actors the text gives a role but no country ("police", "the governor", "Gov. Kristi Noem"), in this
 * order: for a bare role word, the country of the same role named earlier with one ("Swedish prosecutors" ...
 * "Prosecutors"); the article's dateline ("LAGOS, Nigeria (Reuters) -", "WASHINGTON —") resolved by the gazetteer, where the
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
            String[] from = "role.bare".equals(e.rule) ? antecedent(e) : null;
            if (from == null) from = found;
            if (from == null) {
                // A bare role word with no country anywhere ("an official said") is not an actor worth listing.
                if ("role.bare".equals(e.rule)) table.remove(e);
                continue;
            }
            ActorTable.setCode(e, from[0] + e.agent, e.agent);
            e.countryFrom = from[1];
        }
    }

    /**
     * "Swedish prosecutors reopened the case ... Prosecutors said": the same role word, named earlier with a country
     * the text gives and the same agent, is the same body; its country and {@code role:<its words>}, or null.
     */
    private String[] antecedent(ActorTable.Entry bare) {
        String head = head(bare.name);
        int first = bare.mentions.firstKey();
        String[] best = null;
        int at = -1;
        for (ActorTable.Entry o : table.entries()) {
            if (o == bare || o.code == null || o.countryFrom != null || !bare.agent.equals(o.agent) || o.mentions.isEmpty()) continue;
            int start = o.mentions.firstKey();
            if (start >= first || start < at || !head.equals(head(o.name)) || NOT_COUNTRIES.contains(o.country)) continue;
            at = start;
            best = new String[] {o.country, "role:" + o.name};
        }
        return best;
    }

    /** The last word of a name, lower case, without a plural s: "Swedish prosecutors" and "Prosecutors" share "prosecutor". */
    private static String head(String name) {
        String[] words = name.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String w = words[words.length - 1];
        return w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
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
