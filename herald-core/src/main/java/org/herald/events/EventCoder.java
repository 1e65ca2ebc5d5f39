package org.herald.events;

import org.herald.Excerpt;
import org.herald.Span;
import org.herald.actors.Actors;
import org.herald.events.dating.EventDater;
import org.herald.events.dating.Reference;
import org.herald.extract.Article;
import org.herald.knowledge.KnowledgeSource;
import org.herald.nlp.Dependency;
import org.herald.nlp.NlpDocument;
import org.herald.nlp.Sentence;
import org.herald.quotes.Quote;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Codes CAMEO events over the dependency parse. For each word whose lemma heads a pattern of
 * {@code events/patterns/*.rules}, the most specific pattern whose frame matches wins; {@link Modality} then drops
 * negated and merely possible acts and turns intended or threatened ones into their 03x/13x codes. Source and target
 * come from the actors stage ({@link PartyFinder}); inside a quote, "we" and "I" are the speaker, and an accusation
 * stated as a plain fact ("Russia violated the resolution") has the speaker, or the subject of the verb of saying,
 * as its source. One event per source-target pair. A sentence asserts the acts of its main clauses: an act inside a
 * background clause under a coded act (time or reason clause, relative clause, a clause hung on a noun) is dropped
 * ({@link BackgroundClauses}), and a protest's purpose and manner clauses are part of the protest.
 */
public final class EventCoder {
    private static final int MAX_SPEECH_CLIMB = 3;
    /** Coordinated sources beyond this many are a list of critics, not parties acting on each other. */
    private static final int MAX_MUTUAL = 3;
    private final Codebook codebook;
    private final Modality modality;
    private final CodeShift codeShift;
    private final Map<String, List<Pattern>> byLemma;
    /**
     * Per head lemma, the patterns a word may fall back on when no frame of its lemma matches: those whose head alone
     * carries the event (no slot restricts its word), with every slot made optional, so the parse gives the parties.
     */
    private final Map<String, List<Pattern>> relaxedByLemma;
    /** Per head lemma and kind ("/n", "/v"), the prepositions its frames take a target with ("withdraw ... from X"). */
    private final Map<String, Set<String>> targetPrepositions;
    /** The step id of events of an agentless passive (no source), and what it costs their confidence. */
    static final String AGENTLESS_PASSIVE = "+agentless-passive";
    private static final double AGENTLESS_PENALTY = 0.1;
    /** The step id a relaxed pattern's events add to their rule. */
    static final String RELAXED_FRAME = "+frame-relaxed";

    /**
     * PETRARCH's reading of a sentence, for imported dictionaries: with no subject, the source is the nearest actor before
     * the verb; with no object, the target is the first actor after it.
     */
    private final boolean positionalParties;
    /** Word sets, root behaviours and the parse repairs switched on ({@link Repair}; all, unless {@value Repair#OFF_PROPERTY} names some). */
    private final CoderKnowledge knowledge;
    private final RootBehaviours roots;

    private EventCoder(Codebook codebook, Modality modality, CodeShift codeShift, List<Pattern> patterns, boolean positionalParties,
                       CoderKnowledge knowledge) {
        this.positionalParties = positionalParties;
        this.knowledge = knowledge;
        this.roots = knowledge.roots();
        this.codeShift = codeShift;
        this.codebook = codebook;
        this.modality = modality;
        Map<String, List<Pattern>> index = new HashMap<>();
        for (Pattern p : patterns) for (String h : p.heads()) index.computeIfAbsent(h, k -> new ArrayList<>()).add(p);
        this.byLemma = Map.copyOf(index);
        Map<String, List<Pattern>> relaxed = new HashMap<>();
        if (!positionalParties)
            for (Pattern p : patterns) {
                if (!headAlone(p, roots)) continue;
                Pattern r = relaxed(p);
                for (String h : p.heads()) if (!h.equals("*")) relaxed.computeIfAbsent(h, k -> new ArrayList<>()).add(r);
            }
        this.relaxedByLemma = Map.copyOf(relaxed);
        Map<String, Set<String>> preps = new HashMap<>();
        for (Pattern p : patterns)
            for (Slot s : p.slots())
                if (s.kind() == Slot.Kind.PP && s.role() == Slot.Role.TARGET)
                    for (String h : p.heads()) preps.computeIfAbsent(h + (p.noun() ? "/n" : "/v"), k -> new java.util.TreeSet<>()).add(s.name());
        this.targetPrepositions = Map.copyOf(preps);
    }

    /**
     * A pattern whose head word alone says what happened ("arrest", "condemn", "attack"): no slot restricts its word,
     * it needs no auxiliary, and it is no bare statement (root 01, never an event by itself).
     */
    private static boolean headAlone(Pattern p, RootBehaviours roots) {
        if (roots.has(p.code().value(), RootBehaviours.Behaviour.STATEMENT) || isGenericGovernor(p) || requiresAux(p)) return false;
        for (Slot s : p.slots()) if (!s.lemmas().isEmpty() || s.kind() == Slot.Kind.WORD) return false;
        return true;
    }

    private static Pattern relaxed(Pattern p) {
        List<Slot> slots = new ArrayList<>();
        for (Slot s : p.slots()) slots.add(new Slot(s.kind(), s.name(), s.lemmas(), s.role(), true));
        return new Pattern(p.code(), p.heads(), p.noun(), slots, p.rule() + " " + RELAXED_FRAME, p.targetCode());
    }

    /** The shipped coder with the repairs of this process ({@link Repair#enabledByProperty()}). */
    public static EventCoder load(KnowledgeSource source) {
        return load(source, Repair.enabledByProperty());
    }

    /** The shipped coder with only {@code repairs} switched on (ablation, tests). */
    public static EventCoder load(KnowledgeSource source, Set<Repair> repairs) {
        return new EventCoder(Codebook.load(source), Modality.load(source), CodeShift.load(source), PatternReader.readAll(source), false,
                knowledge(source, repairs));
    }

    private static CoderKnowledge knowledge(KnowledgeSource source, Set<Repair> repairs) {
        return new CoderKnowledge(CoderWords.load(source), RootBehaviours.load(source), repairs);
    }

    /** A coder over other patterns (an imported PETRARCH dictionary) with the shipped codebook and modality words. */
    public static EventCoder withPatterns(KnowledgeSource source, List<Pattern> patterns) {
        return new EventCoder(Codebook.load(source), Modality.load(source), CodeShift.load(source), patterns, true,
                knowledge(source, Repair.enabledByProperty()));
    }

    public Codebook codebook() { return codebook; }

    public List<Event> code(Article article, NlpDocument nlp, Actors actors, List<Quote> quotes) {
        List<Event> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Context context = new Context();
        for (Sentence s : nlp.sentences()) {
            if (s.dependencies().isEmpty()) continue;
            Graph g = new Graph(s, knowledge);
            List<EventDraft> drafts = codeSentence(g, article.body(), actors, quotes, context);
            List<Event.Party> sentenceSources = new ArrayList<>();
            for (EventDraft d : drafts) if (d.source != null && !sentenceSources.contains(d.source)) sentenceSources.add(d.source);
            if (!sentenceSources.isEmpty()) context.lastSources = sentenceSources;
            for (EventDraft d : drafts) {
                String key = d.cameo + "|" + PartyResolver.partyKey(d.source) + "|" + PartyResolver.partyKey(d.target) + "|" + s.index();
                if (!seen.add(key)) continue;
                out.add(d.toEvent("e" + (out.size() + 1), s.index(), article.body()));
            }
        }
        // The publication date, else the day an archive captured the page.
        Reference reference = article.published() != null ? Reference.published(article.published()) : Reference.captured(article.captured());
        return EventDater.shipped().date(out, nlp, article.body(), reference);
    }

    private record EventDraft(String cameo, PloverType plover, String mode, Event.Party source, Event.Party target, Span evidence,
                              String quote, double confidence, String rule, Set<Repair> repairs) {
        Event toEvent(String id, int sentence, String body) {
            List<String> ids = new ArrayList<>();
            for (Repair r : repairs) ids.add(r.id());
            return new Event(id, cameo, cameo.substring(0, 2), plover == null ? null : plover.name(), mode, source, target,
                    sentence, Excerpt.of(body, evidence), quote, confidence, rule, null, ids);
        }
    }

    /** What the coder remembers from earlier sentences of one document: who acted last ("These countries accused ..."). */
    private static final class Context {
        List<Event.Party> lastSources = List.of();
    }

    private List<EventDraft> codeSentence(Graph g, String body, Actors actors, List<Quote> quotes, Context context) {
        List<FrameMatcher.Match> matches = new ArrayList<>();
        Map<Integer, Modality.Mood> moods = new HashMap<>();
        for (int i = 0; i < g.size(); i++) {
            List<Pattern> cands = candidates(g.lemma(i));
            if (cands.isEmpty()) continue;
            boolean noun = g.token(i).isNoun();
            boolean verb = g.token(i).isVerb() || g.token(i).pos().equals("JJ");
            final int at = i;
            boolean nounTaggedVerb = !verb && g.allows(Repair.NOUN_TAGGED_VERB) && noun && g.has(at, "aux") && g.has(at, "nsubj");
            verb |= nounTaggedVerb;
            // The pattern whose frame the sentence fills most wins; among equals, the first in file order.
            FrameMatcher.Match best = null;
            for (Pattern p : cands) {
                if (p.noun() ? !noun : !verb) continue;
                FrameMatcher.Match m = FrameMatcher.match(p, g, i);
                if (m != null && (best == null || m.score() > best.score())) best = m;
            }
            // Slot lists are preferences: a head whose frames all fail still codes its event, the parse giving the parties.
            if (best == null)
                for (Pattern p : relaxedByLemma.getOrDefault(g.lemma(i), List.of())) {
                    if (p.noun() ? !noun : !verb) continue;
                    FrameMatcher.Match m = FrameMatcher.match(p, g, i);
                    // Without its frame, the head must still find whom it was done to ("Mordor agreed" says too little).
                    // A phrase opening the sentence ("With Gondor, Mordor agreed") sets the scene; it is nobody's target.
                    final int head = i;
                    if (m == null || m.targets().stream().allMatch(t -> t < head && g.dependents(t, "case").contains(0))
                            && m.laterTargets().isEmpty()) continue;
                    if (best == null || m.score() > best.score()) best = m;
                }
            if (best != null && !positionalParties && best.targets().isEmpty() && best.laterTargets().isEmpty()) {
                // The frame that fitted names no target; a phrase with a preposition another frame of the head takes
                // a target with does ("pulled out of X", "a protest over X"); a place phrase ("in Edoras") says where.
                List<Integer> found = new ArrayList<>();
                for (String prep : targetPrepositions.getOrDefault(g.lemma(i) + (best.pattern().noun() ? "/n" : "/v"), Set.of()))
                    if (!FrameMatcher.VENUE_PREPOSITIONS.contains(prep)) FrameMatcher.collectPp(g, i, prep, found);
                final int head = i;
                List<Integer> own = best.sources();
                found.removeIf(t -> PartyFinder.isTimeWord(g, t) || own.contains(t) || t < head && g.dependents(t, "case").contains(0));
                if (!found.isEmpty())
                    best = new FrameMatcher.Match(best.pattern(), best.head(), best.sources(), List.of(found.get(0)), best.evidence(), best.clauses(),
                            best.sourceFromContext(), best.score(), List.of(), best.repairs());
            }
            if (best != null) {
                if (nounTaggedVerb && !best.pattern().noun()) {
                    Set<Repair> with = EnumSet.of(Repair.NOUN_TAGGED_VERB);
                    with.addAll(best.repairs());
                    best = new FrameMatcher.Match(best.pattern(), best.head(), best.sources(), best.targets(), best.evidence(), best.clauses(),
                            best.sourceFromContext(), best.score(), best.laterTargets(), with);
                }
                matches.add(best);
                // A pattern that requires its own auxiliary ("Sudan must return ...": a demand) is not hedged by it.
                // Imported dictionaries write negation and modality into their own patterns ("NOT *", "WILL"): taken as given.
                moods.put(i, requiresAux(best.pattern()) || positionalParties ? Modality.Mood.ACTUAL : modality.mood(g, i));
            }
        }
        // "pledged to send aid": the embedded act is coded (as an intention); the bare "pledge to ..." pattern yields.
        Set<Integer> consumed = new HashSet<>();
        for (FrameMatcher.Match m : matches) if (!isGenericGovernor(m.pattern())) consumed.addAll(m.clauses());
        Set<Integer> coded = new HashSet<>();
        for (FrameMatcher.Match m : matches) if (moods.get(m.head()) != Modality.Mood.NONE) coded.add(m.head());
        Map<Integer, List<EventDraft>> byHead = new LinkedHashMap<>();
        Set<Integer> heads = new HashSet<>();
        Set<Integer> protests = new HashSet<>();
        for (FrameMatcher.Match m : matches) {
            heads.add(m.head());
            if (coded.contains(m.head()) && roots.has(m.pattern().code().value(), RootBehaviours.Behaviour.PURPOSE_PART)) protests.add(m.head());
        }
        for (FrameMatcher.Match m : matches) {
            Modality.Mood mood = moods.get(m.head());
            if (mood == Modality.Mood.NONE || consumed.contains(m.head())) continue;
            // "rallied ... calling for his removal", "blocked roads to press their demands": the protest's purpose is part
            // of the protest (which takes its target from it), not an event of its own.
            if (!positionalParties && BackgroundClauses.partOfProtest(g, m.head(), protests, l -> modality.kindOf(l) == Modality.Kind.SPEECH)) continue;
            // "launched an attack on X": the verb's own pattern codes it; its object does not code it again.
            if (m.pattern().noun() && heads.contains(g.governorBy(m.head(), "obj"))) continue;
            if (isGenericGovernor(m.pattern()) && m.clauses().stream().anyMatch(coded::contains)) continue;
            List<EventDraft> ds = drafts(g, m, mood, body, actors, quotes, context);
            if (!ds.isEmpty()) byHead.put(m.head(), ds);
        }
        List<EventDraft> out = new ArrayList<>();
        for (Map.Entry<Integer, List<EventDraft>> e : byHead.entrySet())
            if (positionalParties || !BackgroundClauses.isBackground(g, e.getKey(), byHead.keySet())) out.addAll(e.getValue());
        return out;
    }

    /** The verb carrying a nominal event as its object ("announced a suspension"), or -1. */
    private int carrier(Graph g, int noun) {
        int gov = g.governorBy(noun, "obj");
        if (gov < 0) return -1;
        Modality.Kind k = modality.kindOf(g.lemma(gov));
        boolean carries = k == Modality.Kind.LIGHT || k == Modality.Kind.SPEECH && (g.lemma(gov).equals("announce") || g.lemma(gov).equals("declare"));
        return carries ? gov : -1;
    }

    /** Patterns of a lemma, then the patterns for any verb (head {@code *}). */
    private List<Pattern> candidates(String lemma) {
        List<Pattern> own = byLemma.getOrDefault(lemma, List.of());
        List<Pattern> any = byLemma.getOrDefault("*", List.of());
        if (any.isEmpty()) return own;
        if (own.isEmpty()) return any;
        List<Pattern> out = new ArrayList<>(own);
        out.addAll(any);
        return out;
    }

    private static boolean requiresAux(Pattern p) {
        for (Slot s : p.slots()) if (s.kind() == Slot.Kind.REL && s.name().equals("aux") && !s.optional()) return true;
        return false;
    }

    /** A pattern whose only frame is an open complement ("pledged to ...", "threatened to ..."). */
    private static boolean isGenericGovernor(Pattern p) {
        for (Slot s : p.slots()) if (s.kind() == Slot.Kind.REL && s.name().equals("xcomp") && s.lemmas().isEmpty()) return true;
        return false;
    }

    private List<EventDraft> drafts(Graph g, FrameMatcher.Match m, Modality.Mood mood, String body, Actors actors, List<Quote> quotes,
                                    Context context) {
        int log = g.mark();
        String cameo = codeShift.shift(m.pattern().code().value(), mood, codebook, roots);
        Optional<Codebook.Entry> entry = codebook.find(cameo);
        int hs = g.token(m.head()).start();
        Quote quote = quoteAt(quotes, hs);
        Event.Party speaker = quote == null || quote.speaker() == null ? null
                : new Event.Party(quote.speaker().actor(), quote.speaker().name(), quote.speaker().code());

        List<Event.Party> sources = new ArrayList<>();
        if (m.sourceFromContext()) {
            Event.Party reporter = speaker != null ? speaker : reporter(g, m.head(), body, actors);
            if (reporter != null) sources.add(reporter);
        } else {
            for (int t : PartyResolver.expand(g, PartyResolver.anchors(g, m.sources(), actors), actors)) {
                Optional<PartyFinder.Found> f = PartyFinder.find(g, t, body, actors);
                if (f.isPresent() && f.get().firstPerson()) {
                    if (speaker != null) sources.add(speaker);
                    continue;
                }
                if (f.isEmpty() || f.get().party().actor() == null && PartyResolver.isAnaphor(g, t)) {
                    // "it said it had halted aid": the reporter; "These countries accused ...": whoever acted last.
                    Event.Party reporter = reporter(g, m.head(), body, actors);
                    if (reporter != null && !PartyResolver.isPlural(g, t)) sources.add(reporter);
                    else if (PartyResolver.isPlural(g, t)) sources.addAll(context.lastSources);
                    continue;
                }
                if (f.get().firstPerson()) {
                    if (speaker != null) sources.add(speaker);
                } else {
                    sources.add(f.get().party());
                }
            }
        }
        if (sources.isEmpty() && m.pattern().noun() && !m.pattern().assigns(Slot.Role.SOURCE)) {
            // "Italy announced a suspension of air links", "launched an offensive": the carrying verb's subject acts.
            int carrier = carrier(g, m.head());
            if (carrier >= 0)
                for (int t : PartyResolver.expand(g, PartyResolver.anchors(g, g.dependents(carrier, "nsubj"), actors), actors))
                    PartyFinder.find(g, t, body, actors).filter(f -> f.party() != null && !f.firstPerson()).ifPresent(f -> sources.add(f.party()));
        }
        if (sources.isEmpty() && m.pattern().noun() && !m.pattern().assigns(Slot.Role.SOURCE)) {
            // "UN Security Council sanctions on ...", "Russian strikes on ...": a modifier naming a known actor acts.
            for (Dependency d : g.children(m.head())) {
                if (!d.relation().equals("compound") && !d.relation().equals("amod")) continue;
                PartyFinder.find(g, d.dependent(), body, actors).filter(f -> f.party() != null && f.party().code() != null)
                        .ifPresent(f -> sources.add(f.party()));
            }
        }
        if (sources.isEmpty() && !m.pattern().noun() && !m.sourceFromContext()) {
            // "10,000 North Korean troops were stationed in Russia", "sending North Korean troops": with no agent, the troops' country acts.
            for (int t : g.allows(Repair.EVIDENCE_SOURCE) ? m.evidence() : List.<Integer>of())
                if (t != m.head()) PartyFinder.find(g, t, body, actors).filter(f -> f.party() != null && f.party().code() != null)
                        .ifPresent(f -> sources.add(f.party()));
            if (!sources.isEmpty()) g.fired(Repair.EVIDENCE_SOURCE);
        }
        if (positionalParties && sources.stream().noneMatch(p -> p.code() != null)) {
            sources.clear();
            PartyResolver.nearestActor(g, body, actors, m.head(), -1).ifPresent(sources::add);
        }
        sources.removeIf(p -> p.actor() == null && !PartyResolver.looksNamed(p.name(), knowledge.words()));
        // "Assange was arrested": an agentless passive names whom it was done to, not who did it; the event keeps its
        // target with no source (only a coded target, below).
        boolean agentless = sources.isEmpty() && !positionalParties && !m.pattern().noun() && !m.sourceFromContext()
                && g.isPassive(m.head()) && g.dependents(m.head(), "obl:agent").isEmpty();
        if (sources.isEmpty() && !agentless) return List.of();
        List<Event.Party> targets = new ArrayList<>();
        for (int t : PartyResolver.expand(g, PartyResolver.anchors(g, m.targets(), actors), actors)) {
            Optional<PartyFinder.Found> f = PartyFinder.find(g, t, body, actors);
            if (f.isEmpty()) continue;
            if (f.get().firstPerson()) {
                if (speaker != null) targets.add(speaker);
            } else {
                targets.add(f.get().party());
            }
        }
        if (positionalParties && targets.stream().noneMatch(p -> p.code() != null)) {
            targets.clear();
            int at = PartyResolver.nearestActorToken(g, actors, m.head(), +1);
            if (at >= 0)
                for (int t : PartyResolver.expand(g, List.of(at), actors))
                    PartyFinder.find(g, t, body, actors).map(PartyFinder.Found::party)
                            .filter(p -> p != null && p.code() != null && sources.stream().noneMatch(s -> PartyResolver.partyKey(s).equals(PartyResolver.partyKey(p))))
                            .ifPresent(targets::add);
        }
        targets.removeIf(p -> p.actor() == null && !PartyResolver.looksNamed(p.name(), knowledge.words()));
        // "rejected a U.S. request to interrogate detainees": the first phrase names nobody; a later one may.
        for (List<Integer> group : positionalParties ? List.<List<Integer>>of() : m.laterTargets()) {
            if (!targets.isEmpty()) break;
            for (int t : PartyResolver.expand(g, PartyResolver.anchors(g, group, actors), actors))
                PartyFinder.find(g, t, body, actors).filter(f -> !f.firstPerson() && f.party() != null)
                        .map(PartyFinder.Found::party).filter(p -> p.actor() != null || PartyResolver.looksNamed(p.name(), knowledge.words())).ifPresent(targets::add);
        }
        String code = m.pattern().code().value();
        if (targets.isEmpty() && !positionalParties && !roots.has(code, RootBehaviours.Behaviour.OBJECT_IS_VENUE)) {
            // Not for a protest, whose object's place ("staged rallies in Gaza") is where, not whom. "shortened the curfew
            // imposed in Sudan", "rejected a call for troops in East Timor": a coded actor named inside the very thing
            // acted on (an object the pattern names) is whom it was done to.
            for (int t : g.allows(Repair.OBJECT_INNER_TARGET) ? m.evidence() : List.<Integer>of()) {
                if (t == m.head() || g.governorBy(t, "obj") != m.head() && g.governorBy(t, "nsubj:pass") != m.head()) continue;
                PartyFinder.find(g, t, body, actors).map(PartyFinder.Found::party)
                        .filter(p -> p != null && p.code() != null && sources.stream().noneMatch(s -> PartyResolver.sameCountry(s, p)))
                        .ifPresent(targets::add);
            }
            if (!targets.isEmpty()) g.fired(Repair.OBJECT_INNER_TARGET);
        }
        if (targets.isEmpty() && roots.has(code, RootBehaviours.Behaviour.PURPOSE_TARGET)) {
            // "blocked roads to press their demands on President X", "rioted ... calling for the removal of X": a protest is
            // against the actor its purpose names.
            for (int t : PartyResolver.clauseActors(g, m.head(), actors)) {
                Optional<PartyFinder.Found> f = PartyFinder.find(g, t, body, actors);
                if (f.isEmpty() || f.get().party() == null || f.get().party().actor() == null) continue;
                Event.Party p = f.get().party();
                // A domestic protest targets its own government (ALG -> ALGGOV), never the protesters themselves.
                if (sources.stream().anyMatch(s -> PartyResolver.partyKey(s).equals(PartyResolver.partyKey(p)) || p.code() != null && p.code().equals(s.code()))) continue;
                targets.add(p);
                break;
            }
        }
        // "Palestinian prisoners rioted at a jail in northern Israel", "bombers killed 23 people in Tel Aviv": a protest or
        // an attack on no named party abroad is against the country it happens in.
        if (targets.isEmpty() && !positionalParties && roots.has(code, RootBehaviours.Behaviour.VENUE_TARGET))
            PartyResolver.foreignVenue(g, m.head(), body, actors, sources).ifPresent(targets::add);
        // An accusation read from a reported fact ("X violated the resolution") is nothing without its X.
        if (targets.isEmpty() && m.sourceFromContext()) return List.of();
        if (targets.isEmpty()) targets.add(null);

        Set<Repair> fired = EnumSet.noneOf(Repair.class);
        fired.addAll(m.repairs());
        fired.addAll(g.firedSince(log));

        int start = Integer.MAX_VALUE, end = -1;
        for (int t : m.evidence()) {
            start = Math.min(start, g.token(t).start());
            end = Math.max(end, g.token(t).end());
        }
        Span evidence = new Span(start, end);
        List<EventDraft> out = new ArrayList<>();
        // "Gondor and Osgiliath renewed ties": with no target, coordinated sources act on each other.
        boolean mutual = targets.size() == 1 && targets.get(0) == null && sources.size() >= 2 && sources.size() <= MAX_MUTUAL;
        // "X and Y blamed each other": the parties act on each other, each country once and never on itself.
        boolean reciprocal = mutual || targets.stream().anyMatch(t -> t != null && sources.stream().anyMatch(s -> PartyResolver.partyKey(s).equals(PartyResolver.partyKey(t))));
        if (reciprocal) {
            PartyResolver.dropSameCountryDuplicates(sources);
            PartyResolver.dropSameCountryDuplicates(targets);
        }
        for (Event.Party s : sources) {
            for (Event.Party t : mutual ? sources : targets) {
                if (t != null && (PartyResolver.partyKey(s).equals(PartyResolver.partyKey(t)) || s.code() != null && s.code().equals(t.code())
                        || reciprocal && PartyResolver.sameCountry(s, t))) continue;
                out.add(new EventDraft(cameo, entry.map(Codebook.Entry::plover).orElse(null), entry.map(Codebook.Entry::mode).orElse(null),
                        s, t, evidence, quote == null ? null : quote.id(), confidence(m, mood, s, t), m.pattern().rule(), fired));
                if (t != null && m.pattern().targetCode() != null) {
                    // Paired codes of imported dictionaries ([032:033]): the reverse event, target to source.
                    String back = codeShift.shift(m.pattern().targetCode().value(), mood, codebook, roots);
                    Optional<Codebook.Entry> be = codebook.find(back);
                    out.add(new EventDraft(back, be.map(Codebook.Entry::plover).orElse(null), be.map(Codebook.Entry::mode).orElse(null),
                            t, s, evidence, quote == null ? null : quote.id(), confidence(m, mood, t, s), m.pattern().rule(), fired));
                }
            }
        }
        if (agentless)
            for (Event.Party t : targets)
                if (t != null && t.code() != null)
                    out.add(new EventDraft(cameo, entry.map(Codebook.Entry::plover).orElse(null), entry.map(Codebook.Entry::mode).orElse(null),
                            null, t, evidence, quote == null ? null : quote.id(), confidence(m, mood, null, t),
                            m.pattern().rule() + " " + AGENTLESS_PASSIVE, fired));
        // "Egypt lifted the curfew in Cairo": an act whose only target is the actor's own country is still its act.
        if (out.isEmpty() && !mutual && !reciprocal && !positionalParties)
            for (Event.Party s : sources)
                out.add(new EventDraft(cameo, entry.map(Codebook.Entry::plover).orElse(null), entry.map(Codebook.Entry::mode).orElse(null),
                        s, null, evidence, quote == null ? null : quote.id(), confidence(m, mood, s, null), m.pattern().rule(), fired));
        return out;
    }

    /** Named thresholds of the confidence: a coded source and target and a narrow frame make an event more certain. */
    private static double confidence(FrameMatcher.Match m, Modality.Mood mood, Event.Party s, Event.Party t) {
        double c = 0.45;
        if (s != null && s.code() != null) c += 0.2;
        if (s == null) c -= AGENTLESS_PENALTY;
        if (t != null && t.code() != null) c += 0.1;
        if (m.pattern().specificity() >= 4) c += 0.15;
        if (mood != Modality.Mood.ACTUAL) c -= 0.05;
        if (m.sourceFromContext()) c -= 0.05;
        return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100.0;
    }

    /** The subject of the verb of saying (or accusing) that the head's clause is the complement of: "the US said Russia ...". */
    private Event.Party reporter(Graph g, int head, String body, Actors actors) {
        int h = head;
        for (int step = 0; step < MAX_SPEECH_CLIMB; step++) {
            int gov = -1;
            for (Dependency d : g.parents(h)) {
                String r = d.baseRelation();
                if ((r.equals("ccomp") || r.equals("parataxis") || r.equals("advcl") || r.equals("xcomp")) && d.governor() >= 0) {
                    gov = d.governor();
                    break;
                }
            }
            if (gov < 0) return null;
            if (modality.kindOf(g.lemma(gov)) == Modality.Kind.SPEECH) {
                for (int s : g.dependents(gov, "nsubj")) {
                    Optional<PartyFinder.Found> f = PartyFinder.find(g, s, body, actors);
                    if (f.isPresent() && !f.get().firstPerson()) return f.get().party();
                }
                return null;
            }
            h = gov;
        }
        return null;
    }

    private static Quote quoteAt(List<Quote> quotes, int offset) {
        for (Quote q : quotes)
            for (Span p : q.parts()) if (p.start() <= offset && offset < p.end()) return q;
        return null;
    }
}
