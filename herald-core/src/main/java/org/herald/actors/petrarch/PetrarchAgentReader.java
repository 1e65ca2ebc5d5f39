package org.herald.actors.petrarch;

import org.herald.knowledge.KnowledgeException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH agent dictionary ({@code .agents.txt}). The syntax taken:
 * <ul>
 *   <li>{@code PHRASE [~CODE]} (agent after the country) and {@code PHRASE [CODE~]} (before it), blanks allowed
 *       inside the brackets;</li>
 *   <li>plurals: {@code PHRASE {PLURAL ...} [~CODE]}; {@code {}} for none; no braces means the phrase + "S";</li>
 *   <li>substitution sets {@code !NAME! = A, B, C}, used inside phrases ({@code CONGRESS!PERSON!},
 *       {@code !MINST!_OF_SILLY_WALKS}): one entry per value;</li>
 *   <li>comments as in actor dictionaries.</li>
 * </ul>
 * A line it cannot take fails with {@link KnowledgeException} naming {@code file:line}.
 */
public final class PetrarchAgentReader {
    private static final Pattern SET = Pattern.compile("!([A-Za-z0-9_]+)!\\s*=\\s*(.+)");
    private static final Pattern ENTRY = Pattern.compile("([^\\[\\]{}]+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[([^\\]]*)\\]");
    private static final Pattern MARKER = Pattern.compile("!([A-Za-z0-9_]+)!");
    private static final Pattern AGENT = Pattern.compile("~([A-Za-z0-9]+)|([A-Za-z0-9]+)~");

    private PetrarchAgentReader() { }

    public static List<PetrarchAgent> read(String file, String content) {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        List<PetrarchAgent> out = new ArrayList<>();
        for (DictionaryLines.Line line : DictionaryLines.read(file, content)) {
            String t = line.text();
            Matcher set = SET.matcher(t);
            if (set.matches()) {
                List<String> values = new ArrayList<>();
                for (String v : set.group(2).split(",")) if (!v.isBlank()) values.add(v.strip().toUpperCase(Locale.ROOT));
                if (values.isEmpty()) throw new KnowledgeException(file, line.number(), "substitution set !" + set.group(1) + "! is empty");
                sets.put(set.group(1).toUpperCase(Locale.ROOT), values);
                continue;
            }
            Matcher m = ENTRY.matcher(t);
            if (!m.matches()) throw new KnowledgeException(file, line.number(), "expected 'PHRASE {PLURALS} [~CODE]', got '" + t + "'");
            String inside = m.group(3).replaceAll("\\s+", "");
            Matcher agent = AGENT.matcher(inside);
            if (!agent.matches()) throw new KnowledgeException(file, line.number(), "agent code '" + m.group(3) + "' needs a '~' before or after it");
            boolean prefix = agent.group(2) != null;
            String code = (prefix ? agent.group(2) : agent.group(1)).toUpperCase(Locale.ROOT);
            for (String phrase : expand(file, line.number(), m.group(1), sets)) {
                List<DictionaryPhrase> plurals = new ArrayList<>();
                if (m.group(2) == null) plurals.add(DictionaryPhrase.parse(phrase.replaceAll("_+$", "") + "S"));
                else for (String p : m.group(2).split("[\\s,]+")) if (!p.isBlank())
                    for (String e : expand(file, line.number(), p, sets)) plurals.add(DictionaryPhrase.parse(e));
                out.add(new PetrarchAgent(DictionaryPhrase.parse(phrase), plurals, code, prefix, file, line.number()));
            }
        }
        return out;
    }

    /** The phrase once per value of each substitution set it uses. */
    private static List<String> expand(String file, int line, String phrase, Map<String, List<String>> sets) {
        Matcher m = MARKER.matcher(phrase);
        if (!m.find()) return List.of(phrase);
        List<String> values = sets.get(m.group(1).toUpperCase(Locale.ROOT));
        if (values == null) throw new KnowledgeException(file, line, "unknown substitution set !" + m.group(1) + "!");
        List<String> out = new ArrayList<>();
        for (String v : values)
            out.addAll(expand(file, line, phrase.substring(0, m.start()) + v + phrase.substring(m.end()), sets));
        return out;
    }
}
