package org.herald.actors.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns PETRARCH/TABARI dictionaries into Herald knowledge files for a user's knowledge folder: actors whose code is
 * a country (3 letters) go to {@code actors/countries.tsv} (with an agent, as a seat: "WHITE_HOUSE [USAGOV]"),
 * IGO/NGO codes to {@code actors/igos.tsv}, suffix agents to {@code actors/roles.tsv}. Each code is the one that
 * holds on the {@code asOf} date. What Herald cannot express is listed in {@link Result#skipped} with its
 * {@code file:line}: null codes, codes that are not CAMEO-shaped, prefix agents ({@code [NGO~]}), stems.
 */
public final class PetrarchConverter {
    private static final String LICENCE = "# Converted by `herald actors import` from PETRARCH/TABARI dictionaries; keep the dictionaries' own licence.\n";

    /** The three files' text and what was left out. */
    public record Result(String countries, String igos, String roles, int actors, int agents, List<String> skipped) {
        public Result { skipped = List.copyOf(skipped); }
    }

    private PetrarchConverter() { }

    public static Result convert(List<PetrarchActor> actors, List<PetrarchAgent> agents, LocalDate asOf) {
        StringBuilder countries = new StringBuilder("# Herald actors: countries imported from PETRARCH/TABARI actor dictionaries (as of " + asOf + ").\n"
                + "# Columns as in the shipped countries.tsv.\n" + LICENCE + "code\tname\taliases\tdemonyms\tcapitals\tseats\n");
        StringBuilder igos = new StringBuilder("# Herald actors: organisations imported from PETRARCH/TABARI actor dictionaries (as of " + asOf + ").\n"
                + "# Columns as in the shipped igos.tsv.\n" + LICENCE + "code\tname\taliases\n");
        StringBuilder roles = new StringBuilder("# Herald actors: roles imported from PETRARCH agent dictionaries.\n"
                + "# Columns as in the shipped roles.tsv.\n" + LICENCE + "phrase\tagent\tkind\n");
        List<String> skipped = new ArrayList<>();
        int actorRows = 0, agentRows = 0;
        for (PetrarchActor a : actors) {
            String where = a.file() + ":" + a.line();
            String code = a.codeOn(asOf);
            if (code == null) { skipped.add(where + ": " + a.names().get(0).words() + ": no code on " + asOf); continue; }
            if (!code.matches("([A-Z]{3})+")) { skipped.add(where + ": " + a.names().get(0).words() + ": '" + code + "' is not a CAMEO code"); continue; }
            List<String> names = new ArrayList<>();
            // Herald matches whole words: a TABARI stem ("ARGENTIN") only matches that word itself.
            for (DictionaryPhrase p : a.names()) names.add(p.asName());
            String name = names.get(0);
            String aliases = String.join("|", names.subList(1, names.size()));
            if (code.startsWith("IGO") || code.startsWith("NGO")) {
                igos.append(code).append('\t').append(name).append('\t').append(aliases).append('\n');
            } else if (code.length() == 3) {
                countries.append(code).append('\t').append(name).append('\t').append(aliases).append("\t\t\t\n");
            } else {
                // "WHITE_HOUSE [USAGOV]": a seat of the country with that agent.
                String agent = code.substring(3, 6);
                if (code.length() > 6) skipped.add(where + ": " + name + ": only the first agent of '" + code + "' is kept");
                StringBuilder seats = new StringBuilder();
                for (String n : names) seats.append(seats.length() == 0 ? "" : "|").append(n).append(':').append(agent);
                countries.append(code, 0, 3).append('\t').append(name).append("\t\t\t\t").append(seats).append('\n');
            }
            actorRows++;
        }
        for (PetrarchAgent g : agents) {
            String where = g.file() + ":" + g.line();
            if (g.prefix()) { skipped.add(where + ": " + g.phrase().words() + ": prefix agent [" + g.code() + "~] has no Herald form"); continue; }
            if (!g.code().matches("([A-Z]{3})+")) { skipped.add(where + ": " + g.phrase().words() + ": '" + g.code() + "' is not a CAMEO agent code"); continue; }
            // With plurals, the phrase names one person ("minister") and the plurals a group; "{}" (no plural)
            // marks a collective noun ("POLICE", "TROOPS"), a group itself.
            String kind = g.plurals().isEmpty() ? "group" : "person";
            roles.append(g.phrase().words().toLowerCase(Locale.ROOT)).append('\t').append(g.code()).append('\t').append(kind).append('\n');
            List<String> plurals = new ArrayList<>();
            for (DictionaryPhrase p : g.plurals()) plurals.add(p.words().toLowerCase(Locale.ROOT));
            if (!plurals.isEmpty()) roles.append(String.join("|", plurals)).append('\t').append(g.code()).append("\tgroup\n");
            agentRows++;
        }
        return new Result(countries.toString(), igos.toString(), roles.toString(), actorRows, agentRows, skipped);
    }
}
