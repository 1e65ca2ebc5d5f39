package org.herald.events;

import org.herald.Excerpt;
import org.herald.Span;
import org.herald.actors.Actors;
import org.herald.extract.Article;
import org.herald.knowledge.KnowledgeSource;
import org.herald.nlp.Dependency;
import org.herald.nlp.NlpDocument;
import org.herald.nlp.Sentence;
import org.herald.quotes.Quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * as its source. One event per source-target pair.
 */
public final class EventCoder {
    private static final int MAX_SPEECH_CLIMB = 3;
    /** Coordinated sources beyond this many are a list of critics, not parties acting on each other. */
    private static final int MAX_MUTUAL = 3;
    private final Codebook codebook;
    private final Modality modality;
    private final Map<String, List<Pattern>> byLemma;

    /**
     * PETRARCH's reading of a sentence, for imported dictionaries: with no subject, the source is the nearest actor before
     * the verb; with no object, the target is the first actor after it.
     */
    private final boolean positionalParties;

    private EventCoder(Codebook codebook, Modality modality, List<Pattern> patterns, boolean positionalParties) {
        this.positionalParties = positionalParties;
        this.codebook = codebook;
        this.modality = modality;
        Map<String, List<Pattern>> index = new HashMap<>();
        for (Pattern p : patterns) for (String h : p.heads()) index.computeIfAbsent(h, k -> new ArrayList<>()).add(p);
        this.byLemma = Map.copyOf(index);
    }

    public static EventCoder load(KnowledgeSource source) {
        return new EventCoder(Codebook.load(source), Modality.load(source), PatternReader.readAll(source), false);
    }

    /** A coder over other patterns (an imported PETRARCH dictionary) with the shipped codebook and modality words. */
    public static EventCoder withPatterns(KnowledgeSource source, List<Pattern> patterns) {
        return new EventCoder(Codebook.load(source), Modality.load(source), patterns, true);
    }

    public Codebook codebook() { return codebook; }

    public List<Event> code(Article article, NlpDocument nlp, Actors actors, List<Quote> quotes) {
        List<Event> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Context context = new Context();
        for (Sentence s : nlp.sentences()) {
            if (s.dependencies().isEmpty()) continue;
            Graph g = new Graph(s);
            List<EventDraft> drafts = codeSentence(g, article.body(), actors, quotes, context);
            List<Event.Party> sentenceSources = new ArrayList<>();
            for (EventDraft d : drafts) if (!sentenceSources.contains(d.source)) sentenceSources.add(d.source);
            if (!sentenceSources.isEmpty()) context.lastSources = sentenceSources;
            for (EventDraft d : drafts) {
                String key = d.cameo + "|" + partyKey(d.source) + "|" + partyKey(d.target) + "|" + s.index();
                if (!seen.add(key)) continue;
                out.add(d.toEvent("e" + (out.size() + 1), s.index(), article.body()));
            }
        }
        return out;
    }

    private static String partyKey(Event.Party p) {
        if (p == null) return "-";
        return p.actor() != null ? p.actor() : p.name();
    }

    private record EventDraft(String cameo, PloverType plover, String mode, Event.Party source, Event.Party target, Span evidence,
                              String quote, double confidence, String rule) {
        Event toEvent(String id, int sentence, String body) {
            return new Event(id, cameo, cameo.substring(0, 2), plover == null ? null : plover.name(), mode, source, target,
                    sentence, Excerpt.of(body, evidence), quote, confidence, rule);
        }
    }

    /** What the coder remembers from earlier sentences of one document: who acted last ("These countries accused ..."). */
    private static final class Context {
        List<Event.Party> lastSources = List.of();
    }

    private static final Set<String> PLURAL_ANAPHORS = Set.of("they", "them", "these", "those");
    private static final Set<String> GROUP_NOUNS = Set.of("country", "nation", "state", "government", "ally", "member", "power", "delegation");

    private List<EventDraft> codeSentence(Graph g, String body, Actors actors, List<Quote> quotes, Context context) {
        List<FrameMatcher.Match> matches = new ArrayList<>();
        Map<Integer, Modality.Mood> moods = new HashMap<>();
        for (int i = 0; i < g.size(); i++) {
            List<Pattern> cands = candidates(g.lemma(i));
            if (cands.isEmpty()) continue;
            boolean noun = g.token(i).isNoun();
            // A verb the tagger took for a noun ("they would blockade Paris") still has its subject and auxiliary.
            boolean verb = g.token(i).isVerb() || g.token(i).pos().equals("JJ") || noun && g.has(i, "aux") && g.has(i, "nsubj");
            // The pattern whose frame the sentence fills most wins; among equals, the first in file order.
            FrameMatcher.Match best = null;
            for (Pattern p : cands) {
                if (p.noun() ? !noun : !verb) continue;
                FrameMatcher.Match m = FrameMatcher.match(p, g, i);
                if (m != null && (best == null || m.score() > best.score())) best = m;
            }
            if (best != null) {
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
        List<EventDraft> out = new ArrayList<>();
        Set<Integer> heads = new HashSet<>();
        for (FrameMatcher.Match m : matches) heads.add(m.head());
        for (FrameMatcher.Match m : matches) {
            Modality.Mood mood = moods.get(m.head());
            if (mood == Modality.Mood.NONE || consumed.contains(m.head())) continue;
            // "launched an attack on X": the verb's own pattern codes it; its object does not code it again.
            if (m.pattern().noun() && heads.contains(g.governorBy(m.head(), "obj"))) continue;
            if (isGenericGovernor(m.pattern()) && m.clauses().stream().anyMatch(coded::contains)) continue;
            out.addAll(drafts(g, m, mood, body, actors, quotes, context));
        }
        return out;
    }

    /** Relations below an event's head that lead into its purpose, not to its actor, place or time. */
    private static final Set<String> NOT_PURPOSE = Set.of("nsubj", "nsubj:pass", "conj", "parataxis", "punct", "cc", "advmod", "aux", "mark");
    /** Places and times, at any depth: where a protest happens is not whom it is against. */
    private static final Set<String> PLACE_OR_TIME = Set.of("obl:in", "nmod:in", "obl:at", "nmod:at", "obl:tmod", "obl:near",
            "nmod:near", "obl:outside", "nmod:outside");

    /** Tokens covered by a coded actor within the head's purpose and complement phrases, nearest first (breadth first). */
    private static List<Integer> clauseActors(Graph g, int head, Actors actors) {
        List<Integer> queue = new ArrayList<>(List.of(head));
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < queue.size() && queue.size() < 40; k++) {
            for (Dependency d : g.children(queue.get(k))) {
                int c = d.dependent();
                if (queue.contains(c) || k == 0 && NOT_PURPOSE.contains(d.relation()) || PLACE_OR_TIME.contains(d.relation())
                        || d.baseRelation().equals("conj")
                        || d.baseRelation().equals("parataxis")) continue;
                queue.add(c);
                if (nearestActorToken(g, actors, c - 1, +1) == c) out.add(c);
            }
        }
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

    /** The token of the coded actor nearest to the head on one side, or -1. */
    private static int nearestActorToken(Graph g, Actors actors, int head, int direction) {
        for (int i = head + direction; i >= 0 && i < g.size(); i += direction) {
            var t = g.token(i);
            for (var a : actors.list())
                for (var mention : a.mentions())
                    if (a.code() != null && mention.start() <= t.start() && t.end() <= mention.end()) return i;
        }
        return -1;
    }

    /** The coded actor nearest to the head on one side (-1 before, +1 after) within the sentence. */
    private static Optional<Event.Party> nearestActor(Graph g, String body, Actors actors, int head, int direction) {
        for (int i = head + direction; i >= 0 && i < g.size(); i += direction) {
            var t = g.token(i);
            for (var a : actors.list())
                for (var mention : a.mentions())
                    if (a.code() != null && mention.start() <= t.start() && t.end() <= mention.end())
                        return Optional.of(new Event.Party(a.id(), a.name(), a.code()));
        }
        return Optional.empty();
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
        String cameo = CodeShift.shift(m.pattern().code().value(), mood, codebook);
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
            for (int t : expand(g, anchors(g, m.sources(), actors), actors)) {
                Optional<PartyFinder.Found> f = PartyFinder.find(g, t, body, actors);
                if (f.isPresent() && f.get().firstPerson()) {
                    if (speaker != null) sources.add(speaker);
                    continue;
                }
                if (f.isEmpty() || f.get().party().actor() == null && isAnaphor(g, t)) {
                    // "it said it had halted aid": the reporter; "These countries accused ...": whoever acted last.
                    Event.Party reporter = reporter(g, m.head(), body, actors);
                    if (reporter != null && !isPlural(g, t)) sources.add(reporter);
                    else if (isPlural(g, t)) sources.addAll(context.lastSources);
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
                for (int t : expand(g, anchors(g, g.dependents(carrier, "nsubj"), actors), actors))
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
            for (int t : m.evidence())
                if (t != m.head()) PartyFinder.find(g, t, body, actors).filter(f -> f.party() != null && f.party().code() != null)
                        .ifPresent(f -> sources.add(f.party()));
        }
        if (positionalParties && sources.stream().noneMatch(p -> p.code() != null)) {
            sources.clear();
            nearestActor(g, body, actors, m.head(), -1).ifPresent(sources::add);
        }
        sources.removeIf(p -> p.actor() == null && !looksNamed(p.name()));
        if (sources.isEmpty()) return List.of();
        List<Event.Party> targets = new ArrayList<>();
        for (int t : expand(g, anchors(g, m.targets(), actors), actors)) {
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
            int at = nearestActorToken(g, actors, m.head(), +1);
            if (at >= 0)
                for (int t : expand(g, List.of(at), actors))
                    PartyFinder.find(g, t, body, actors).map(PartyFinder.Found::party)
                            .filter(p -> p != null && p.code() != null && sources.stream().noneMatch(s -> partyKey(s).equals(partyKey(p))))
                            .ifPresent(targets::add);
        }
        targets.removeIf(p -> p.actor() == null && !looksNamed(p.name()));
        // "rejected a U.S. request to interrogate detainees": the first phrase names nobody; a later one may.
        for (List<Integer> group : positionalParties ? List.<List<Integer>>of() : m.laterTargets()) {
            if (!targets.isEmpty()) break;
            for (int t : expand(g, anchors(g, group, actors), actors))
                PartyFinder.find(g, t, body, actors).filter(f -> !f.firstPerson() && f.party() != null)
                        .map(PartyFinder.Found::party).filter(p -> p.actor() != null || looksNamed(p.name())).ifPresent(targets::add);
        }
        if (targets.isEmpty() && m.pattern().code().value().startsWith("14")) {
            // "blocked roads to press their demands on President X", "rioted ... calling for the removal of X": a protest is
            // against the actor its purpose names.
            for (int t : clauseActors(g, m.head(), actors)) {
                Optional<PartyFinder.Found> f = PartyFinder.find(g, t, body, actors);
                if (f.isEmpty() || f.get().party() == null || f.get().party().code() == null) continue;
                Event.Party p = f.get().party();
                // A domestic protest targets its own government (ALG -> ALGGOV), never the protesters themselves.
                if (sources.stream().anyMatch(s -> partyKey(s).equals(partyKey(p)) || p.code().equals(s.code()))) continue;
                targets.add(p);
                break;
            }
        }
        // An accusation read from a reported fact ("X violated the resolution") is nothing without its X.
        if (targets.isEmpty() && m.sourceFromContext()) return List.of();
        if (targets.isEmpty()) targets.add(null);

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
        boolean reciprocal = mutual || targets.stream().anyMatch(t -> t != null && sources.stream().anyMatch(s -> partyKey(s).equals(partyKey(t))));
        if (reciprocal) {
            dropSameCountryDuplicates(sources);
            dropSameCountryDuplicates(targets);
        }
        for (Event.Party s : sources) {
            for (Event.Party t : mutual ? sources : targets) {
                if (t != null && (partyKey(s).equals(partyKey(t)) || s.code() != null && s.code().equals(t.code())
                        || reciprocal && sameCountry(s, t))) continue;
                out.add(new EventDraft(cameo, entry.map(Codebook.Entry::plover).orElse(null), entry.map(Codebook.Entry::mode).orElse(null),
                        s, t, evidence, quote == null ? null : quote.id(), confidence(m, mood, s, t), m.pattern().rule()));
                if (t != null && m.pattern().targetCode() != null) {
                    // Paired codes of imported dictionaries ([032:033]): the reverse event, target to source.
                    String back = CodeShift.shift(m.pattern().targetCode().value(), mood, codebook);
                    Optional<Codebook.Entry> be = codebook.find(back);
                    out.add(new EventDraft(back, be.map(Codebook.Entry::plover).orElse(null), be.map(Codebook.Entry::mode).orElse(null),
                            t, s, evidence, quote == null ? null : quote.id(), confidence(m, mood, t, s), m.pattern().rule()));
                }
            }
        }
        return out;
    }

    /**
     * Two parties of one country where one is the country itself ("KGZ" and "KGZGOV"), or the same code: an actor is
     * never coded acting on itself or on its own country, least of all in "X and Y blamed each other".
     */
    static boolean sameCountry(Event.Party a, Event.Party b) {
        if (a.code() == null || b.code() == null) return false;
        String x = a.code(), y = b.code();
        if (x.equals(y)) return true;
        return x.length() == 3 && y.startsWith(x) || y.length() == 3 && x.startsWith(y);
    }

    /** "Kyrgyzstan and Tajikistan" whose first word also resolved to the Kyrgyz government: the country once, as itself. */
    private static void dropSameCountryDuplicates(List<Event.Party> parties) {
        for (int i = 0; i < parties.size(); i++)
            for (int j = 0; j < parties.size(); j++) {
                if (i == j) continue;
                Event.Party a = parties.get(i), b = parties.get(j);
                if (a != null && b != null && a.code() != null && b.code() != null && a.code().length() == 3 && b.code().length() > 3 && b.code().startsWith(a.code())) {
                    parties.remove(j);
                    i = -1;
                    break;
                }
            }
    }

    /** Named thresholds of the confidence: a coded source and target and a narrow frame make an event more certain. */
    private static double confidence(FrameMatcher.Match m, Modality.Mood mood, Event.Party s, Event.Party t) {
        double c = 0.45;
        if (s.code() != null) c += 0.2;
        if (t != null && t.code() != null) c += 0.1;
        if (m.pattern().specificity() >= 4) c += 0.15;
        if (mood != Modality.Mood.ACTUAL) c -= 0.05;
        if (m.sourceFromContext()) c -= 0.05;
        return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100.0;
    }

    /** Common nouns that name agents in CAMEO's sense (government, police, rebels ...): parties even without a name. */
    private static final Set<String> AGENT_NOUNS = Set.of("government", "governments", "police", "army", "military", "troops", "soldiers",
            "forces", "rebels", "militants", "insurgents", "guerrillas", "guerillas", "protesters", "protestors", "demonstrators", "officials",
            "authorities", "ministry", "parliament", "court", "judge", "opposition", "workers", "students", "farmers", "activists",
            "settlers", "gunmen", "leaders", "president", "minister", "cabinet", "legislators", "lawmakers", "prisoners", "refugees",
            "civilians", "villagers", "residents", "group", "groups", "party", "union", "regime", "junta", "administration", "diplomats",
            "negotiators", "inspectors", "peacekeepers", "fighters", "terrorists", "extremists", "bombers", "attackers", "mob");

    /**
     * A party the actors stage did not resolve must carry a name ("Sudanese government") or name an agent ("riot police"),
     * not only other common nouns ("the right", "an act of aggression").
     */
    private static boolean looksNamed(String name) {
        for (String w : name.split("\\s+")) {
            if (w.isEmpty()) continue;
            if (Character.isUpperCase(w.codePointAt(0)) && !w.equals("The") && !w.equals("A") && !w.equals("An")) return true;
            if (AGENT_NOUNS.contains(w.toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean isAnaphor(Graph g, int t) {
        String pos = g.token(t).pos();
        if (pos.equals("PRP")) return true;
        if (!g.token(t).isNoun() || !GROUP_NOUNS.contains(g.lemma(t))) return false;
        for (int d : g.dependents(t, "det")) if (PLURAL_ANAPHORS.contains(g.token(d).word().toLowerCase(java.util.Locale.ROOT))) return true;
        return false;
    }

    private static boolean isPlural(Graph g, int t) {
        String lemma = g.token(t).word().toLowerCase(java.util.Locale.ROOT);
        return PLURAL_ANAPHORS.contains(lemma) || g.token(t).pos().equals("NNS");
    }

    private static List<Integer> anchors(Graph g, List<Integer> words, Actors actors) {
        List<Integer> out = new ArrayList<>();
        for (int w : words) {
            int a = PartyFinder.anchor(g, w, actors);
            if (!out.contains(a)) out.add(a);
        }
        return out;
    }

    /** The conjuncts of every word, each once, in order. */
    private static List<Integer> expand(Graph g, List<Integer> words) {
        return expand(g, words, Actors.NONE);
    }

    /**
     * The conjuncts of every word, each once, in order; then the rest of a comma list of named actors the parser failed
     * to join ("from the United States, the United Kingdom, South Korea and Ukraine").
     */
    private static List<Integer> expand(Graph g, List<Integer> words, Actors actors) {
        List<Integer> out = new ArrayList<>();
        for (int w : words) for (int c : g.withConjuncts(w)) if (!out.contains(c)) out.add(c);
        if (actors.list().isEmpty()) return out;
        for (int w : List.copyOf(out)) {
            int p = g.token(w).index() + 1;
            while (p + 1 < g.size()) {
                String sep = g.token(p).word();
                if (!sep.equals(",") && !sep.equals("and") && !sep.equals("or")) break;
                p++;
                if (g.token(p).word().equals("and") || g.token(p).word().equals("or")) p++;
                if (p < g.size() && g.token(p).pos().equals("DT")) p++;
                if (p >= g.size()) break;
                int end = mentionEnd(actors, g.token(p).start());
                if (end < 0) break;
                int q = p;
                while (q + 1 < g.size() && g.token(q + 1).end() <= end) q++;
                int last = q;
                // "and Bulgarian President Todor Zhivkov": the mention is a modifier; the phrase's head is the party.
                for (int up = modifiedHead(g, q); up > q; up = modifiedHead(g, q)) q = up;
                for (int c : g.withConjuncts(q)) if (!out.contains(c)) out.add(c);
                q = Math.max(q, last);
                p = q + 1;
            }
        }
        return out;
    }

    /** The noun a word modifies as a compound or adjective ("Bulgarian" → "Zhivkov"), or -1. */
    private static int modifiedHead(Graph g, int i) {
        for (Dependency d : g.parents(i)) {
            String r = d.relation();
            if ((r.equals("amod") || r.equals("compound") || r.equals("flat")) && d.governor() >= 0) return d.governor();
        }
        return -1;
    }

    /** End of the actor mention starting at {@code start}, or -1. */
    private static int mentionEnd(Actors actors, int start) {
        for (var a : actors.list())
            for (var m : a.mentions()) if (m.start() == start && a.code() != null) return m.end();
        return -1;
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
