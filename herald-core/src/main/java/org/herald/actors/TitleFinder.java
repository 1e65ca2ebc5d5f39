package org.herald.actors;

import org.herald.nlp.Token;

/**
 * Finds the country and role that introduce a person's name: a title before it ("South Korea's UN Ambassador
 * Joonkook Hwang", "US Defense Secretary Lloyd Austin", "Russia's Vassily Nebenzia") or an appositive after it
 * ("Sergiy Kyslytsya, Ukraine's UN ambassador,"). Pure; one instance per resolver.
 */
final class TitleFinder {
    /** Longest title looked at, in tokens. */
    private static final int MAX_TITLE_TOKENS = 7;

    /**
     * What the words around a name say.
     *
     * @param country    the country name or demonym, or null
     * @param igo        an organisation named in the title ("UN"), or null
     * @param role       the role, or null
     * @param roleFirst  first token of the role words (== roleEnd when none)
     * @param roleEnd    end token of the role words
     * @param introFirst first token of the whole introduction (country included)
     * @param introEnd   end token of the whole introduction (name included)
     * @param rule       which pattern matched
     */
    record Title(Gazetteer.Match country, Gazetteer.Match igo, RoleBook.Match role, int roleFirst, int roleEnd,
                 int introFirst, int introEnd, String rule) {}

    private final RoleBook roles;

    TitleFinder(RoleBook roles) { this.roles = roles; }

    /**
     * The title of the name at tokens [first, end), or null when the words around it say nothing. Cascade: a title
     * right before the name; the same with lower-case words between a possessive country and the role ("Norway's
     * fisheries minister Ingrid Solberg"); a title before a comma ("Russia's UN envoy, Vassily Nebenzia,"); an
     * appositive after the name; "of Croatia" after the name. A country only ever comes from words of this text.
     */
    Title find(SentenceView s, int first, int end) {
        Title before = before(s, first, end, first, false);
        if (before == null || before.country() == null) {
            Title loose = before(s, first, end, first, true);
            if (loose != null && loose.country() != null && loose.role() != null) before = loose;
        }
        if (before != null && before.role() != null && before.country() == null && before.igo() == null) {
            // "President Emmanuel Riviere of France"
            Gazetteer.Match of = ofCountry(s, end);
            if (of != null)
                return new Title(SentenceView.isCountry(of) ? of : null, SentenceView.isOrganization(of) ? of : null, before.role(),
                        before.roleFirst(), before.roleEnd(), before.introFirst(), of.end(), "person.title-of");
            // "The Pakistani army chief, General Imran Qureshi,": the title before the comma gives the country.
            Title comma = s.isWord(before.introFirst() - 1, ",") ? commaTitle(s, before.introFirst() - 1, end, first) : null;
            if (comma != null && (comma.country() != null || comma.igo() != null))
                return new Title(comma.country(), comma.igo(), before.role(), before.roleFirst(), before.roleEnd(), comma.introFirst(), end,
                        "person.title-comma");
        }
        if (before != null && (before.role() != null || before.country() != null)) return before;
        // "Russia's UN envoy, Vassily Nebenzia, said"
        if (s.isWord(first - 1, ",")) {
            Title comma = commaTitle(s, first - 1, end, first);
            // "the opposition leader, Lena Novak of Croatia,"
            Gazetteer.Match of = comma != null && comma.country() == null && comma.igo() == null ? ofCountry(s, end) : null;
            if (of != null)
                return new Title(SentenceView.isCountry(of) ? of : null, SentenceView.isOrganization(of) ? of : null, comma.role(),
                        comma.roleFirst(), comma.roleEnd(), comma.introFirst(), of.end(), "person.title-of");
            if (comma != null) return comma;
            // "The US ambassador to the UN, Daniel Harrow,": the country before the role, not the one after "to".
            Title complement = complementTitle(s, first - 1, end, first);
            if (complement != null) return complement;
        }
        Title after = after(s, first, end);
        if (after != null) return after;
        // "Lena Novak of Croatia": a country, no role.
        Gazetteer.Match of = before == null ? ofCountry(s, end) : null;
        if (SentenceView.isCountry(of)) return new Title(of, null, null, first, first, first, of.end(), "person.of-country");
        return before;
    }

    /** The title ending at the comma before a name, strict first, then with lower-case words after a country. */
    private Title commaTitle(SentenceView s, int comma, int end, int first) {
        Title t = before(s, comma, end, first, false);
        if (t == null || t.country() == null) {
            Title loose = before(s, comma, end, first, true);
            if (loose != null && loose.country() != null) t = loose;
        }
        return t != null && t.role() != null && t.role().role().kind() == RoleBook.RoleKind.PERSON ? t : null;
    }

    /** Longest complement of a role before a comma ("to the United Nations", "of state for foreign affairs"), in tokens. */
    private static final int MAX_COMPLEMENT_TOKENS = 6;

    /**
     * The title before the comma when its role has a complement: "Britain's Minister for Europe, X," / "the French
     * envoy to Mali, X," / "Kenya's ambassador to the UN, X,". The nearest "to/for/of" that a country-owned role ends
     * before wins, so "minister of state for foreign affairs" is a minister. The complement may name a country or an
     * organisation of its own; it stays theirs, and the official takes the country that owns the role.
     */
    private Title complementTitle(SentenceView s, int comma, int end, int first) {
        for (int k = comma - 1; k > 0 && comma - k <= MAX_COMPLEMENT_TOKENS; k--) {
            if (s.isWord(k, ",", ";", ":", ".") || s.token(k).pos().startsWith("VB")) return null;
            if (!s.isWord(k, "to", "for", "of")) continue;
            Title t = commaTitle(s, k, end, first);
            if (t != null && t.country() != null && t.roleEnd() == k)
                return new Title(t.country(), null, t.role(), t.roleFirst(), t.roleEnd(), t.introFirst(), end, "person.title-complement");
        }
        return null;
    }

    /** The country or organisation named by "of (the) X" at token {@code i}, or null. */
    private static Gazetteer.Match ofCountry(SentenceView s, int i) {
        if (!s.isWord(i, "of")) return null;
        Gazetteer.Match m = s.startingAt(i + 1 + (s.isWord(i + 1, "the") ? 1 : 0));
        boolean country = SentenceView.isCountry(m) && m.entry().form() == Gazetteer.Form.NAME;
        return country || SentenceView.isOrganization(m) ? m : null;
    }

    /**
     * The title ending at token {@code limit}. When {@code loose}, lower-case nouns and adjectives may stand in it too
     * ("fisheries", "climate"); the caller keeps such a title only when a country owns it, and its role must end
     * right before the name and name one person.
     */
    private Title before(SentenceView s, int limit, int nameEnd, int nameFirst, boolean loose) {
        int k = limit - 1;
        int roleFirst = limit;
        Gazetteer.Match country = null, igo = null;
        int introFirst = limit;
        while (k >= 0 && limit - k <= MAX_TITLE_TOKENS) {
            Gazetteer.Match m = s.endingAt(k + 1);
            if (isOwner(m)) {
                country = m;
                introFirst = m.first();
                break;
            }
            if (SentenceView.isOrganization(m)) {
                igo = m;
                roleFirst = m.first();
                k = m.first() - 1;
                continue;
            }
            if (m != null) break;
            if (s.isPossessive(k)) {
                Gazetteer.Match owner = s.endingAt(k);
                if (isOwner(owner)) {
                    country = owner;
                    introFirst = owner.first();
                }
                break;
            }
            if (isTitleWord(s, k) || (loose && isLooseTitleWord(s, k))) {
                roleFirst = k;
                k--;
                continue;
            }
            break;
        }
        if (introFirst == limit) introFirst = roleFirst;
        if (loose) {
            RoleBook.Match head = roleFirst < limit ? roles.headIn(s.tokens, roleFirst, limit) : null;
            if (country == null || head == null || head.end() != limit || head.role().kind() != RoleBook.RoleKind.PERSON) return null;
        }
        RoleBook.Match head = roleFirst < limit ? roles.headIn(s.tokens, roleFirst, limit) : null;
        // Capitalised words that hold no role word ("Kursk region Nebenzia") are not a title.
        if (head == null && roleFirst < limit) return null;
        if (head == null && country == null && igo == null) return null;
        return new Title(country, igo, head, roleFirst, limit, Math.min(introFirst, roleFirst), nameEnd,
                nameFirst == limit ? "person.title" : "person.title-comma");
    }

    /**
     * "X, Japan's chief negotiator," / "X, a Croatian diplomat,": after a country the appositive may hold lower-case
     * words that are not in the role book ("climate envoy", "brigade commander"). With a country and no known role
     * word, the appositive must end the clause ("X, Portugal's best-known novelist,"): the person gets the country
     * and no agent, since no agent is guessed.
     */
    private Title after(SentenceView s, int first, int end) {
        if (!s.isWord(end, ",")) return null;
        int k = end + 1;
        if (s.isWord(k, "the", "a", "an")) k++;
        Gazetteer.Match country = null, igo = null;
        Gazetteer.Match m = s.startingAt(k);
        if (SentenceView.isCountry(m)) {
            country = m;
            k = m.end();
            if (s.isPossessive(k)) k++;
            else if (m.entry().form() == Gazetteer.Form.NAME) return null; // "X, Japan and Y": a list, not a title
        }
        int roleFirst = k;
        while (k < s.size() && k - roleFirst < MAX_TITLE_TOKENS) {
            Gazetteer.Match o = s.startingAt(k);
            if (SentenceView.isOrganization(o)) {
                igo = o;
                k = o.end();
                continue;
            }
            if (o != null || !(isTitleWord(s, k) || (country != null && isLooseTitleWord(s, k)))) break;
            k++;
        }
        RoleBook.Match head = roles.headIn(s.tokens, roleFirst, k);
        if (head == null && country != null && k > roleFirst && endsClause(s, k))
            return new Title(country, igo, null, roleFirst, k, first, k, "person.appositive-country");
        if (head == null || head.role().kind() != RoleBook.RoleKind.PERSON) return null;
        return new Title(country, igo, head, roleFirst, k, first, k, "person.appositive");
    }

    /** Whether the words from {@code k} end the appositive: a comma, a full stop or the sentence's end. */
    private static boolean endsClause(SentenceView s, int k) {
        return k >= s.size() || s.isWord(k, ",", ".", ";");
    }

    /** A hyphen CoreNLP split off a word it joins ("Secretary - General", "best - known"). */
    private static boolean isJoiningHyphen(SentenceView s, int k) {
        Token t = s.token(k);
        return t.word().equals("-") && k > 0 && k + 1 < s.size() && s.token(k - 1).end() == t.start() && t.end() == s.token(k + 1).start();
    }

    /** A lower-case noun or adjective that may stand in a title a country owns ("fisheries", "best-known"). */
    private static boolean isLooseTitleWord(SentenceView s, int k) {
        Token t = s.token(k);
        if (isJoiningHyphen(s, k)) return true;
        if (s.isCapitalised(k) || !"O".equals(t.ner()) && !"MISC".equals(t.ner())) return false;
        String pos = t.pos();
        // "best" in "best - known" is tagged as an adverb.
        if (pos.startsWith("RB") && k + 1 < s.size() && isJoiningHyphen(s, k + 1)) return true;
        return (pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("VBN"))
                && t.word().chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }

    /**
     * A country, a capital standing for its government ("Beijing's envoy"), or a state, province or city of
     * {@code places.tsv} whose official the title names ("South Dakota Gov. Kristi Noem", "Lagos State Governor"):
     * the official is of the place's country.
     */
    private static boolean isOwner(Gazetteer.Match m) {
        return SentenceView.isCountry(m) || (m != null && (m.entry().form() == Gazetteer.Form.CAPITAL || m.entry().form() == Gazetteer.Form.PLACE));
    }

    /** A word that can stand in a title: a role word, a known modifier, or a capitalised common word. */
    private boolean isTitleWord(SentenceView s, int k) {
        Token t = s.token(k);
        if ("PERSON".equals(t.ner())) return false;
        // "Secretary - General": CoreNLP splits hyphenated titles.
        if (isJoiningHyphen(s, k)) return true;
        if (roles.isRoleWord(s.lower(k)) || roles.isTitleModifier(s.lower(k))) return true;
        if (!"O".equals(t.ner()) && !"MISC".equals(t.ner())) return false;
        return s.isCapitalised(k) && t.word().chars().allMatch(c -> Character.isLetter(c) || c == '-') && t.pos().startsWith("NN");
    }
}
