package org.herald.actors;

import org.herald.nlp.EntityMention;
import org.herald.nlp.Token;

import java.util.Map;

/**
 * Persons named in a sentence (CoreNLP PERSON names), with the country and role their title gives.
 * A one-word name that is the surname of a full name elsewhere in the document is that person.
 */
final class PersonRules {
    /** Longest name taken after a title when CoreNLP did not mark it. */
    private static final int MAX_NAME_TOKENS = 5;
    /** Capitalised words that follow titles but are not names. */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Office", "Ministry", "Department", "Council", "House", "Court");

    private final ActorTable table;
    private final TitleFinder titles;
    private final Map<String, String> fullNameBySurname;

    PersonRules(ActorTable table, TitleFinder titles, Map<String, String> fullNameBySurname) {
        this.table = table;
        this.titles = titles;
        this.fullNameBySurname = fullNameBySurname;
    }

    /** The name as written, on one line, without a trailing possessive. */
    static String cleanName(String text) {
        return text.replaceAll("\\s+", " ").replaceAll("['’]s?$", "").trim();
    }

    static String key(String name) { return "P:" + ActorRegistry.normalise(name); }

    /** Words that start a surname of several words ("de Vries", "van der Berg", "bin Salman"). */
    static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "van", "von", "der", "den", "da", "di", "du", "del",
            "della", "le", "la", "al", "el", "bin", "ibn", "ben", "abu", "ter", "ten", "dos", "das");

    /** The surname of several words of a full name, from its first particle after the first name; null when none. */
    static String particleSurname(String fullName) {
        String[] words = fullName.trim().split("\\s+");
        for (int i = 1; i < words.length - 1; i++)
            if (PARTICLES.contains(words[i].toLowerCase(java.util.Locale.ROOT))) return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
        return null;
    }

    void apply(SentenceView v) {
        for (EntityMention e : v.sentence.entities()) {
            if (!"PERSON".equals(e.type()) || table.isClaimed(e.start(), e.end())) continue;
            person(v, e.firstToken(), e.endToken(), "person.ner");
        }
    }

    /**
     * Names CoreNLP missed (or took for an organisation) after a person's title: capitalised proper nouns right
     * after a capitalised role word ("UN Ambassador Song Kim said"). After a lower-case role, or a comma, the title
     * must name a country ("Vietnamese trade official Nguyen Van Long", "Mongolia's president, Batbold Gan"): a
     * lower-case role before a capitalised word is otherwise too weak a sign of a name.
     */
    void titled(SentenceView v, RoleBook roles) {
        for (int k = 0; k < v.size(); k++) {
            RoleBook.Match role = roles.matchAt(v.tokens, k);
            if (role == null || role.role().kind() != RoleBook.RoleKind.PERSON) continue;
            boolean weak = !v.isCapitalised(role.end() - 1);
            int first = role.end();
            if (v.isWord(first, ",")) {
                // "the army chief, General Imran Qureshi": the title after the comma introduces the name.
                if (first + 1 < v.size() && roles.matchAt(v.tokens, first + 1) != null) continue;
                weak = true;
                first++;
            }
            int end = first;
            while (end < v.size() && end - first < MAX_NAME_TOKENS && (isNameWord(v, end) || isParticleInName(v, first, end))) end++;
            while (end > first && !isNameWord(v, end - 1)) end--;
            if (end > first && !table.isClaimed(v.token(first).start(), v.token(end - 1).end())) {
                if (weak && !hasCountry(titles.find(v, first, end))) continue;
                person(v, first, end, "person.title-name");
                k = end - 1;
            }
        }
    }

    private static boolean hasCountry(TitleFinder.Title t) { return t != null && t.country() != null; }

    /** "van" in "Pieter van den Broek": a particle after a name word, before more of the name. */
    private boolean isParticleInName(SentenceView v, int first, int i) {
        if (i == first || !PARTICLES.contains(v.lower(i))) return false;
        int k = i;
        while (k < v.size() && PARTICLES.contains(v.lower(k))) k++;
        return k < v.size() && isNameWord(v, k);
    }

    private boolean isNameWord(SentenceView v, int i) {
        Token t = v.token(i);
        return v.isCapitalised(i) && t.pos().startsWith("NNP") && notAName(v.startingAt(i)) && notAName(v.endingAt(i + 1))
                && !NOT_NAMES.contains(t.word()) && t.word().chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.');
    }

    /** No gazetteer name here, or only a place of places.tsv, which may be a name too ("Lloyd Austin"). */
    private static boolean notAName(Gazetteer.Match m) {
        return m == null || m.entry().form() == Gazetteer.Form.PLACE;
    }

    private void person(SentenceView v, int first, int end, String baseRule) {
        String name = cleanName(PersonRules.text(v, first, end));
        if (name.isEmpty()) return;
        String full = fullNameBySurname.get(name.toLowerCase(java.util.Locale.ROOT));
        // A surname of a fuller name of the document is that person; a title before it still tells who they are
        // ("When President Trump's advisers ..." in an article that calls him "Mr. Trump" otherwise).
        boolean surname = full != null && !full.equals(name)
                && (end - first == 1 || full.toLowerCase(java.util.Locale.ROOT).endsWith(" " + name.toLowerCase(java.util.Locale.ROOT)));
        ActorTable.Entry p = surname ? table.entry(key(full), full, Actor.Kind.PERSON, null, null, null, baseRule)
                : table.entry(key(name), name, Actor.Kind.PERSON, null, null, null, baseRule);
        TitleFinder.Title t = titles.find(v, first, end);
        if (t != null && p.evidence == null) {
            String agent = t.role() == null ? null : t.role().role().agent();
            String code = null;
            if (t.country() != null) {
                code = t.country().entry().country() + (agent == null ? "" : agent);
                if (t.country().entry().form() == Gazetteer.Form.PLACE) p.countryFrom = "place:" + t.country().entry().name();
            }
            else if (t.igo() != null) { code = t.igo().entry().code(); agent = null; }
            if (code != null) ActorTable.setCode(p, code, agent);
            else p.agent = agent;
            if (t.roleFirst() < t.roleEnd()) p.role = text(v, t.roleFirst(), t.roleEnd());
            p.rule = t.rule();
            p.evidence = text(v, t.introFirst(), t.introEnd());
            // Title words belong to the person ("UN" in "UN Ambassador"), not to an actor of their own.
            if (t.roleFirst() < t.roleEnd())
                table.claim(v.token(t.roleFirst()).start(), v.token(t.roleEnd() - 1).end());
        }
        mention(p, v, first, end, v.sentence.index());
    }

    private void mention(ActorTable.Entry p, SentenceView v, int first, int end, int sentence) {
        Token last = v.token(end - 1);
        int stop = last.end();
        // CoreNLP sometimes keeps the possessive on the name's last token.
        String word = last.word();
        if (word.endsWith("'s") || word.endsWith("’s")) stop -= 2;
        p.sentence = Math.min(p.sentence, sentence);
        table.mention(p, v.token(first).start(), stop);
    }

    static String text(SentenceView v, int first, int end) {
        return v.sentence.tokens().isEmpty() ? "" : joined(v, first, end);
    }

    private static String joined(SentenceView v, int first, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = first; i < end; i++) {
            if (i > first && v.token(i).start() > v.token(i - 1).end()) b.append(' ');
            b.append(v.token(i).word());
        }
        return b.toString();
    }
}
