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

    /** The title of the name at tokens [first, end), or null when the words around it say nothing. */
    Title find(SentenceView s, int first, int end) {
        Title before = before(s, first, end, first);
        if (before != null && before.role() != null && before.country() == null && before.igo() == null) {
            // "President Emmanuel Riviere of France"
            Gazetteer.Match of = s.isWord(end, "of") ? s.startingAt(end + 1 + (s.isWord(end + 1, "the") ? 1 : 0)) : null;
            if (SentenceView.isCountry(of) || SentenceView.isOrganization(of))
                return new Title(SentenceView.isCountry(of) ? of : null, SentenceView.isOrganization(of) ? of : null, before.role(),
                        before.roleFirst(), before.roleEnd(), before.introFirst(), of.end(), "person.title-of");
        }
        if (before != null && (before.role() != null || before.country() != null)) return before;
        // "Russia's UN envoy, Vassily Nebenzia, said"
        if (s.isWord(first - 1, ",")) {
            Title comma = before(s, first - 1, end, first);
            if (comma != null && comma.role() != null && comma.role().role().kind() == RoleBook.RoleKind.PERSON) return comma;
        }
        Title after = after(s, first, end);
        if (after != null) return after;
        return before;
    }

    private Title before(SentenceView s, int limit, int nameEnd, int nameFirst) {
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
            if (isTitleWord(s, k)) {
                roleFirst = k;
                k--;
                continue;
            }
            break;
        }
        if (introFirst == limit) introFirst = roleFirst;
        RoleBook.Match head = roleFirst < limit ? roles.headIn(s.tokens, roleFirst, limit) : null;
        // Capitalised words that hold no role word ("Kursk region Nebenzia") are not a title.
        if (head == null && roleFirst < limit) return null;
        if (head == null && country == null && igo == null) return null;
        return new Title(country, igo, head, roleFirst, limit, Math.min(introFirst, roleFirst), nameEnd,
                nameFirst == limit ? "person.title" : "person.title-comma");
    }

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
        }
        int roleFirst = k;
        while (k < s.size() && k - roleFirst < MAX_TITLE_TOKENS) {
            Gazetteer.Match o = s.startingAt(k);
            if (SentenceView.isOrganization(o)) {
                igo = o;
                k = o.end();
                continue;
            }
            if (o != null || !isTitleWord(s, k)) break;
            k++;
        }
        RoleBook.Match head = roles.headIn(s.tokens, roleFirst, k);
        if (head == null || head.role().kind() != RoleBook.RoleKind.PERSON) return null;
        return new Title(country, igo, head, roleFirst, k, first, k, "person.appositive");
    }

    /** A country, or a capital standing for its government, that can own a title ("Beijing's envoy"). */
    private static boolean isOwner(Gazetteer.Match m) {
        return SentenceView.isCountry(m) || (m != null && m.entry().form() == Gazetteer.Form.CAPITAL);
    }

    /** A word that can stand in a title: a role word, a known modifier, or a capitalised common word. */
    private boolean isTitleWord(SentenceView s, int k) {
        Token t = s.token(k);
        if ("PERSON".equals(t.ner())) return false;
        // "Secretary - General": CoreNLP splits hyphenated titles.
        if (t.word().equals("-") && k > 0 && k + 1 < s.size() && s.token(k - 1).end() == t.start() && t.end() == s.token(k + 1).start()) return true;
        if (roles.isRoleWord(s.lower(k)) || SentenceView.TITLE_MODIFIERS.contains(s.lower(k))) return true;
        if (!"O".equals(t.ner()) && !"MISC".equals(t.ner())) return false;
        return s.isCapitalised(k) && t.word().chars().allMatch(c -> Character.isLetter(c) || c == '-') && t.pos().startsWith("NN");
    }
}
