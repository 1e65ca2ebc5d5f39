package org.herald.events;

import org.herald.knowledge.KnowledgeException;
import org.herald.knowledge.KnowledgeSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads {@code events/patterns/<root>-<name>.rules}. One pattern a line:
 * <pre>
 *   @CRITICISM = criticism|condemnation|censure          macro (usable in any lemma list of the same file)
 *   111  face  obj(@CRITICISM)  pp:from=source  nsubj=target
 *   0874 withdraw|pull  obj(troop|force)  ?pp:from=target
 *   154  deployment/n  pp:of=source  ?pp:to=target
 * </pre>
 * Columns are separated by runs of white space: CAMEO code, head lemmas ({@code |}-separated, {@code /n} for a noun
 * head), then slots {@code [?]REL[(lemmas)][=source|=target]}: REL is a dependency relation (nsubj, obj, iobj,
 * xcomp, ccomp, advcl, prt ...) or {@code pp:PREP}. {@code #} starts a comment. A bad line fails with file:line.
 *
 * <p>An entry that can never match fails too: heads are looked up by one word's lemma, so a head is one word
 * ({@code air_strike} is the head {@code strike}); a slot's word matches by its lemma or form, or together with the
 * word just before it ({@code martial_law}), so a slot entry has at most two words ({@code state_of_emergency} is
 * {@code obj(state)  pp:of(emergency)}); a slot's relation is one the parser writes (Universal Dependencies v2:
 * {@code dobj} or {@code nsubjpass} never match).
 */
public final class PatternReader {
    private static final java.util.regex.Pattern SLOT =
            java.util.regex.Pattern.compile("(\\?)?([a-z]+(?::[a-z_]+)?)(?:\\(([^)]*)\\))?(?:=(source|target))?");
    /**
     * The relations CoreNLP's enhanced++ Universal Dependencies (v2) put on a word, and Herald's aliases {@code prt}
     * and {@code clause}: a slot by any other name ({@code dobj}, {@code nsubjpass}, {@code prep}: older schemes) never
     * finds a dependent.
     */
    private static final Set<String> RELATIONS = Set.of("nsubj", "obj", "iobj", "csubj", "ccomp", "xcomp", "obl", "vocative", "expl",
            "dislocated", "advcl", "advmod", "discourse", "aux", "cop", "mark", "nmod", "appos", "nummod", "acl", "amod", "det", "clf", "case",
            "conj", "cc", "fixed", "flat", "compound", "list", "parataxis", "orphan", "goeswith", "reparandum", "punct", "dep", "prt", "clause");
    /** Subtypes CoreNLP writes whatever the sentence's words; obl, nmod, advcl, acl and conj also take a preposition or marker. */
    private static final Set<String> SUBTYPES = Set.of("nsubj:pass", "csubj:pass", "aux:pass", "obl:agent", "obl:tmod", "obl:npmod",
            "nmod:poss", "nmod:tmod", "nmod:npmod", "nmod:agent", "compound:prt", "det:predet", "acl:relcl", "cc:preconj", "flat:foreign");
    private static final Set<String> MARKED = Set.of("obl", "nmod", "advcl", "acl", "conj");
    /** The matcher joins a word with the one before it, no more ({@link FrameMatcher#lemmaFits}). */
    private static final int MAX_SLOT_WORDS = 2;
    static final List<String> ROOT_FILES = List.of(
            "01-statement", "02-appeal", "03-intend", "04-consult", "05-diplomatic-cooperation", "06-material-cooperation",
            "07-aid", "08-yield", "09-investigate", "10-demand", "11-disapprove", "12-reject", "13-threaten", "14-protest",
            "15-force-posture", "16-reduce-relations", "17-coerce", "18-assault", "19-fight", "20-mass-violence");

    private PatternReader() { }

    /** The shipped pattern files (one per CAMEO root), then the user's {@code events/patterns/*.rules}. */
    public static List<Pattern> readAll(KnowledgeSource source) {
        List<Pattern> out = new ArrayList<>();
        for (String name : ROOT_FILES) {
            String rel = "events/patterns/" + name + ".rules";
            out.addAll(read(rel, KnowledgeSource.requireShipped(rel), name.substring(0, 2)));
        }
        for (KnowledgeSource.Layer layer : source.userFiles("events/patterns", ".rules")) out.addAll(read(layer.name(), layer.text(), null));
        return out;
    }

    /**
     * Parses one file. {@code root}, when given, is the CAMEO root every code of the file must belong to.
     */
    public static List<Pattern> read(String file, String text, String root) {
        String shortName = file.substring(file.lastIndexOf('/') + 1);
        Map<String, Set<String>> macros = new HashMap<>();
        List<Pattern> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            line = line.strip();
            if (line.isEmpty()) continue;
            try {
                if (line.startsWith("@")) {
                    int eq = line.indexOf('=');
                    if (eq < 0) throw new IllegalArgumentException("macro needs '@NAME = a|b'");
                    macros.put(line.substring(0, eq).strip().toUpperCase(Locale.ROOT), lemmas(line.substring(eq + 1), macros));
                    continue;
                }
                String[] cols = line.split("\\s+");
                if (cols.length < 2) throw new IllegalArgumentException("a pattern needs a code and a head");
                CameoCode code = CameoCode.of(cols[0]);
                if (root != null && !code.root().equals(root))
                    throw new IllegalArgumentException("code " + code + " does not belong in the file of root " + root);
                String head = cols[1];
                boolean noun = head.endsWith("/n");
                if (noun || head.endsWith("/v")) head = head.substring(0, head.length() - 2);
                List<Slot> slots = new ArrayList<>();
                for (int i = 2; i < cols.length; i++) slots.add(slot(cols[i], macros));
                Set<String> heads = lemmas(head, macros);
                for (String h : heads)
                    if (h.contains(" ")) throw new IllegalArgumentException("head '" + h.replace(' ', '_')
                            + "' can never match: heads are one word (write the head word and a slot for the other)");
                out.add(new Pattern(code, heads, noun, slots, shortName + ":" + (n + 1)));
            } catch (IllegalArgumentException e) {
                throw new KnowledgeException(file, n + 1, e.getMessage());
            }
        }
        return out;
    }

    static Slot slot(String text, Map<String, Set<String>> macros) {
        Matcher m = SLOT.matcher(text);
        if (!m.matches()) throw new IllegalArgumentException("bad slot '" + text + "' (expected [?]REL[(lemmas)][=source|=target])");
        String rel = m.group(2);
        Slot.Kind kind = Slot.Kind.REL;
        String name = rel;
        if (rel.startsWith("pp:")) {
            kind = Slot.Kind.PP;
            name = rel.substring(3);
        } else if (rel.equals("word")) {
            kind = Slot.Kind.WORD;
        } else {
            int colon = rel.indexOf(':');
            String base = colon < 0 ? rel : rel.substring(0, colon);
            boolean known = colon < 0 ? RELATIONS.contains(rel) : SUBTYPES.contains(rel) || MARKED.contains(base);
            if (!known) throw new IllegalArgumentException("relation '" + rel + "' can never match: the parser writes Universal Dependencies v2"
                    + " relations (obj, not dobj; nsubj:pass, not nsubjpass; pp:PREP for a preposition phrase)");
        }
        Set<String> lemmas = m.group(3) == null ? Set.of() : lemmas(m.group(3), macros);
        for (String l : lemmas)
            if (l.split(" ").length > MAX_SLOT_WORDS) throw new IllegalArgumentException("'" + l.replace(' ', '_')
                    + "' can never match: a slot's word matches alone or with the word before it (write the head word and a pp: slot)");
        if (kind == Slot.Kind.WORD && lemmas.isEmpty()) throw new IllegalArgumentException("word(...) needs lemmas");
        Slot.Role role = m.group(4) == null ? Slot.Role.NONE : Slot.Role.valueOf(m.group(4).toUpperCase(Locale.ROOT));
        return new Slot(kind, name, lemmas, role, m.group(1) != null);
    }

    private static Set<String> lemmas(String list, Map<String, Set<String>> macros) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : list.split("\\|")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.isEmpty()) continue;
            if (p.startsWith("@")) {
                Set<String> m = macros.get("@" + p.substring(1).toUpperCase(Locale.ROOT));
                if (m == null) throw new IllegalArgumentException("unknown macro " + part.strip());
                out.addAll(m);
            } else {
                out.add(p.replace('_', ' '));
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("empty lemma list");
        return out;
    }
}
