package org.herald.actors;

import org.herald.nlp.Token;

import java.util.Locale;

/**
 * Role words that stand for an actor with no name and no country before them: "police", "the lawmakers",
 * "prosecutors", "the governor", "Congress". Each becomes an actor with the role's agent; its country is the one
 * named right after it ("prosecutors in Sweden", "police in Lagos"), else {@link ContextCountry} infers one.
 * Runs after the name rules, on unclaimed words only.
 */
final class BareRoles {
    private final ActorTable table;
    private final RoleBook roles;

    BareRoles(ActorTable table, RoleBook roles) {
        this.table = table;
        this.roles = roles;
    }

    void apply(SentenceView v) {
        for (int i = 0; i < v.size(); i++) {
            RoleBook.Match role = roles.matchAt(v.tokens, i);
            if (role == null) continue;
            int end = role.end();
            Token last = v.token(end - 1);
            if (table.isClaimed(v.token(i).start(), last.end())) { i = end - 1; continue; }
            // "European Community foreign ministers", "Israeli intelligence officials": the role belongs to the actor
            // named before it in the same noun phrase, which already stands for them.
            if (namedBefore(v, i)) { i = end - 1; continue; }
            // The role must head its noun phrase: "police" in "police said", not in "police station" or "official figures".
            if (!last.isNoun() || (end < v.size() && v.token(end).isNoun() && roles.matchAt(v.tokens, end) == null)) continue;
            if (end < v.size() && "PERSON".equals(v.token(end).ner())) continue;
            // "People's Daily", "Police Scotland": the role word is part of a name.
            int after = v.isPossessive(end) ? end + 1 : end;
            if (after < v.size() && v.token(after).isProperNoun() && v.isCapitalised(after)) continue;
            String agent = role.role().agent();
            Actor.Kind kind = switch (role.role().kind()) {
                case PERSON -> Actor.Kind.PERSON;
                case GROUP -> Actor.Kind.GROUP;
                case ORGANIZATION -> Actor.Kind.ORGANIZATION;
            };
            String text = PersonRules.text(v, i, end);
            Gazetteer.Match where = placeAfter(v, end);
            String code = null, from = null;
            if (where != null) {
                code = where.entry().country() + agent;
                if (where.entry().form() == Gazetteer.Form.PLACE) from = "place:" + where.entry().name();
            }
            String lemma = last.lemma() == null ? text.toLowerCase(Locale.ROOT) : last.lemma().toLowerCase(Locale.ROOT);
            ActorTable.Entry e = table.entry("R:" + (code == null ? agent : code) + ":" + lemma, text, kind, code, agent, text, "role.bare");
            if (e.agent == null) e.agent = agent;
            if (from != null && e.countryFrom == null) e.countryFrom = from;
            e.sentence = Math.min(e.sentence, v.sentence.index());
            table.mention(e, v.token(i).start(), last.end());
            i = end - 1;
        }
    }

    /** A coded or named actor among the (at most four) nouns, adjectives and brackets right before the role word. */
    private boolean namedBefore(SentenceView v, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            Token t = v.token(k);
            if (table.isClaimed(t.start(), t.end())) return true;
            boolean modifier = t.isNoun() || t.pos().startsWith("JJ") || t.pos().equals("-LRB-") || t.pos().equals("-RRB-");
            if (!modifier) return false;
        }
        return false;
    }

    /** "in Sweden", "of Lagos", "from Texas" right after the role: the country or place named, or null. */
    private static Gazetteer.Match placeAfter(SentenceView v, int k) {
        if (!v.isWord(k, "in", "of", "from")) return null;
        k++;
        if (v.isWord(k, "the")) k++;
        Gazetteer.Match m = v.startingAt(k);
        if (m == null) return null;
        // "in Norway and Britain": two countries, none of them the actor's.
        if (v.isWord(m.end(), "and", "or", ",")) return null;
        boolean place = m.entry().form() == Gazetteer.Form.PLACE || m.entry().form() == Gazetteer.Form.CAPITAL;
        return SentenceView.isCountry(m) || place ? m : null;
    }
}
