package org.herald.actors;

import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One sentence with the gazetteer names found in it, indexed by first and end token, and helpers for the small
 * word tests the rules share. Local to one resolution.
 */
final class SentenceView {
    private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");

    final Sentence sentence;
    final List<Token> tokens;
    private final Gazetteer.Match[] byFirst;
    private final Gazetteer.Match[] byEnd;

    SentenceView(Sentence sentence, List<Gazetteer.Match> matches) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.byFirst = new Gazetteer.Match[tokens.size() + 1];
        this.byEnd = new Gazetteer.Match[tokens.size() + 1];
        for (Gazetteer.Match m : matches) {
            byFirst[m.first()] = m;
            byEnd[m.end()] = m;
        }
    }

    int size() { return tokens.size(); }

    Token token(int i) { return tokens.get(i); }

    /** The name whose tokens start at {@code i}, or null. */
    Gazetteer.Match startingAt(int i) { return i >= 0 && i < byFirst.length ? byFirst[i] : null; }

    /** The name whose last token is {@code i - 1}, or null. */
    Gazetteer.Match endingAt(int end) { return end >= 0 && end < byEnd.length ? byEnd[end] : null; }

    boolean isPossessive(int i) { return i >= 0 && i < tokens.size() && POSSESSIVE.contains(tokens.get(i).word()); }

    boolean isWord(int i, String... words) {
        if (i < 0 || i >= tokens.size()) return false;
        String w = tokens.get(i).word();
        for (String x : words) if (x.equalsIgnoreCase(w)) return true;
        return false;
    }

    boolean isCapitalised(int i) {
        if (i < 0 || i >= tokens.size()) return false;
        String w = tokens.get(i).word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    String lower(int i) { return tokens.get(i).word().toLowerCase(Locale.ROOT); }

    /** A name of a country (or its people), not of a capital or an organisation. */
    static boolean isCountry(Gazetteer.Match m) {
        return m != null && m.entry().kind() == Actor.Kind.COUNTRY
                && (m.entry().form() == Gazetteer.Form.NAME || m.entry().form() == Gazetteer.Form.DEMONYM);
    }

    static boolean isOrganization(Gazetteer.Match m) {
        return m != null && m.entry().kind() == Actor.Kind.ORGANIZATION && m.entry().form() == Gazetteer.Form.NAME;
    }
}
