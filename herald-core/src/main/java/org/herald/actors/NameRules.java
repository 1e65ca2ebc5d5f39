package org.herald.actors;

import org.herald.nlp.EntityMention;
import org.herald.nlp.Token;

import java.util.Locale;
import java.util.Set;

/**
 * Countries, organisations, groups, capitals and seats of government named in a sentence, and countries with a
 * group or body after them ("North Korean troops" = PRKMIL). Runs after {@link PersonRules}, on what is unclaimed.
 */
final class NameRules {
    /** Words before a capital that make it a place ("troops in Moscow"), not the government ("Moscow said"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "outside", "inside", "into",
            "across", "around", "via", "through", "within", "throughout", "of");
    /** Prepositions of direction: a place after a verb of motion ("flew to Moscow"), else the government ("appealed to Moscow"). */
    private static final Set<String> DIRECTION_PREPOSITIONS = Set.of("to", "toward", "towards", "into");
    /** Verbs and nouns of motion or visit whose object or goal is a place. */
    private static final Set<String> MOTION = Set.of("send", "travel", "go", "fly", "deploy", "move", "return", "come", "arrive",
            "head", "drive", "march", "flee", "deliver", "ship", "transfer", "bring", "take", "relocate", "evacuate", "trip",
            "visit", "journey", "deployment", "flight", "route", "road", "tour", "leave", "reach", "enter", "get", "walk", "sail");
    /** Modifiers allowed between a country and its group noun ("Russian special forces"). */
    private static final int MAX_MODIFIERS = 2;

    private final ActorTable table;
    private final RoleBook roles;

    NameRules(ActorTable table, RoleBook roles) {
        this.table = table;
        this.roles = roles;
    }

    /** "North Korean troops", "Russia's government", and role-only persons ("Russia's representative to the UN"). */
    void countryAgents(SentenceView v) {
        for (int i = 0; i < v.size(); i++) {
            Gazetteer.Match m = v.startingAt(i);
            boolean place = m != null && m.entry().form() == Gazetteer.Form.PLACE;
            if (!(SentenceView.isCountry(m) || place) || table.isClaimed(m.start(), m.endOffset())) continue;
            int k = m.end();
            if (v.isPossessive(k)) k++;
            int skipped = 0;
            RoleBook.Match role = k < v.size() ? roles.matchAt(v.tokens, k) : null;
            while (role == null && skipped < MAX_MODIFIERS && k < v.size() && isModifier(v, k)) {
                Gazetteer.Match org = v.startingAt(k);
                k = org != null ? org.end() : k + 1;
                skipped++;
                role = k < v.size() ? roles.matchAt(v.tokens, k) : null;
            }
            if (role == null || isNamePart(v, role.end()) || isAdjectiveUse(v, role)
                    || table.isClaimed(v.token(role.first()).start(), v.token(role.end() - 1).end())) continue;
            Gazetteer.Entry country = m.entry();
            String agent = role.role().agent();
            String code = country.country() + agent;
            int end = role.end();
            if (role.role().kind() == RoleBook.RoleKind.PERSON) {
                end = extendToOrganization(v, end);
                String roleText = PersonRules.text(v, role.first(), end);
                String name = PersonRules.text(v, m.first(), end);
                ActorTable.Entry p = table.entry("N:" + code + ":" + roleText.toLowerCase(Locale.ROOT), name,
                        Actor.Kind.PERSON, code, agent, roleText, "person.nominal");
                p.sentence = Math.min(p.sentence, v.sentence.index());
                if (place && p.countryFrom == null) p.countryFrom = "place:" + m.entry().name();
                table.mention(p, m.start(), v.token(end - 1).end());
            } else {
                Actor.Kind kind = role.role().kind() == RoleBook.RoleKind.GROUP ? Actor.Kind.GROUP : Actor.Kind.ORGANIZATION;
                ActorTable.Entry g = table.entry((place ? "C:" + m.entry().name() + ":" : "C:") + code, PersonRules.text(v, m.first(), end), kind,
                        code, agent, null, place ? "place.agent" : "country.agent");
                if (place) g.countryFrom = "place:" + m.entry().name();
                table.mention(g, m.start(), v.token(end - 1).end());
            }
            i = end - 1;
        }
    }

    /** Every other name of the knowledge files. */
    void names(SentenceView v) {
        for (int i = 0; i < v.size(); i++) {
            Gazetteer.Match m = v.startingAt(i);
            if (m == null || table.isClaimed(m.start(), m.endOffset())) continue;
            Gazetteer.Entry e = m.entry();
            String text = table.body().substring(m.start(), m.endOffset());
            ActorTable.Entry a;
            switch (e.form()) {
                case NOT_ACTOR -> {
                    table.claim(m.start(), m.endOffset());
                    i = m.end() - 1;
                    continue;
                }
                case CAPITAL -> {
                    if (isPlace(v, m)) {
                        a = table.entry("L:" + e.code() + ":" + text, text, Actor.Kind.PLACE, e.country(), null, null, "capital.place");
                    } else {
                        String code = e.country() + "GOV";
                        a = table.entry("C:" + code, text, Actor.Kind.ORGANIZATION, code, "GOV", null, "capital.government");
                    }
                }
                case PLACE -> {
                    a = table.entry("L:" + e.code() + ":" + e.name(), e.name(), Actor.Kind.PLACE, null, null, null, "place.gazetteer");
                    a.placeCountry = e.country();
                }
                case SEAT -> {
                    String code = e.country() + e.agent();
                    a = table.entry("C:" + code, text, Actor.Kind.ORGANIZATION, code, e.agent(), null, "seat.government");
                }
                default -> {
                    switch (e.kind()) {
                        case COUNTRY -> a = table.entry("C:" + e.code(), e.name(), Actor.Kind.COUNTRY, e.code(), null, null, "gazetteer.country");
                        case GROUP -> a = table.entry("G:" + e.code(), e.name(), Actor.Kind.GROUP, e.code(), null, null, "gazetteer.group");
                        default -> a = table.entry("O:" + e.name(), e.name(), Actor.Kind.ORGANIZATION, e.code(), null, null, "gazetteer.organization");
                    }
                }
            }
            table.mention(a, m.start(), m.endOffset());
            i = m.end() - 1;
        }
    }

    /** CoreNLP ORGANIZATION and LOCATION names the knowledge files do not know: actors without a code. */
    void otherEntities(SentenceView v) {
        for (EntityMention e : v.sentence.entities()) {
            if (table.isClaimed(e.start(), e.end())) continue;
            String name = PersonRules.cleanName(e.text());
            if (name.isEmpty()) continue;
            int stop = e.start() + name.length() <= e.end() && table.body().startsWith(name, e.start()) ? e.start() + name.length() : e.end();
            switch (e.type()) {
                case "ORGANIZATION" -> table.mention(
                        table.entry("O:" + name, name, Actor.Kind.ORGANIZATION, null, null, null, "ner.organization"), e.start(), stop);
                case "LOCATION" -> table.mention(
                        table.entry("L:" + name, name, Actor.Kind.PLACE, null, null, null, "ner.location"), e.start(), stop);
                default -> { }
            }
        }
    }

    private boolean isModifier(SentenceView v, int k) {
        Token t = v.token(k);
        if (SentenceView.isOrganization(v.startingAt(k))) return true;
        if (v.startingAt(k) != null) return false;
        if (t.pos().startsWith("JJ") || t.pos().equals("VBN")) return true;
        return v.isCapitalised(k) && t.pos().startsWith("NNP") && "O".equals(t.ner());
    }

    /**
     * A one-word person role before a common noun is an adjective ("general election", "official figures"),
     * unless that noun is a role too ("official spokesman").
     */
    private boolean isAdjectiveUse(SentenceView v, RoleBook.Match role) {
        if (role.role().kind() != RoleBook.RoleKind.PERSON || role.end() - role.first() != 1 || role.end() >= v.size()) return false;
        Token next = v.token(role.end());
        return next.isNoun() && !next.isProperNoun() && roles.matchAt(v.tokens, role.end()) == null;
    }

    /** A role followed by a name ("President Joe Biden") belongs to the person rules. */
    private static boolean isNamePart(SentenceView v, int k) {
        return k < v.size() && "PERSON".equals(v.token(k).ner());
    }

    /** "representative to the United Nations": the organisation is part of the role. */
    private static int extendToOrganization(SentenceView v, int end) {
        int k = end;
        if (!v.isWord(k, "to", "at", "of")) return end;
        k++;
        if (v.isWord(k, "the")) k++;
        Gazetteer.Match org = v.startingAt(k);
        return SentenceView.isOrganization(org) ? org.end() : end;
    }

    private static boolean governedByMotion(SentenceView v, Gazetteer.Match m) {
        for (var d : v.sentence.parents(m.end() - 1))
            if (d.governor() >= 0 && MOTION.contains(v.token(d.governor()).lemma())) return true;
        return false;
    }

    private static boolean isPlace(SentenceView v, Gazetteer.Match m) {
        int before = m.first() - 1;
        if (before >= 0 && PLACE_PREPOSITIONS.contains(v.lower(before))) return true;
        if (before >= 0 && DIRECTION_PREPOSITIONS.contains(v.lower(before))) return governedByMotion(v, m);
        // "visited Mexico City", "left Kabul"
        for (var d : v.sentence.parents(m.end() - 1))
            if (d.baseRelation().equals("obj") && d.governor() >= 0 && MOTION.contains(v.token(d.governor()).lemma())) return true;
        // "New Delhi-based", "Moscow-backed": part of a compound word.
        if (m.end() < v.size() && v.token(m.end()).start() == m.endOffset() && v.token(m.end()).word().startsWith("-")) return true;
        // "the Moscow metro", "a Kiev suburb": a capital modifying a noun is a place.
        return m.end() < v.size() && v.token(m.end()).isNoun() && !v.token(m.end()).isProperNoun()
                && before >= 0 && v.isWord(before, "the", "a", "an");
    }
}
