package org.herald.actors.petrarch;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a PETRARCH/TABARI actor dictionary: a name, its {@code +} synonyms, and its codes, each possibly
 * restricted to dates ({@code [USAGOV >090120]}: from 2009-01-20 on).
 *
 * @param names the name first, then its synonyms
 * @param codes the codes, in file order
 * @param file  the dictionary file
 * @param line  the line of the name
 */
public record PetrarchActor(List<DictionaryPhrase> names, List<DatedCode> codes, String file, int line) {
    public PetrarchActor {
        names = List.copyOf(names);
        codes = List.copyOf(codes);
    }

    /**
     * A code and when it holds: {@code from} inclusive, {@code to} inclusive, either null when open.
     * {@code codes} holds several when the dictionary gives alternatives ("ELR/GAL").
     */
    public record DatedCode(List<String> codes, LocalDate from, LocalDate to) {
        public DatedCode { codes = List.copyOf(codes); }

        public boolean holdsOn(LocalDate date) {
            if (from == null && to == null) return true;
            if (date == null) return false;
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    /**
     * The code for a text of {@code date}: the first dated code that holds, else the first undated one; null when
     * none holds or the code is TABARI's null code "---".
     */
    public String codeOn(LocalDate date) {
        DatedCode chosen = null;
        for (DatedCode c : codes) if ((c.from() != null || c.to() != null) && c.holdsOn(date)) { chosen = c; break; }
        if (chosen == null) for (DatedCode c : codes) if (c.from() == null && c.to() == null) { chosen = c; break; }
        if (chosen == null) return null;
        String code = chosen.codes().get(0);
        return code.equals("---") ? null : code;
    }
}
