package org.herald.actors.petrarch;

import java.util.List;

/**
 * One entry of a PETRARCH agent dictionary: a role phrase, its plurals, and the agent code it adds to the actor's
 * country, after it ({@code [~MIL]}: RUS + MIL) or before it ({@code [NGO~]}).
 *
 * @param phrase  the phrase, with substitution sets expanded
 * @param plurals the plural forms: those given in braces, or the phrase plus "S" when no braces were given
 * @param code    the agent code
 * @param prefix  whether the code goes before the country ({@code [NGO~]})
 * @param file    the dictionary file
 * @param line    the entry's line
 */
public record PetrarchAgent(DictionaryPhrase phrase, List<DictionaryPhrase> plurals, String code, boolean prefix, String file, int line) {
    public PetrarchAgent {
        plurals = List.copyOf(plurals);
    }
}
