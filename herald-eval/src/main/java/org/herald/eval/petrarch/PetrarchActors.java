package org.herald.eval.petrarch;

import org.herald.Excerpt;
import org.herald.actors.Actor;
import org.herald.actors.Actors;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A reader of PETRARCH actor and agent dictionaries, enough to resolve the actors of the PETRARCH validation suite:
 * actor lines {@code NAME [CODE]} with {@code +SYNONYM} lines and dated code lines ({@code [HOB < 950601]},
 * {@code [HOBGOV 19950601 - 19990815]}, {@code [X > 990816]}); agent lines {@code NAME {PLURALS} [~AGT]} with
 * {@code !MACRO! = A, B} substitutions. Words are joined by {@code _} or spaces. It finds actors by longest match of
 * words and adds an adjacent agent's code ("Osgiliath soldiers" → OSG + MIL).
 */
public final class PetrarchActors {
    private static final int MAX_WORDS = 7;

    /** One dated code: applies on dates in [from, to]. */
    private record Dated(String code, long from, long to) {}

    private final Map<String, List<Dated>> actors;
    private final Map<String, String> agents;

    private PetrarchActors(Map<String, List<Dated>> actors, Map<String, String> agents) {
        this.actors = actors;
        this.agents = agents;
    }

    public static PetrarchActors read(String actorText, String agentText) {
        Map<String, List<Dated>> actors = new HashMap<>();
        List<String> current = new ArrayList<>();
        for (String raw : actorText.split("\r?\n")) {
            String line = raw.replaceAll("#.*", "");
            if (line.strip().isEmpty() || line.strip().startsWith("<!--")) continue;
            boolean indented = Character.isWhitespace(line.charAt(0));
            line = line.strip();
            if (indented && line.startsWith("[")) {
                Dated d = dated(line.substring(1, line.indexOf(']') < 0 ? line.length() : line.indexOf(']')));
                for (String name : current) actors.computeIfAbsent(name, k -> new ArrayList<>()).add(d);
                continue;
            }
            if (line.startsWith("+")) {
                String name = key(line.substring(1).replaceAll("\\[.*", ""));
                current.add(name);
                if (!current.isEmpty() && actors.containsKey(current.get(0)))
                    actors.computeIfAbsent(name, k -> new ArrayList<>()).addAll(actors.get(current.get(0)));
                continue;
            }
            current = new ArrayList<>();
            String name = key(line.replaceAll("\\[.*", ""));
            current.add(name);
            int a = line.indexOf('['), b = line.indexOf(']');
            if (a >= 0 && b > a) actors.computeIfAbsent(name, k -> new ArrayList<>()).add(dated(line.substring(a + 1, b)));
        }
        Map<String, String> agents = new HashMap<>();
        Map<String, List<String>> macros = new HashMap<>();
        for (String raw : agentText.split("\r?\n")) {
            String line = raw.replaceAll("#.*", "").strip();
            if (line.isEmpty() || line.startsWith("<!--")) continue;
            if (line.startsWith("!") && line.contains("=")) {
                List<String> vals = new ArrayList<>();
                for (String v : line.substring(line.indexOf('=') + 1).split(",")) vals.add(v.strip());
                macros.put(line.substring(0, line.indexOf('=')).strip(), vals);
                continue;
            }
            int a = line.lastIndexOf('['), b = line.lastIndexOf(']');
            if (a < 0 || b < a) continue;
            String code = line.substring(a + 1, b).replace("~", "").strip();
            String names = line.substring(0, a);
            List<String> forms = new ArrayList<>();
            String main = names.replaceAll("\\{.*", "").strip();
            forms.add(main);
            int ob = names.indexOf('{'), cb = names.indexOf('}');
            if (ob >= 0 && cb > ob) for (String p : names.substring(ob + 1, cb).strip().split("\\s+")) if (!p.isBlank()) forms.add(p);
            // Regular plurals, as PETRARCH forms them.
            forms.add(main.endsWith("Y") ? main.substring(0, main.length() - 1) + "IES" : main.endsWith("S") ? main + "ES" : main + "S");
            for (String f : forms) for (String expanded : expand(f, macros)) agents.put(key(expanded), code);
        }
        return new PetrarchActors(actors, agents);
    }

    private static List<String> expand(String form, Map<String, List<String>> macros) {
        for (var e : macros.entrySet()) {
            if (form.contains(e.getKey())) {
                List<String> out = new ArrayList<>();
                for (String v : e.getValue()) out.addAll(expand(form.replace(e.getKey(), v), macros));
                return out;
            }
        }
        return List.of(form);
    }

    private static Dated dated(String inside) {
        String s = inside.strip();
        String code = s.split("\\s+")[0];
        String rest = s.substring(code.length()).strip();
        long from = Long.MIN_VALUE, to = Long.MAX_VALUE;
        if (rest.startsWith("<")) to = date(rest.substring(1)) - 1;
        else if (rest.startsWith(">")) from = date(rest.substring(1)) + 1;
        else if (rest.contains("-")) {
            from = date(rest.substring(0, rest.indexOf('-')));
            to = date(rest.substring(rest.indexOf('-') + 1));
        }
        return new Dated(code.toUpperCase(Locale.ROOT), from, to);
    }

    /** YYMMDD (19xx) or YYYYMMDD as a comparable number. */
    private static long date(String s) {
        String d = s.strip();
        if (d.isEmpty()) return 0;
        long v = Long.parseLong(d.replaceAll("\\D", ""));
        return d.replaceAll("\\D", "").length() == 6 ? 19_000_000L + v : v;
    }

    private static String key(String words) {
        return words.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Actors of one sentence by longest match, with the codes in force on {@code date} (YYYYMMDD). */
    public Actors resolve(String body, Sentence sentence, long date) {
        List<Actor> out = new ArrayList<>();
        List<Token> toks = sentence.tokens();
        int i = 0;
        int lastEnd = -1;
        String listAgent = null;   // "the ambassadors of Arnor, Osgiliath and Gondor": the agent spans the list
        while (i < toks.size()) {
            int matchedEnd = -1;
            String code = null;
            for (int n = Math.min(MAX_WORDS, toks.size() - i); n >= 1 && matchedEnd < 0; n--) {
                StringBuilder sb = new StringBuilder();
                for (int k = i; k < i + n; k++) sb.append(k > i ? " " : "").append(toks.get(k).word().toLowerCase(Locale.ROOT));
                List<Dated> ds = actors.get(sb.toString());
                if (ds == null) continue;
                // A dated code in force wins over the undated default.
                for (Dated d : ds)
                    if (d.from() <= date && date <= d.to() && (code == null || d.from() != Long.MIN_VALUE || d.to() != Long.MAX_VALUE)) code = d.code();
                matchedEnd = i + n;
            }
            if (matchedEnd < 0 || code == null || code.startsWith("-")) {
                i = matchedEnd < 0 ? i + 1 : matchedEnd;
                continue;
            }
            int start = toks.get(i).start(), end = toks.get(matchedEnd - 1).end();
            // "Osgiliath soldiers", "Calenardhon government": an agent right after the actor.
            String agent = agentAt(toks, matchedEnd);
            int endTok = matchedEnd;
            if (agent != null) {
                int k = matchedEnd;
                while (k < toks.size() && agentLength(toks, k) == 0) k++;
                endTok = Math.min(toks.size(), k + agentLength(toks, k));
                end = toks.get(endTok - 1).end();
            } else {
                // "the ambassadors of Arnor": an agent right before "of" + actor.
                agent = agentBefore(toks, i);
                if (agent == null && listAgent != null && onlySeparators(toks, lastEnd, i)) agent = listAgent;
                listAgent = agent;
            }
            lastEnd = endTok;
            String full = code.toUpperCase(Locale.ROOT) + (agent == null || code.length() > 3 && code.endsWith(agent) ? "" : agent);
            String id = "p" + (out.size() + 1);
            out.add(new Actor(id, body.substring(start, end), Actor.Kind.COUNTRY, full, full.length() >= 3 ? full.substring(0, 3) : full,
                    agent, null, List.of(Excerpt.of(body, start, end)), "petrarch-dictionary"));
            i = endTok;
        }
        return new Actors(out, List.of());
    }

    private static boolean onlySeparators(List<Token> toks, int from, int to) {
        if (from < 0 || to <= from) return false;
        for (int k = from; k < to; k++) {
            String w = toks.get(k).word();
            if (!w.equals(",") && !w.equalsIgnoreCase("and") && !w.equalsIgnoreCase("or")) return false;
        }
        return true;
    }

    private String agentAt(List<Token> toks, int start) {
        // "Dagolath's first Deputy Prime Minister": skip the possessive and a modifier or two.
        int i = start;
        if (i < toks.size() && toks.get(i).word().equals("'s")) i++;
        int n = 0;
        for (int skip = 0; skip <= 2 && i + skip < toks.size(); skip++) {
            n = agentLength(toks, i + skip);
            if (n > 0) { i += skip; break; }
            if (!toks.get(i + skip).pos().startsWith("JJ") && !toks.get(i + skip).pos().equals("NNP")) break;
        }
        if (n == 0) return null;
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < i + n; k++) sb.append(k > i ? " " : "").append(toks.get(k).word().toLowerCase(Locale.ROOT));
        return agents.get(sb.toString());
    }

    private int agentLength(List<Token> toks, int i) {
        for (int n = Math.min(4, toks.size() - i); n >= 1; n--) {
            StringBuilder sb = new StringBuilder();
            for (int k = i; k < i + n; k++) sb.append(k > i ? " " : "").append(toks.get(k).word().toLowerCase(Locale.ROOT));
            if (agents.containsKey(sb.toString())) return n;
        }
        return 0;
    }

    private String agentBefore(List<Token> toks, int i) {
        if (i >= 2 && (toks.get(i - 1).word().equalsIgnoreCase("of") || toks.get(i - 1).word().equalsIgnoreCase("in"))) {
            for (int n = 1; n <= Math.min(3, i - 1); n++) {
                StringBuilder sb = new StringBuilder();
                for (int k = i - 1 - n; k < i - 1; k++) sb.append(k > i - 1 - n ? " " : "").append(toks.get(k).word().toLowerCase(Locale.ROOT));
                String a = agents.get(sb.toString());
                if (a != null) return a;
            }
        }
        if (i >= 1) {
            String a = agents.get(toks.get(i - 1).word().toLowerCase(Locale.ROOT));
            if (a != null) return a;
        }
        return null;
    }
}
