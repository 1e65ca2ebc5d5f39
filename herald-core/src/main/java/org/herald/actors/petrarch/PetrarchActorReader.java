package org.herald.actors.petrarch;

import org.herald.knowledge.KnowledgeException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH/TABARI actor dictionary ({@code .actors.txt}). The syntax taken:
 * <ul>
 *   <li>{@code NAME [CODE]}, words joined by {@code _} or spaces, a trailing {@code _} for a whole-word match;</li>
 *   <li>{@code +SYNONYM} lines after a name;</li>
 *   <li>a name without a code followed by tab-indented code lines, each possibly dated:
 *       {@code [CODE]}, {@code [CODE <YYMMDD]} (before), {@code [CODE >YYMMDD]} (after),
 *       {@code [CODE YYYYMMDD-YYYYMMDD]} (between, inclusive); dates of 6 (YYMMDD) or 8 digits;</li>
 *   <li>alternative codes {@code [ELR/GAL]}, TABARI's null code {@code [---]};</li>
 *   <li>comments: {@code #} to the end of a line, {@code <!-- ... -->} blocks.</li>
 * </ul>
 * A line it cannot take fails with {@link KnowledgeException} naming {@code file:line}.
 */
public final class PetrarchActorReader {
    private static final Pattern ENTRY = Pattern.compile("([^\\[\\]]+?)\\s*(?:\\[([^\\]]*)\\])?\\s*");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9+\\-]+(/[A-Za-z0-9+\\-]+)*");

    private PetrarchActorReader() { }

    public static List<PetrarchActor> read(String file, String content) {
        List<PetrarchActor> out = new ArrayList<>();
        Builder current = null;
        for (DictionaryLines.Line line : DictionaryLines.read(file, content)) {
            String t = line.text();
            if (line.indented()) {
                if (current == null) throw new KnowledgeException(file, line.number(), "indented code line with no actor above it");
                if (!t.startsWith("[") || !t.endsWith("]"))
                    throw new KnowledgeException(file, line.number(), "an indented line must be a code in brackets, got '" + t + "'");
                current.codes.add(code(file, line.number(), t.substring(1, t.length() - 1)));
                continue;
            }
            if (t.startsWith("+")) {
                if (current == null) throw new KnowledgeException(file, line.number(), "synonym '" + t + "' with no actor above it");
                String syn = t.substring(1).strip();
                int bracket = syn.indexOf('[');
                if (bracket >= 0) {
                    // A synonym may carry the entry's code too ("+ALIAS [CODE]").
                    Matcher m = ENTRY.matcher(syn);
                    if (!m.matches()) throw new KnowledgeException(file, line.number(), "cannot read synonym '" + t + "'");
                    if (m.group(2) != null) current.codes.add(code(file, line.number(), m.group(2)));
                    syn = m.group(1);
                }
                if (syn.isBlank()) throw new KnowledgeException(file, line.number(), "empty synonym");
                current.names.add(DictionaryPhrase.parse(syn));
                continue;
            }
            if (current != null) out.add(current.build(file));
            Matcher m = ENTRY.matcher(t);
            if (!m.matches()) throw new KnowledgeException(file, line.number(), "expected 'NAME [CODE]', got '" + t + "'");
            current = new Builder(line.number());
            current.names.add(DictionaryPhrase.parse(m.group(1)));
            if (m.group(2) != null) current.codes.add(code(file, line.number(), m.group(2)));
        }
        if (current != null) out.add(current.build(file));
        return out;
    }

    private static PetrarchActor.DatedCode code(String file, int line, String inside) {
        String t = inside.strip();
        if (t.isEmpty()) throw new KnowledgeException(file, line, "empty code '[]'");
        String[] parts = t.split("\\s+", 2);
        String code = parts[0];
        if (!CODE.matcher(code).matches()) throw new KnowledgeException(file, line, "'" + code + "' is not an actor code");
        List<String> codes = List.of(code.toUpperCase(Locale.ROOT).split("/"));
        if (parts.length == 1) return new PetrarchActor.DatedCode(codes, null, null);
        String when = parts[1].strip();
        if (when.startsWith("<")) return new PetrarchActor.DatedCode(codes, null, date(file, line, when.substring(1)).minusDays(1));
        if (when.startsWith(">")) return new PetrarchActor.DatedCode(codes, date(file, line, when.substring(1)).plusDays(1), null);
        int dash = when.indexOf('-');
        if (dash < 0) throw new KnowledgeException(file, line, "date restriction '" + when + "' needs <DATE, >DATE or DATE-DATE");
        LocalDate from = date(file, line, when.substring(0, dash)), to = date(file, line, when.substring(dash + 1));
        if (to.isBefore(from)) throw new KnowledgeException(file, line, "date range '" + when + "' ends before it starts");
        return new PetrarchActor.DatedCode(codes, from, to);
    }

    /** YYMMDD (years under 50 are 20YY) or YYYYMMDD. */
    static LocalDate date(String file, int line, String raw) {
        String d = raw.strip();
        try {
            if (d.matches("\\d{8}")) return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)), Integer.parseInt(d.substring(6)));
            if (d.matches("\\d{6}")) {
                int yy = Integer.parseInt(d.substring(0, 2));
                return LocalDate.of(yy < 50 ? 2000 + yy : 1900 + yy, Integer.parseInt(d.substring(2, 4)), Integer.parseInt(d.substring(4)));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new KnowledgeException(file, line, "'" + d + "' is not a date: " + e.getMessage());
        }
        throw new KnowledgeException(file, line, "'" + d + "' is not a date (YYMMDD or YYYYMMDD)");
    }

    private static final class Builder {
        final int line;
        final List<DictionaryPhrase> names = new ArrayList<>();
        final List<PetrarchActor.DatedCode> codes = new ArrayList<>();

        Builder(int line) { this.line = line; }

        PetrarchActor build(String file) {
            if (codes.isEmpty()) throw new KnowledgeException(file, line, "actor '" + names.get(0).words() + "' has no code");
            return new PetrarchActor(names, codes, file, line);
        }
    }

}
