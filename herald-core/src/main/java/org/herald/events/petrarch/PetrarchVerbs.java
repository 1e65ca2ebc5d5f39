package org.herald.events.petrarch;

import org.herald.events.CameoCode;
import org.herald.events.Pattern;
import org.herald.events.Slot;
import org.herald.knowledge.KnowledgeException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports a PETRARCH verb dictionary (the PETRARCH-2 syntax of {@code CAMEO.2.0.txt}, and the older TABARI-style
 * lines of PETRARCH-1, whose underscores join words) into Herald {@link Pattern}s over the dependency parse:
 * <ul>
 *   <li>{@code &NAME} starts a synset, {@code +WORD} lines are its members (a member may itself be {@code +&OTHER});</li>
 *   <li>{@code --- NAME [code] ---} starts a verb block; the lines after it are the verb's forms, irregular ones in
 *       {@code { }}, multi-word verbs joined by {@code _} or starting with {@code +}; a form may carry its own code;</li>
 *   <li>{@code - ... * ... [code]} is a pattern: {@code *} the verb, {@code { }} a noun phrase, {@code ( )} a prepositional
 *       phrase, {@code $} the source, {@code +} the target, {@code %} a compound actor, {@code &NAME} any synset member;</li>
 *   <li>{@code [a:b]} paired codes (a for source → target, b for the reverse event); {@code [---]} codes nothing;</li>
 *   <li>{@code ~} transformation lines are read and counted but not applied (see {@link Stats#transformations}).</li>
 * </ul>
 * Codes are taken as given, even where they are not CAMEO; codes that are not two to four digits ("075A") cannot be
 * Herald events and are counted in {@link Stats#skippedCodes}.
 */
public final class PetrarchVerbs {
    /** What an import read and what it had to leave out. */
    public record Stats(int verbs, int patterns, int synsets, int transformations, int skippedCodes, int noEventCodes) {}

    /** The imported patterns with their counts. */
    public record Import(List<Pattern> patterns, Stats stats) {
        public Import { patterns = List.copyOf(patterns); }
    }

    private PetrarchVerbs() { }

    public static Import read(String file, String text) {
        String shortName = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        Map<String, Set<String>> synsets = new HashMap<>();
        List<Pattern> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        String currentSynset = null;
        String blockCode = null;
        List<String[]> blockVerbs = new ArrayList<>();   // {head lemma, rest words (space-separated) or ""}
        int verbs = 0, patterns = 0, transformations = 0, skipped = 0, noEvent = 0;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.strip().startsWith("<!--")) continue;
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            line = line.strip();
            if (line.isEmpty()) continue;
            try {
                if (line.startsWith("&")) {
                    currentSynset = line.split("\\s+")[0].toUpperCase(Locale.ROOT);
                    synsets.put(currentSynset, new LinkedHashSet<>());
                    continue;
                }
                if (line.startsWith("---")) {
                    currentSynset = null;
                    String inner = line.replaceAll("^-+", "").replaceAll("-+$", "").strip();
                    blockCode = bracket(inner);
                    blockVerbs = new ArrayList<>();
                    String name = inner.replaceAll("\\[.*", "").strip();
                    if (!name.isEmpty()) {
                        blockVerbs.add(verbForm(name));
                        verbs++;
                    }
                    continue;
                }
                if (line.startsWith("~")) {
                    transformations++;
                    continue;
                }
                if (line.startsWith("+") && currentSynset != null) {
                    String member = line.substring(1).replaceAll("\\[.*", "").strip();
                    if (member.startsWith("&")) {
                        Set<String> nested = synsets.get(member.toUpperCase(Locale.ROOT));
                        if (nested == null) throw new IllegalArgumentException("synset " + member + " used before it is defined");
                        synsets.get(currentSynset).addAll(nested);
                    } else {
                        synsets.get(currentSynset).addAll(forms(member));
                    }
                    continue;
                }
                if (blockCode == null) throw new IllegalArgumentException("line outside a verb block or synset: " + line);
                currentSynset = null;
                boolean isPattern = line.startsWith("-") || line.startsWith("*");
                if (!isPattern) {
                    // A verb form: "SIGNAL {SIGNALS SIGNALLED}", "+TAKE_NOTE {...}", "KLM_NOP_+RST [002]".
                    String form = line.replaceAll("\\{[^}]*}", "").replaceAll("\\[.*", "").strip();
                    if (form.startsWith("+")) form = form.substring(1);
                    if (!form.isEmpty()) {
                        blockVerbs.add(verbForm(form));
                        verbs++;
                    }
                    continue;
                }
                patterns++;
                String code = bracket(line);
                if (code == null) code = blockCode;
                if (code == null || code.startsWith("-")) {
                    noEvent++;
                    continue;
                }
                String[] pair = code.split(":");
                if (!pair[0].matches("\\d{2,4}") || pair.length > 1 && !pair[1].matches("\\d{2,4}")) {
                    skipped++;
                    continue;
                }
                String body = line.startsWith("-") ? line.substring(1) : line;
                body = body.replaceAll("\\[[^]]*]", "").strip();
                for (String[] v : blockVerbs) {
                    List<Slot> slots = new ArrayList<>(patternSlots(body, synsets));
                    if (!v[1].isEmpty()) slots.add(new Slot(Slot.Kind.WORD, "word", forms(v[1]), Slot.Role.NONE, false));
                    out.add(new Pattern(CameoCode.of(pair[0]), Set.of(v[0]), false, slots, shortName + ":" + (n + 1),
                            pair.length > 1 ? CameoCode.of(pair[1]) : null));
                }
            } catch (IllegalArgumentException e) {
                throw new KnowledgeException(file, n + 1, e.getMessage());
            }
        }
        // A verb block with a code and no pattern lines codes the bare verb: emitted for blocks read above.
        return new Import(withBareVerbs(text, out, shortName), new Stats(verbs, patterns, synsets.size(), transformations, skipped, noEvent));
    }

    /** Adds one slot-less pattern per verb block whose own code is a code, so the bare verb codes as PETRARCH does. */
    private static List<Pattern> withBareVerbs(String text, List<Pattern> patterns, String shortName) {
        List<Pattern> out = new ArrayList<>(patterns);
        String[] lines = text.split("\r?\n", -1);
        String code = null;
        int line = 0;
        Set<String> heads = new LinkedHashSet<>();
        for (int n = 0; n <= lines.length; n++) {
            String l = n < lines.length ? lines[n].replaceAll("#.*", "").strip() : "---";
            if (l.startsWith("---") || l.startsWith("&")) {
                if (code != null && code.matches("\\d{2,4}(:\\d{2,4})?") && !heads.isEmpty()) {
                    String[] pair = code.split(":");
                    out.add(new Pattern(CameoCode.of(pair[0]), heads, false, List.of(), shortName + ":" + line,
                            pair.length > 1 ? CameoCode.of(pair[1]) : null));
                }
                code = null;
                heads = new LinkedHashSet<>();
                if (l.startsWith("---")) {
                    String inner = l.replaceAll("^-+", "").replaceAll("-+$", "").strip();
                    code = bracket(inner);
                    line = n + 1;
                    String name = inner.replaceAll("\\[.*", "").strip();
                    if (!name.isEmpty()) heads.add(verbForm(name)[0]);
                }
                continue;
            }
            if (code != null && !l.isEmpty() && !l.startsWith("-") && !l.startsWith("*") && !l.startsWith("<") && !l.startsWith("~")) {
                String form = l.replaceAll("\\{[^}]*}", "").replaceAll("\\[.*", "").strip();
                if (form.startsWith("+")) form = form.substring(1);
                if (!form.isEmpty() && !form.contains(" ") && !form.contains("_")) heads.add(verbForm(form)[0]);
            }
        }
        return out;
    }

    private static String bracket(String s) {
        int a = s.lastIndexOf('['), b = s.lastIndexOf(']');
        if (a < 0 || b < a) return null;
        return s.substring(a + 1, b).strip();
    }

    /** "TAKE_NOTE" → {"take", "note"}: the head verb's lemma and the words that must come with it. */
    private static String[] verbForm(String form) {
        String[] words = form.replace('+', ' ').replace('_', ' ').strip().toLowerCase(Locale.ROOT).split("\\s+");
        String rest = words.length > 1 ? String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length)) : "";
        return new String[] {words[0], rest.strip()};
    }

    /** The slots of a pattern body such as "* (TO {PEACE PLAN}) + &CURRENCY". */
    static List<Slot> patternSlots(String body, Map<String, Set<String>> synsets) {
        List<Slot> slots = new ArrayList<>();
        String s = body.replace("{", " { ").replace("}", " } ").replace("(", " ( ").replace(")", " ) ");
        String[] toks = s.strip().split("\\s+");
        boolean afterVerb = false;
        for (int i = 0; i < toks.length; i++) {
            String t = toks[i];
            if (t.isEmpty() || t.equals("{") || t.equals("}") || t.equals("%") || t.equals("^")) continue;
            if (t.equals("*") || t.endsWith("_*") || t.startsWith("*_")) {
                afterVerb = true;
                continue;
            }
            if (t.equals("(")) {
                int close = i + 1;
                while (close < toks.length && !toks[close].equals(")")) close++;
                List<String> inner = new ArrayList<>();
                for (int k = i + 1; k < close; k++) if (!toks[k].equals("{") && !toks[k].equals("}")) inner.add(toks[k]);
                i = close;
                if (inner.isEmpty()) continue;
                String prep = inner.get(0).toLowerCase(Locale.ROOT).replace("_", "");
                Slot.Role role = inner.contains("+") ? Slot.Role.TARGET : inner.contains("$") ? Slot.Role.SOURCE : Slot.Role.NONE;
                Set<String> lemmas = Set.of();
                for (int k = inner.size() - 1; k >= 1; k--) {
                    String w = inner.get(k);
                    if (w.equals("+") || w.equals("$") || w.equals("%")) continue;
                    lemmas = words(w, synsets);
                    break;
                }
                slots.add(new Slot(Slot.Kind.PP, prep, role == Slot.Role.NONE ? lemmas : Set.of(), role, false));
                if (role != Slot.Role.NONE && !lemmas.isEmpty()) slots.add(new Slot(Slot.Kind.WORD, "word", lemmas, Slot.Role.NONE, false));
                continue;
            }
            if (t.equals("+")) {
                if (afterVerb) slots.add(new Slot(Slot.Kind.REL, "obj", Set.of(), Slot.Role.TARGET, false));
                continue;
            }
            if (t.equals("$")) continue;   // the subject is the source by default
            for (String part : t.split("_")) {
                if (part.isEmpty() || part.equals("*") || part.equals("+") || part.equals("$")) continue;
                slots.add(new Slot(Slot.Kind.WORD, "word", words(part, synsets), Slot.Role.NONE, false));
            }
        }
        return slots;
    }

    private static Set<String> words(String w, Map<String, Set<String>> synsets) {
        if (w.startsWith("&")) {
            Set<String> members = synsets.get(w.toUpperCase(Locale.ROOT).replaceAll("_+$", ""));
            if (members == null) members = synsets.get(w.toUpperCase(Locale.ROOT));
            // PETRARCH itself lets a pattern naming an undefined synset go unmatched: so does Herald (no word is "&name").
            return members == null ? Set.of(w.toLowerCase(Locale.ROOT)) : members;
        }
        return forms(w);
    }

    /** A dictionary word as lemmas: lower case, and its singular for a plural ("PROGRAMS" → "program"). */
    static Set<String> forms(String word) {
        Set<String> out = new LinkedHashSet<>();
        String w = word.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
        if (w.isEmpty()) return out;
        if (w.contains(" ")) w = w.substring(w.lastIndexOf(' ') + 1);   // a multi-word member: its head word
        out.add(w);
        if (w.endsWith("ies")) out.add(w.substring(0, w.length() - 3) + "y");
        else if (w.endsWith("es")) { out.add(w.substring(0, w.length() - 2)); out.add(w.substring(0, w.length() - 1)); }
        else if (w.endsWith("s") && w.length() > 3) out.add(w.substring(0, w.length() - 1));
        return out;
    }
}
