package org.herald.quotes;

import org.herald.actors.Actor;
import org.herald.nlp.Dependency;
import org.herald.nlp.EntityMention;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

import java.util.Locale;
import java.util.Set;

/**
 * Turns the words naming a speaker into a {@link Quote.Speaker}: a pronoun goes to the nearest fitting named entity
 * before it (subjects first, the current sentence then earlier ones), a title ("the president added") to the last
 * mention of that title, a surname to the full name; then the referent is looked up among the document's actors.
 * Unresolvable pronouns give no speaker: none is invented.
 */
final class SpeakerResolver {
    /** Sentences searched back for a pronoun's antecedent: news pronouns rarely reach further. */
    private static final int PRONOUN_LOOKBACK = 4;
    /** Sentences searched back for an earlier mention of a title. */
    private static final int TITLE_LOOKBACK = 12;
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "they", "them");
    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them");

    private SpeakerResolver() { }

    static Quote.Speaker resolve(QuoteContext ctx, SpeakerWords w) {
        if (w == null) return null;
        return switch (w.type()) {
            case PRONOUN -> {
                SpeakerWords referent = antecedent(ctx, w);
                yield referent == null ? null : speaker(ctx, referent, w);
            }
            case TITLE -> {
                // "these countries" names a group of its own; "the president" points back to an earlier mention.
                boolean plural = ctx.sentence(w.sentence()).token(w.head()).pos().equals("NNS");
                SpeakerWords earlier = plural ? null : earlierTitle(ctx, w);
                yield speaker(ctx, earlier == null ? w : earlier, w);
            }
            default -> speaker(ctx, w, w);
        };
    }

    private static Quote.Speaker speaker(QuoteContext ctx, SpeakerWords referent, SpeakerWords words) {
        Actor actor = actorOf(ctx, referent);
        String name = actor != null && (actor.kind() == Actor.Kind.PERSON || isName(referent)) && namesReferent(actor, referent, ctx)
                ? actor.name() : fullName(ctx, referent);
        return new Quote.Speaker(actor == null ? null : actor.id(), name, actor == null ? null : actor.code(), words.start(), words.end());
    }

    /** An actor named by its role ("China's ambassador") does not name "Liu Xiaming": the words written do. */
    private static boolean namesReferent(Actor actor, SpeakerWords referent, QuoteContext ctx) {
        if (referent.type() != SpeakerWords.Type.PERSON) return true;
        String last = ctx.sentence(referent.sentence()).token(referent.head()).word();
        return actor.name() != null && actor.name().contains(last);
    }

    private static boolean isName(SpeakerWords w) {
        return w.type() != SpeakerWords.Type.TITLE && w.type() != SpeakerWords.Type.OTHER;
    }

    /** Names are looked up by their span; titles by their head noun, then by a possessor ("Russia's envoy"). */
    private static Actor actorOf(QuoteContext ctx, SpeakerWords w) {
        if (isName(w)) return ctx.actors.findAt(w.start(), w.end()).orElse(null);
        Sentence s = ctx.sentence(w.sentence());
        Token head = s.token(w.head());
        Actor byHead = ctx.actors.findAt(head.start(), head.end()).orElse(null);
        if (byHead != null) return byHead;
        int poss = Parse.child(s, w.head(), "nmod:poss");
        if (poss >= 0) return ctx.actors.findAt(s.token(poss).start(), s.token(poss).end()).orElse(null);
        return null;
    }

    /** The fullest earlier PERSON name ending with this surname ("Nebenzia" → "Vassily Nebenzia"), else the words. */
    private static String fullName(QuoteContext ctx, SpeakerWords w) {
        String text = ctx.text(w.start(), w.end());
        if (!isName(w)) return text;
        String best = text;
        for (Sentence s : ctx.nlp.sentences()) {
            for (EntityMention e : s.entities()) {
                if (e.type().equals("PERSON") && e.text().endsWith(" " + text) && e.text().length() > best.length()) best = e.text();
            }
        }
        return best;
    }

    /** The nearest fitting named entity before the pronoun: subjects first in each sentence, nearer sentences first. */
    private static SpeakerWords antecedent(QuoteContext ctx, SpeakerWords w) {
        String p = w.text().toLowerCase(Locale.ROOT);
        Set<String> types = PERSON_PRONOUNS.contains(p) ? Set.of("PERSON")
                : GROUP_PRONOUNS.contains(p) ? Set.of("ORGANIZATION", "LOCATION") : Set.of();
        if (types.isEmpty()) return null;
        Set<String> surnames = types.contains("PERSON") ? personSurnames(ctx) : Set.of();
        GenderWords.Gender gender = MALE_PRONOUNS.contains(p) ? GenderWords.Gender.MALE
                : FEMALE_PRONOUNS.contains(p) ? GenderWords.Gender.FEMALE : null;
        boolean plural = PLURAL_PRONOUNS.contains(p);
        for (int si = w.sentence(); si >= 0 && si >= w.sentence() - PRONOUN_LOOKBACK; si--) {
            Sentence s = ctx.sentence(si);
            int subject = -1, any = -1;
            // A chain of the same pronoun ("They seem intent on ... However, they said"): an earlier sentence whose
            // first subject is that pronoun hands on its antecedent, not a noun of its own clauses.
            int first = firstSubject(ctx, s);
            if (si < w.sentence() && first >= 0 && s.token(first).word().equalsIgnoreCase(p)) {
                SpeakerWords chained = SpeakerFinder.ofHead(s, first);
                return chained == null || chained.type() != SpeakerWords.Type.PRONOUN ? null : antecedent(ctx, chained);
            }
            for (Token t : s.tokens()) {
                if (ctx.inMarks(t) || si == w.sentence() && t.end() > w.start()) continue;
                // Number: "they" also stands for a plural subject ("Protesters ... They worry"), "it" never does.
                if (plural && Parse.isSubject(s, t.index()) && isPlural(s, t.index())) { subject = t.index(); any = t.index(); continue; }
                if (!fits(s, t, types, surnames) || !plural && isPlural(s, t.index()) && !types.contains("PERSON")) continue;
                // Gender: "he" is never a person the document names as a woman, nor "she" a man.
                if (gender != null) {
                    GenderWords.Gender known = ctx.genders.of(s, t.index());
                    if (known != null && known != gender) continue;
                }
                if (Parse.isSubject(s, t.index())) subject = t.index();
                any = t.index();
            }
            int chosen = subject >= 0 ? subject : any;
            if (chosen >= 0) return SpeakerFinder.ofHead(s, chosen);
        }
        return null;
    }

    /** The first subject of sentence {@code s} outside quotation marks, or -1. */
    private static int firstSubject(QuoteContext ctx, Sentence s) {
        for (Token t : s.tokens()) if (!ctx.inMarks(t) && Parse.isSubject(s, t.index())) return t.index();
        return -1;
    }

    /** A plural noun ("officials", "Democrats") or the head of a conjunction ("Holcomb and GOP leaders"). */
    private static boolean isPlural(Sentence s, int i) {
        Token t = s.token(i);
        return t.pos().equals("NNS") || t.pos().equals("NNPS") || t.isNoun() && Parse.child(s, i, "conj") >= 0;
    }

    /** A token of a fitting entity, or a proper noun the tagger missed that is the surname of a person named earlier. */
    private static boolean fits(Sentence s, Token t, Set<String> types, Set<String> surnames) {
        EntityMention e = Parse.entityAt(s, t.index());
        if (e != null && types.contains(e.type())) return true;
        return t.isProperNoun() && surnames.contains(t.word());
    }

    private static Set<String> personSurnames(QuoteContext ctx) {
        Set<String> out = new java.util.HashSet<>();
        for (Sentence s : ctx.nlp.sentences())
            for (EntityMention e : s.entities())
                if (e.type().equals("PERSON") && !ctx.inMarks(e.start())) out.add(s.token(e.endToken() - 1).word());
        return out;
    }

    /**
     * The person a bare title ("the president said", "the suspect said") stands for: of the persons the document
     * gives that title ("President Trump", "Indiana Gov. Eric Holcomb", "the suspect, Michael Webb"), the one it names
     * most often, the nearest before the title on a tie; a title first used before its name ("China's ambassador
     * said ... China's ambassador Liu Xiaming") takes the name given within {@link #TITLE_LOOKBACK} sentences after.
     * With no named holder, the last earlier mention of the title.
     */
    private static SpeakerWords earlierTitle(QuoteContext ctx, SpeakerWords w) {
        String title = ctx.titles.titleOf(ctx.sentence(w.sentence()).token(w.head()));
        SpeakerWords best = null, plain = null;
        int bestMentions = 0;
        int last = Math.min(ctx.nlp.sentences().size() - 1, w.sentence() + TITLE_LOOKBACK);
        for (int si = w.sentence(); si >= 0; si--) {
            Sentence s = ctx.sentence(si);
            for (int i = s.tokens().size() - 1; i >= 0; i--) {
                Token t = s.token(i);
                if (ctx.inMarks(t) || si == w.sentence() && t.start() >= w.start() || !ctx.titles.titleOf(t).equals(title)) continue;
                SpeakerWords named = namedBy(s, i);
                if (named == null) continue;
                if (named.type() != SpeakerWords.Type.PERSON) {
                    if (plain == null && si >= w.sentence() - TITLE_LOOKBACK) plain = named;
                    continue;
                }
                int mentions = mentions(ctx, s.token(named.head()).word());
                if (mentions > bestMentions) { best = named; bestMentions = mentions; }
            }
        }
        if (best != null) return best;
        for (int si = w.sentence(); si <= last; si++) {
            Sentence s = ctx.sentence(si);
            for (int i = 0; i < s.tokens().size(); i++) {
                Token t = s.token(i);
                if (ctx.inMarks(t) || si == w.sentence() && t.start() <= w.start() || !ctx.titles.titleOf(t).equals(title)) continue;
                SpeakerWords named = namedBy(s, i);
                if (named != null && named.type() == SpeakerWords.Type.PERSON) return named;
            }
        }
        return plain;
    }

    /** How often the document writes a person's surname outside quotation marks. */
    private static int mentions(QuoteContext ctx, String surname) {
        int n = 0;
        for (Sentence s : ctx.nlp.sentences())
            for (Token t : s.tokens()) if (t.word().equals(surname) && !ctx.inMarks(t)) n++;
        return n;
    }

    /** "President Ana Ribeiro", "Ana Ribeiro, the president", "the president, Ana Ribeiro": the person; else the title
     *  (null where the title word is tagged a verb: a verb names nobody). */
    private static SpeakerWords namedBy(Sentence s, int title) {
        // "the suspect, Michael Webb,": the name apposed to the title.
        for (Dependency d : s.children(title)) {
            EntityMention e = Parse.entityAt(s, d.dependent());
            if (Set.of("appos", "compound", "flat").contains(d.relation()) && e != null && e.type().equals("PERSON"))
                return SpeakerFinder.ofHead(s, e.endToken() - 1);
        }
        // "Gov. Eric Holcomb" with the name right after the title.
        if (title + 1 < s.tokens().size()) {
            EntityMention next = Parse.entityAt(s, title + 1);
            if (next != null && next.type().equals("PERSON") && next.firstToken() == title + 1) return SpeakerFinder.ofHead(s, next.endToken() - 1);
        }
        for (Dependency d : s.parents(title)) {
            if (d.governor() < 0) continue;
            EntityMention e = Parse.entityAt(s, d.governor());
            if ((d.relation().equals("compound") || d.relation().equals("appos")) && e != null && e.type().equals("PERSON"))
                return SpeakerFinder.ofHead(s, d.governor());
        }
        EntityMention own = Parse.entityAt(s, title);
        if (own != null && own.type().equals("PERSON")) return SpeakerFinder.ofHead(s, title);
        return SpeakerFinder.ofHead(s, title);
    }
}
