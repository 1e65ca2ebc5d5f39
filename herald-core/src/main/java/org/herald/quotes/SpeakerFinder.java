package org.herald.quotes;

import org.herald.nlp.Dependency;
import org.herald.nlp.EntityMention;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Finds the words naming the speaker of a cue in the dependency parse: the cue's subject, or its governor's. */
final class SpeakerFinder {
    /** How far up a chain of "adding"/"arguing" clauses the subject is looked for. */
    private static final int MAX_INHERIT = 3;
    /** How many tokens after a cue an inverted speaker ("said Maria Lindqvist") may start. */
    private static final int INVERTED_WINDOW = 7;
    /** Relations that leave a noun phrase (what follows says more about the speaker but does not name it), and the
     * phrase's own preposition ("according to"). */
    private static final Set<String> OUTSIDE_PHRASE = Set.of("appos", "acl", "acl:relcl", "punct", "cc", "conj", "case",
            "dep", "parataxis", "advcl", "ccomp", "xcomp");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

    private SpeakerFinder() { }

    /** The speaker words of the cue verb {@code verb}, or null. */
    static SpeakerWords ofCue(Sentence s, int verb) {
        return ofCue(s, verb, 0);
    }

    private static SpeakerWords ofCue(Sentence s, int verb, int depth) {
        // "The plan, Pop told reporters, would ...": of two subjects the one next to the verb speaks.
        int subject = -1;
        for (Dependency d : s.children(verb))
            if (d.relation().equals("nsubj") && (subject < 0 || Math.abs(d.dependent() - verb) < Math.abs(subject - verb))) subject = d.dependent();
        if (subject < 0) {
            for (Dependency d : s.children(verb)) if (d.relation().startsWith("nsubj") && !d.relation().contains("pass")) subject = d.dependent();
        }
        if (subject >= 0 && RELATIVES.contains(s.token(subject).word().toLowerCase(Locale.ROOT))) {
            // "Assange, who denied the accusation": the relative pronoun stands for the noun its clause hangs on.
            Dependency up = Parse.parent(s, verb);
            subject = up != null && up.relation().equals("acl:relcl") ? up.governor() : -1;
            return subject < 0 ? null : ofHead(s, subject);
        }
        if (subject >= 0) return ofHead(s, subject);
        // "A video showing ...", "a study finding ...": a participle's speaker is the noun it describes.
        Dependency described = Parse.parent(s, verb);
        if (described != null && described.relation().equals("acl") && described.governor() < verb && s.token(described.governor()).isNoun()
                && noPunctuationBetween(s, described.governor(), verb))
            return ofHead(s, described.governor());
        SpeakerWords inverted = inverted(s, verb);
        if (inverted != null) return inverted;
        if (depth < MAX_INHERIT) {
            // "..., adding that ...", "arguing that ...": the subject of the nearest verb above.
            // A misparsed graph can loop among nouns: each token is climbed through once at most.
            Set<Integer> seen = new HashSet<>(Set.of(verb));
            Dependency up = Parse.parent(s, verb);
            while (up != null && !s.token(up.governor()).isVerb() && seen.add(up.governor())) up = Parse.parent(s, up.governor());
            if (up != null && !s.token(up.governor()).isVerb()) up = null;
            if (up != null) return ofCue(s, up.governor(), depth + 1);
        }
        return null;
    }

    /** "a video showing" describes the video; "..., adding" after a comma is a clause of its own. */
    private static boolean noPunctuationBetween(Sentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) if (Parse.isPunct(s.token(i).word())) return false;
        return true;
    }

    /** "..., said Maria Lindqvist": a name right after the verb that the parser did not make its subject. */
    private static SpeakerWords inverted(Sentence s, int verb) {
        // "said Moldova's interior minister, Victor Rusu" parsed as an object: "say" takes none of its own.
        int object = Parse.child(s, verb, "obj");
        if (object > verb && s.token(verb).lemma().equals("say")) return ofHead(s, object);
        int properNoun = -1;
        for (int i = verb + 1; i < s.tokens().size() && i <= verb + INVERTED_WINDOW; i++) {
            Token t = s.token(i);
            if (Parse.isPunct(t.word()) && !t.word().equals("'")) break;
            EntityMention e = Parse.entityAt(s, i);
            if (e != null && (e.type().equals("PERSON") || e.type().equals("ORGANIZATION"))) return ofHead(s, e.endToken() - 1);
            // Not a time word ("was released Monday").
            if (t.isProperNoun() && properNoun < 0 && (i + 1 >= s.tokens().size() || !s.token(i + 1).pos().equals("POS"))
                    && !Set.of("DATE", "TIME").contains(t.ner())) properNoun = i;
        }
        return properNoun < 0 ? null : ofHead(s, properNoun);
    }

    /** The words of the noun phrase headed by {@code head}: a name where one is given, else the phrase. */
    static SpeakerWords ofHead(Sentence s, int head) {
        Token t = s.token(head);
        // A verb never names a speaker: a misparse that hangs the cue ("..., saying ...") under itself.
        if (t.isVerb()) return null;
        String lower = t.word().toLowerCase(Locale.ROOT);
        EntityMention e = Parse.entityAt(s, head);
        // "He Jianxiong said": a surname spelled like a pronoun, inside a person's name.
        boolean inName = e != null && e.type().equals("PERSON") && e.endToken() - e.firstToken() >= 2;
        if (t.pos().startsWith("PRP") && PRONOUNS.contains(lower) && !inName) return words(s, head, head, head + 1, SpeakerWords.Type.PRONOUN);
        if (e != null) return entity(s, e, head);
        if (t.isNoun()) {
            // "Ukraine's UN Ambassador Sergiy Kyslytsya" with the title as head and the name hung below it.
            for (Dependency d : s.children(head)) {
                EntityMention named = Parse.entityAt(s, d.dependent());
                if (named != null && named.type().equals("PERSON") && Set.of("dep", "compound", "flat", "appos").contains(d.relation()))
                    return entity(s, named, d.dependent());
            }
        }
        if (t.isNoun() && !t.isProperNoun()) {
            // "the German chancellor, Klaus Weber, said": the apposed name names the speaker.
            for (Dependency d : s.children(head)) {
                if (!d.relation().equals("appos")) continue;
                EntityMention named = Parse.entityAt(s, d.dependent());
                if (named != null && !named.type().equals("MISC")) return entity(s, named, d.dependent());
                if (s.token(d.dependent()).isProperNoun()) return ofHead(s, d.dependent());
            }
            // "finance minister Paul Tremblay" parsed with the title as head and the name left loose.
            if (head + 1 < s.tokens().size()) {
                EntityMention next = Parse.entityAt(s, head + 1);
                if (next != null && next.type().equals("PERSON") && next.firstToken() == head + 1) return entity(s, next, next.endToken() - 1);
            }
            // "President Ana Ribeiro" parsed with the title as head.
            for (Dependency d : s.children(head)) {
                EntityMention named = Parse.entityAt(s, d.dependent());
                if (d.relation().equals("compound") && named != null && named.type().equals("PERSON")) return entity(s, named, d.dependent());
            }
        }
        int first = head, last = head;
        for (int i : Parse.subtree(s, head, OUTSIDE_PHRASE)) {
            first = Math.min(first, i);
            last = Math.max(last, i);
        }
        while (last > head && Parse.isPunct(s.token(last).word())) last--;
        // "China's ambassador to Britain Liu Xiaming": a phrase that ends in a person's name names that person.
        EntityMention closing = Parse.entityAt(s, last);
        if (last > head && closing != null && closing.type().equals("PERSON") && closing.firstToken() > head
                && closing.endToken() - 1 == last) return entity(s, closing, last);
        if (t.isProperNoun()) return words(s, head, first, last + 1, SpeakerWords.Type.NAME);
        boolean definite = false;
        for (Dependency d : s.children(head)) {
            if (d.relation().equals("det") && DEFINITE.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) definite = true;
            if (d.relation().equals("nmod:poss")) definite = true;
        }
        return words(s, head, first, last + 1, definite ? SpeakerWords.Type.TITLE : SpeakerWords.Type.OTHER);
    }

    private static SpeakerWords entity(Sentence s, EntityMention e, int head) {
        SpeakerWords.Type type = switch (e.type()) {
            case "PERSON" -> SpeakerWords.Type.PERSON;
            case "ORGANIZATION" -> SpeakerWords.Type.ORGANIZATION;
            case "LOCATION" -> SpeakerWords.Type.PLACE;
            default -> SpeakerWords.Type.NAME;
        };
        int first = e.firstToken();
        // The tagger sometimes pulls a capitalised first word in ("While North Korea").
        while (first < e.endToken() - 1 && !s.token(first).isProperNoun() && !s.token(first).pos().startsWith("JJ")) first++;
        return words(s, head, first, e.endToken(), type);
    }

    private static SpeakerWords words(Sentence s, int head, int first, int end, SpeakerWords.Type type) {
        int start = s.token(first).start(), stop = s.token(end - 1).end();
        StringBuilder text = new StringBuilder();
        for (int i = first; i < end; i++) {
            if (i > first && s.token(i).start() > s.token(i - 1).end()) text.append(' ');
            text.append(s.token(i).word());
        }
        return new SpeakerWords(s.index(), head, start, stop, text.toString(), type);
    }
}
