package org.herald.quotes;

import org.herald.Span;
import org.herald.nlp.Dependency;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reported speech without marks: a speech verb and the clause it reports ("said on Tuesday that her government would
 * cut fuel taxes", "arguing that it does not violate international law", "The talks will resume, he said"). The quote
 * is the reported clause only, without "that"; another speaker's clause inside it ("..., while X said ...") is cut
 * off. The parser gives the clause as the verb's complement (ccomp), as the clause the verb comments on
 * (parataxis, verb after it), or, for bare complements it misreads, as a loose dependent (obj + dep, csubj); each
 * shape records its own rule id. Negated cues ("did not say that") and clauses already taken by a direct or partial
 * quote give no quote; neither do first- and second-person speakers.
 */
final class ReportedClauseRule implements QuoteRule {
    static final String ID = "indirect.clause";
    private static final Set<String> NOT_SPEAKERS = Set.of("i", "we", "you");
    private static final Set<String> LEADING_MARKERS = Set.of("that");
    /** A reported clause shorter than this many words is a fragment ("said so"). */
    private static final int MIN_TOKENS = 2;

    @Override public String id() { return ID; }

    @Override public List<Candidate> find(QuoteContext ctx, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        // Reported speech clauses first, so that a belief, intention or noun phrase inside one ("X will seek a loan,
        // the minister said") does not take the clause from its speaker.
        for (int pass = 0; pass < 2; pass++)
        for (Sentence s : ctx.nlp.sentences()) {
            for (Token v : s.tokens()) {
                if (ctx.inMarks(v) || Candidate.anyOverlaps(found, v.start(), v.end())) continue;
                boolean reports = ctx.cues.isVerbCue(s, v.index(), SpeechCues.Use.INDIRECT);
                boolean infinitive = ctx.cues.isVerbCue(s, v.index(), SpeechCues.Use.INFINITIVE);
                boolean phrase = ctx.cues.isVerbCue(s, v.index(), SpeechCues.Use.NP);
                if (!reports && !infinitive && !phrase || Parse.isNegated(s, v.index())) continue;
                if (isPassive(s, v.index())) continue;
                String shape = "";
                Span span = null;
                SpeechCues.Use use = SpeechCues.Use.INDIRECT;
                int clause = reports ? Parse.child(s, v.index(), "ccomp") : -1;
                int xcomp = infinitive ? Parse.child(s, v.index(), "xcomp") : -1;
                int object = phrase ? Parse.child(s, v.index(), "obj") : -1;
                int prepositional = phrase ? ctx.cues.prepositionalObject(s, v.index()) : -1;
                if (prepositional > v.index() && object < 0) object = prepositional;
                if (clause >= 0) span = clauseSpan(ctx, s, v.index(), clause, Set.of());
                else if (xcomp > v.index() && hasTo(s, xcomp)) {
                    span = afterVerb(s, v.index(), xcomp);
                    shape = "-infinitive";
                    use = SpeechCues.Use.INFINITIVE;
                } else if (object > v.index() && xcomp < 0 && Parse.child(s, v.index(), "iobj") < 0) {
                    span = object == prepositional ? afterPreposition(s, v.index(), object) : afterVerb(s, v.index(), object);
                    shape = "-np";
                    use = SpeechCues.Use.NP;
                } else if (!reports) continue;
                else {
                    Dependency up = Parse.parent(s, v.index());
                    int loose = Parse.child(s, v.index(), "dep");
                    if (up != null && Set.of("parataxis", "dep").contains(up.relation()) && up.governor() < v.index()
                            && Parse.child(s, v.index(), "nsubj") < 0 && !v.pos().equals("VBG")) {
                        Candidate tail = SpeakerAfterClause.find(ctx, s, v.index(), up.governor());
                        if (tail != null && !Candidate.anyOverlaps(found, tail.start(), tail.end()) && !Candidate.anyOverlaps(out, tail.start(), tail.end()))
                            out.add(tail);
                        continue;
                    } else if (up != null && up.baseRelation().equals("advcl") && up.governor() > v.index() && hasMark(s, v.index(), "as")) {
                        // "As the documents have revealed, the detentions ...": the clause the "as" clause hangs on.
                        span = clauseSpan(ctx, s, v.index(), up.governor(), Parse.subtree(s, v.index(), Set.of()));
                        shape = "-as";
                    } else if (up != null && up.relation().equals("parataxis") && up.governor() < v.index()) {
                        span = clauseSpan(ctx, s, v.index(), up.governor(), Parse.subtree(s, v.index(), Set.of()));
                        shape = "-after";
                    } else if (loose > v.index() && s.token(loose).isVerb() && !s.token(loose).pos().equals("VBG")) {
                        span = looseSpan(ctx, s, v.index(), loose);
                        shape = "-loose";
                    } else if (up != null && up.relation().equals("csubj") && up.governor() > v.index()) {
                        span = looseSpan(ctx, s, v.index(), up.governor());
                        shape = "-loose";
                    } else if (endsSentence(s, v.index())) {
                        // "..., people familiar with the talks said." parsed with the clause as the cue's adverbial or
                        // the cue as a relative clause of the clause's last noun: the speaker phrase after the comma.
                        Candidate tail = SpeakerAfterClause.find(ctx, s, v.index(), -1);
                        if (tail != null && hasFiniteVerb(s, tail.start(), tail.end()) && !Candidate.anyOverlaps(found, tail.start(), tail.end()) && !Candidate.anyOverlaps(out, tail.start(), tail.end()))
                            out.add(tail);
                        continue;
                    }
                }
                if (span == null || Candidate.anyOverlaps(found, span.start(), span.end()) || Candidate.anyOverlaps(out, span.start(), span.end())) continue;
                Cue cue = Cue.of(s, v.index());
                if (cue.speaker() == null || NOT_SPEAKERS.contains(cue.speaker().text().toLowerCase(Locale.ROOT))) continue;
                Quote.Mode mode = ctx.cues.mode(s, v.index(), use);
                if (pass == 0 && (use != SpeechCues.Use.INDIRECT || mode != Quote.Mode.SPEECH)) continue;
                out.add(new Candidate(Quote.Kind.INDIRECT, List.of(span), cue.speaker(), cue.word(), ID + shape, false, mode, null));
            }
        }
        return out;
    }

    /**
     * What verb cue {@code verb} reports, as one span: its clause (ccomp), its to-infinitive with the object before it,
     * or its object noun phrase; null when it has none of these.
     */
    static Span reported(QuoteContext ctx, Sentence s, int verb) {
        int clause = Parse.child(s, verb, "ccomp");
        if (clause >= 0) return clauseSpan(ctx, s, verb, clause, Set.of());
        int xcomp = Parse.child(s, verb, "xcomp");
        if (xcomp > verb && hasTo(s, xcomp)) return afterVerb(s, verb, xcomp);
        int object = Parse.child(s, verb, "obj");
        return object > verb && xcomp < 0 ? afterVerb(s, verb, object) : null;
    }

    /** Whether a finite verb lies in body offsets [from, to): a clause, not a name before an apposition. */
    private static boolean hasFiniteVerb(Sentence s, int from, int to) {
        for (Token t : s.tokens())
            if (t.start() >= from && t.end() <= to && Set.of("VBD", "VBZ", "VBP", "MD").contains(t.pos())) return true;
        return false;
    }

    /** Whether only the cue's own dependents and punctuation follow it: the cue closes its sentence. */
    private static boolean endsSentence(Sentence s, int verb) {
        Set<Integer> own = Parse.subtree(s, verb, Set.of());
        for (int i = verb + 1; i < s.tokens().size(); i++) if (!own.contains(i) && !Parse.isPunct(s.token(i).word())) return false;
        return verb >= 2;
    }

    /** A prepositional verb's object without the preposition ("called for [better pay and more respect]"). */
    private static Span afterPreposition(Sentence s, int verb, int object) {
        int preposition = Parse.child(s, object, "case");
        return afterVerb(s, preposition > verb && preposition < object ? preposition : verb, object);
    }

    private static boolean hasMark(Sentence s, int head, String word) {
        for (Dependency d : s.children(head))
            if (d.relation().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase(word)) return true;
        return false;
    }

    /** Whether the clause headed by {@code head} is a to-infinitive ("vowed to veto"). */
    private static boolean hasTo(Sentence s, int head) {
        for (Dependency d : s.children(head))
            if (d.relation().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase("to")) return true;
        return false;
    }

    /**
     * From the first word after the verb to the end of {@code head}'s phrase: the object noun phrase, or the object and
     * the to-infinitive after it ("urged Vietnam to push back"); a clause of the verb's own after it is left out.
     */
    private static Span afterVerb(Sentence s, int verb, int head) {
        Set<Integer> tokens = withReferents(s, Parse.subtree(s, head, Set.of("parataxis", "punct")));
        // "cited the backlash as proof that ...", "touted the plan as making strides": the "as" phrase is content too.
        for (Dependency d : s.children(verb)) {
            if (d.dependent() <= head || !d.relation().equals("obl:as") && !d.relation().equals("advcl:as")) continue;
            tokens = new HashSet<>(tokens);
            tokens.addAll(withReferents(s, Parse.subtree(s, d.dependent(), Set.of("parataxis", "punct"))));
            for (int i = head + 1; i < d.dependent(); i++) if (s.token(i).word().equalsIgnoreCase("as")) tokens.add(i);
        }
        int last = head;
        for (int i : tokens) if (i > verb) last = Math.max(last, i);
        for (int i = head + 1; i <= last; i++) if (!tokens.contains(i) && !Parse.isPunct(s.token(i).word())) { last = i - 1; break; }
        last = beforeOtherSubject(s, head, last);
        last = beforeClosingAdverbial(s, head, last);
        return trimmed(s, verb + 1, withoutAside(s, verb + 1, last));
    }

    /** "confessed to the crime and the jury took ...": a conjoined noun that is another verb's subject ends the phrase. */
    private static int beforeOtherSubject(Sentence s, int head, int last) {
        for (Dependency d : s.children(head)) {
            if (!d.baseRelation().equals("conj") || d.dependent() > last || !isSubjectOfVerb(s, d.dependent())) continue;
            int first = d.dependent();
            for (int t : Parse.subtree(s, d.dependent(), Set.of())) first = Math.min(first, t);
            return Math.min(last, first - 1);
        }
        return last;
    }

    private static boolean isSubjectOfVerb(Sentence s, int token) {
        for (Dependency d : s.parents(token)) if (d.relation().startsWith("nsubj") && s.token(d.governor()).isVerb()) return true;
        return false;
    }

    /** Subordinators that open the reporter's closing adverbial clause after a comma ("..., as the protests escalate"). */
    private static final Set<String> ADVERBIAL_MARKS = Set.of("as", "while", "when", "after", "before", "amid", "since");

    /** "threatened to use force on them, as the protests escalated": the content ends before a comma and such a clause. */
    private static int beforeClosingAdverbial(Sentence s, int head, int last) {
        for (int i = head + 1; i < last; i++) {
            if (!s.token(i).word().equals(",") || !ADVERBIAL_MARKS.contains(s.token(i + 1).word().toLowerCase(Locale.ROOT))) continue;
            for (Dependency d : s.parents(i + 1)) if (d.relation().equals("mark") || d.baseRelation().equals("case")) return i - 1;
        }
        return last;
    }

    /** The clause's tokens on its side of the verb, less {@code leaveOut}, embedded reports, "that" and end punctuation. */
    static Span clauseSpan(QuoteContext ctx, Sentence s, int verb, int clause, Set<Integer> leaveOut) {
        Set<Integer> tokens = withReferents(s, Parse.subtree(s, clause, Set.of()));
        tokens.removeAll(leaveOut);
        tokens.removeAll(embeddedReports(ctx, s, clause, tokens));
        int first = clause, last = clause;
        for (int i : tokens) {
            if (clause > verb && i <= verb || clause < verb && i >= verb) continue;
            first = Math.min(first, i);
            last = Math.max(last, i);
        }
        // The clause ends where a token left out begins ("..., while X said ...").
        for (int i = clause + 1; i <= last; i++) if (!tokens.contains(i)) { last = i - 1; break; }
        if (clause > verb) last = withoutAside(s, first, withTrailing(ctx, s, verb, last, leaveOut));
        return trimmed(s, first, last);
    }

    /** Relations by which a parser hangs the end of a reported clause on the cue instead ("says the risk continues
     *  because ...", "said the victim was one of two people who ..."). */
    private static final Set<String> TRAILING = Set.of("advcl", "acl:relcl", "acl", "obl");

    /**
     * The clause's end, extended over what the parser hung on the cue right after it: a "because" clause, a relative
     * clause, a place or time phrase. Not a speech cue of its own ("..., adding that ..."), nor a participle after a
     * comma ("..., citing the commission"): those are the reporter's.
     */
    private static int withTrailing(QuoteContext ctx, Sentence s, int verb, int last, Set<Integer> leaveOut) {
        for (Dependency d : s.children(verb)) {
            int t = d.dependent();
            if (t <= last || !TRAILING.contains(d.baseRelation()) || leaveOut.contains(t)) continue;
            if (ctx.cues.isVerbCue(s, t, SpeechCues.Use.INDIRECT) || ctx.cues.isVerbCue(s, t, SpeechCues.Use.DIRECT)
                    || ctx.cues.isVerbCue(s, t, SpeechCues.Use.INFINITIVE) || ctx.cues.isVerbCue(s, t, SpeechCues.Use.NP)) continue;
            Set<Integer> tail = Parse.subtree(s, t, Set.of());
            int from = t, to = t;
            for (int i : tail) { from = Math.min(from, i); to = Math.max(to, i); }
            boolean comma = false;
            for (int i = last + 1; i < from; i++) {
                if (!Parse.isPunct(s.token(i).word())) { comma = true; from = -1; break; }
                comma = true;
            }
            if (from < 0 || comma && s.token(t).pos().equals("VBG")) continue;
            if (d.baseRelation().equals("obl") && comma) continue;
            last = to;
        }
        return last;
    }

    /**
     * The span's end before a closing aside: a relative clause or apposition after a comma, colon or dash that runs to
     * the end ("rejected Assange's attempt to delay the hearing, which is scheduled ..."), the reporter's words.
     */
    private static int withoutAside(Sentence s, int first, int last) {
        for (int i = first + 1; i <= last; i++) {
            String w = s.token(i - 1).word();
            if (!w.equals(",") && !w.equals(":") && !w.equals("—") && !w.equals("–")) continue;
            int head = asideHead(s, i);
            if (head < 0) continue;
            int end = head;
            for (int t : Parse.subtree(s, head, Set.of())) end = Math.max(end, t);
            while (end < last && Parse.isPunct(s.token(end + 1).word())) end++;
            if (end >= last) return i - 2;
        }
        return last;
    }

    /** The head of a relative clause or apposition starting at token {@code i}, or -1. */
    private static int asideHead(Sentence s, int i) {
        for (Dependency d : s.parents(i)) {
            if (!d.relation().equals("ref")) continue;
            for (Dependency r : s.children(d.governor())) if (r.relation().equals("acl:relcl") && r.dependent() > i) return r.dependent();
        }
        for (int h = i; h < Math.min(s.tokens().size(), i + 4); h++)
            for (Dependency d : s.parents(h)) if (d.relation().equals("appos") && d.governor() < i) return h;
        return -1;
    }

    /** The relative pronouns ("who", "which") the enhanced graph hangs on their noun only by a referent edge. */
    private static Set<Integer> withReferents(Sentence s, Set<Integer> tokens) {
        Set<Integer> out = new HashSet<>(tokens);
        for (int t : tokens) for (Dependency d : s.children(t)) if (d.relation().equals("ref")) out.add(d.dependent());
        return out;
    }

    /** A bare complement the parser split: from the first word after the verb to the end of {@code clause}'s phrase. */
    private static Span looseSpan(QuoteContext ctx, Sentence s, int verb, int clause) {
        Set<Integer> tokens = new HashSet<>(Parse.subtree(s, clause, Set.of()));
        tokens.removeAll(Parse.subtree(s, verb, Set.of("dep", "obj", "iobj", "obl")));
        tokens.add(clause);
        int last = verb + 1;
        for (int i : tokens) if (i > verb) last = Math.max(last, i);
        // A clause with its own subject starts there; one without takes the verb's object as its subject
        // ("warned the strikes would trigger ...").
        int first = verb + 1;
        // "told reporters the decision had been taken": the listener before the clause's subject is not content.
        int listener = Parse.child(s, verb, "iobj"), object = Parse.child(s, verb, "obj");
        if (listener > verb && object > listener && object < clause) {
            first = object;
            for (int i : Parse.subtree(s, object, Set.of())) if (i > listener) first = Math.min(first, i);
        }
        if (Parse.child(s, clause, "nsubj") >= 0 || Parse.child(s, clause, "nsubj:pass") >= 0) {
            first = clause;
            for (int i : tokens) if (i > verb) first = Math.min(first, i);
        }
        return trimmed(s, first, last);
    }

    /** "Asked whether he would run, X said": a passive cue reports what the speaker heard, not said. */
    private static boolean isPassive(Sentence s, int verb) {
        if (!s.token(verb).pos().equals("VBN")) return false;
        for (Dependency d : s.children(verb)) {
            if (d.relation().equals("aux:pass")) return true;
            if (d.relation().equals("aux") && s.token(d.dependent()).lemma().equals("have")) return false;
        }
        return Parse.child(s, verb, "nsubj") < 0;
    }

    /** Tokens of speech clauses inside the clause that have a subject of their own: another speaker's report. */
    private static Set<Integer> embeddedReports(QuoteContext ctx, Sentence s, int clause, Set<Integer> tokens) {
        Set<Integer> out = new HashSet<>();
        for (int t : tokens) {
            if (t == clause || !ctx.cues.isVerbCue(s, t, SpeechCues.Use.INDIRECT) || Parse.child(s, t, "nsubj") < 0) continue;
            Dependency up = Parse.parent(s, t);
            if (up == null || !Set.of("advcl", "conj", "parataxis").contains(up.baseRelation())) continue;
            out.addAll(Parse.subtree(s, t, Set.of()));
            for (Dependency d : s.children(t)) if (d.relation().equals("mark")) out.add(d.dependent());
        }
        return out;
    }

    private static Span trimmed(Sentence s, int first, int last) {
        while (first < last && (Parse.isPunct(s.token(first).word())
                || LEADING_MARKERS.contains(s.token(first).word().toLowerCase(Locale.ROOT)) && isMarker(s, first))) first++;
        while (last > first && (Parse.isPunct(s.token(last).word()) || s.token(last).pos().equals("CC") || s.token(last).pos().equals("IN"))) last--;
        if (last - first + 1 < MIN_TOKENS) return null;
        return new Span(s.token(first).start(), s.token(last).end());
    }

    /** The complementizer "that" (the tagger calls it IN, WDT ...), not the determiner of "that deal was bad". */
    private static boolean isMarker(Sentence s, int i) {
        for (Dependency d : s.parents(i)) if (d.relation().equals("det")) return false;
        return true;
    }
}
