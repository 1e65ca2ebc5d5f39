package org.herald.events;

import org.herald.nlp.Dependency;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Matches one {@link Pattern} at one head word of a {@link Graph}. Passive voice is undone here: in a passive clause an
 * {@code obj} slot takes the passive subject and {@code nsubj} the by-agent, so one pattern covers both voices
 * ("imposed sanctions on X" and "sanctions were imposed on X by Y").
 */
final class FrameMatcher {
    private static final Set<String> CLAUSE_RELATIONS = Set.of("xcomp", "advcl", "ccomp");
    /** Prepositions of a pattern's place phrase ("demonstrated in ..."): their words host no party phrase of their own. */
    static final Set<String> VENUE_PREPOSITIONS = Set.of("in", "at", "outside", "near", "inside");

    /** What a pattern found: the words naming its source and target (before expansion to conjuncts) and its own words. */
    record Match(Pattern pattern, int head, List<Integer> sources, List<Integer> targets, List<Integer> evidence,
                 List<Integer> clauses, boolean sourceFromContext, int score, List<List<Integer>> laterTargets, Set<Repair> repairs) {}

    private FrameMatcher() { }

    static Match match(Pattern p, Graph g, int head) {
        // "Jordan's visiting King", "the proposed changes": a participle used as an adjective describes, it does not act.
        if (!p.noun() && g.token(head).pos().matches("VBG|VBN") && g.governorBy(head, "amod") >= 0) return null;
        boolean passive = !p.noun() && g.isPassive(head);
        int log = g.mark();
        List<Integer> matched = new ArrayList<>();
        List<Integer> evidence = new ArrayList<>();
        List<Integer> clauses = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        evidence.add(head);
        matched.add(head);
        boolean objRestricted = false;
        int score = 0;
        List<Integer> venues = new ArrayList<>();
        List<List<Integer>> slotLater = new ArrayList<>();
        List<Slot> order = p.slots();
        for (int k = 0; k < order.size(); k++) {
            Slot s = order.get(k);
            List<Integer> found = find(s, g, head, passive, matched);
            if (s.role() != Slot.Role.NONE) {
                found = new ArrayList<>(found);
                // A number as object counts people ("arresting 12", "killed 23"); elsewhere it is a date ("on 12 May").
                boolean countsPeople = s.kind() == Slot.Kind.REL && s.name().equals("obj");
                found.removeIf(t -> PartyFinder.isTimeWord(g, t) && !(countsPeople && g.token(t).pos().equals("CD")));
                // "extend the curfew in response ... in Abidjan": of several phrases a named one more likely names a party.
                found.sort(java.util.Comparator.comparing(t -> !named(g, t)));
            }
            if (found.isEmpty()) {
                if (!s.optional()) return null;
            } else {
                int first = found.get(0);
                matched.add(first);
                score += 2 + (s.lemmas().isEmpty() ? 0 : 2) + (s.role() == Slot.Role.NONE ? 0 : 1);
                if (s.kind() == Slot.Kind.REL && CLAUSE_RELATIONS.contains(clauseName(s.name()))) clauses.add(first);
                if ("obj".equals(s.name()) && !s.lemmas().isEmpty()) objRestricted = true;
                switch (s.role()) {
                    case SOURCE -> sources.add(first);
                    // "demanded the withdrawal of X from Y": the first phrase that names a target is the target; a later
                    // one (the place left) is not a second one.
                    case TARGET -> {
                        if (targets.isEmpty()) targets.add(first);
                        else slotLater.add(List.of(first));
                    }
                    case NONE -> {
                        evidence.add(first);
                        if (s.kind() == Slot.Kind.PP) evidence.addAll(g.dependents(first, "case"));
                        if (s.kind() == Slot.Kind.PP && VENUE_PREPOSITIONS.contains(s.name())) venues.add(first);
                    }
                }
            }
        }
        boolean fromContext = false;
        if (sources.isEmpty()) {
            // "Russia violated the resolution" coded as an accusation: the accuser is whoever reports it.
            if (targetIsSubject(p)) fromContext = true;
            else sources.addAll(defaultSources(g, head, passive, p.noun()));
        }
        boolean defaulted = targets.isEmpty() && !p.noun();
        if (defaulted) {
            // Not the source itself: "guerrillas have been demobilized" has its passive subject acting.
            if (!objRestricted) {
                // "gave Ukraine tanks": the indirect object is whom it was done to; the direct one what was given.
                List<Integer> objects = new ArrayList<>(g.dependents(head, "iobj"));
                objects.addAll(passive ? g.dependents(head, "nsubj:pass") : g.dependents(head, "obj"));
                if (objects.isEmpty() && !passive) objects = sharedAfter(g, head, "obj");
                for (int o : objects) if (!sources.contains(o)) targets.add(o);
            }
            // "demanded that Iraq withdraw": the clause's subject; "sent troops to support Russia": the clause's object.
            if (targets.isEmpty()) for (int c : clauses)
                targets.addAll(g.governorBy(c, "ccomp") == head ? g.dependents(c, "nsubj") : g.dependents(c, "obj"));
        }
        // "demonstrated in the city of Kirkuk": the place where an act happens is not whom it is done to.
        List<Integer> hosts = new ArrayList<>(matched);
        hosts.removeAll(venues);
        List<List<Integer>> later = List.of();
        if (targets.isEmpty()) {
            List<List<Integer>> groups = fallbackGroups(g, hosts, sources, g.roots().has(p.code().value(), RootBehaviours.Behaviour.DEFIES_PRESSURE));
            if (!groups.isEmpty()) {
                targets.addAll(groups.get(0));
                later = groups.subList(1, groups.size());
            }
        } else if (defaulted) {
            // "agreed to re-open its borders to UN peacekeepers": the object may name nobody; a phrase then names the target.
            List<List<Integer>> groups = new ArrayList<>(fallbackGroups(g, hosts, sources, g.roots().has(p.code().value(), RootBehaviours.Behaviour.DEFIES_PRESSURE)));
            groups.removeIf(targets::containsAll);
            later = groups;
        }
        if (!slotLater.isEmpty()) {
            slotLater.addAll(later);
            later = slotLater;
        }
        return new Match(p, head, sources, targets, evidence, clauses, fromContext, score, later, g.firedSince(log));
    }

    /** The passive agent ("by X"), or that of the passive verb it is joined to ("was condemned and sanctioned by X"). */
    private static List<Integer> agents(Graph g, int head) {
        List<Integer> out = new ArrayList<>(g.dependents(head, "obl:agent"));
        out.addAll(g.dependents(head, "obl:by"));
        if (out.isEmpty()) out.addAll(sharedAfter(g, head, "obl:agent"));
        if (out.isEmpty()) out.addAll(sharedAfter(g, head, "obl:by"));
        return out;
    }

    /**
     * Conjoined verbs share what follows them both: in "condemned and sanctioned Poland" the parser hangs Poland on the
     * first verb only; a later conjunct with no dependent of its own by {@code rel} takes its first conjunct's, when it
     * comes after the later one.
     */
    static List<Integer> sharedAfter(Graph g, int head, String rel) {
        if (g.has(head, rel)) return List.of();
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.parents(head))
            if (d.baseRelation().equals("conj") && d.governor() >= 0 && d.governor() < head && g.token(d.governor()).isVerb())
                for (int o : g.dependents(d.governor(), rel)) if (o > head) out.add(o);
        return out;
    }

    private static boolean targetIsSubject(Pattern p) {
        for (Slot s : p.slots())
            if (s.role() == Slot.Role.TARGET && (s.name().startsWith("nsubj") || s.name().startsWith("csubj"))) return true;
        return false;
    }

    private static String clauseName(String name) { return name.equals("clause") ? "xcomp" : name; }

    static List<Integer> defaultSources(Graph g, int head, boolean passive, boolean noun) {
        if (noun) {
            List<Integer> out = g.dependents(head, "nmod:poss");
            if (out.isEmpty()) out = g.dependents(head, "nmod:by");
            return out;
        }
        if (passive) {
            List<Integer> out = agents(g, head);
            // "Serb forces were engaged in ethnic cleansing": a state, not a passive act; its subject acts.
            if (out.isEmpty() && g.words().statePassives().contains(g.lemma(head))) out = g.dependents(head, "nsubj:pass");
            return out;
        }
        List<Integer> out = new ArrayList<>(g.dependents(head, "nsubj"));
        // "Russia, which invaded Ukraine": a relative pronoun stands for the noun its clause describes.
        for (int i = 0; i < out.size(); i++) {
            String pos = g.token(out.get(i)).pos();
            int described = g.governorBy(head, "acl:relcl");
            if ((pos.equals("WDT") || pos.equals("WP")) && described >= 0) out.set(i, described);
        }
        // "opened fire to disperse", "took steps to enhance": the parser makes the light object the clause's controller;
        // the verb's subject is.
        for (int i = 0; i < out.size() && g.allows(Repair.LIGHT_OBJECT_CONTROLLER); i++) {
            int x = out.get(i);
            int gov = g.governorBy(head, "xcomp");
            if (gov >= 0 && g.words().lightObjects().contains(g.lemma(x)) && g.dependents(gov, "obj").contains(x) && !g.dependents(gov, "nsubj").isEmpty()) {
                g.fired(Repair.LIGHT_OBJECT_CONTROLLER);
                out.remove(i);
                out.addAll(i, g.dependents(gov, "nsubj"));
                break;
            }
        }
        if (out.isEmpty()) {
            // "police opened fire to disperse demonstrators", "killing one": a purpose or manner clause's actor is the main subject.
            String pos = g.token(head).pos();
            // Not "accused X of violating", whose actor is X: only a bare (or "to") clause.
            for (Dependency d : g.parents(head))
                if ((d.relation().equals("advcl") || d.relation().equals("advcl:to")) && d.governor() >= 0 && (pos.equals("VB") || pos.equals("VBG")))
                    out.addAll(g.dependents(d.governor(), "nsubj"));
            // "X are guilty of violating the ceasefire", "responsible for shelling": the adjective's subject acts.
            if (out.isEmpty() && pos.equals("VBG"))
                for (Dependency d : g.parents(head))
                    if ((d.baseRelation().equals("advcl") || d.baseRelation().equals("acl")) && d.governor() >= 0
                            && g.token(d.governor()).pos().startsWith("JJ"))
                        out.addAll(g.dependents(d.governor(), "nsubj"));
            // "killing one person and arresting 12": a subjectless conjunct acts as the verb it is joined to does.
            for (Dependency d : g.parents(head))
                if (out.isEmpty() && d.baseRelation().equals("conj") && d.governor() >= 0 && d.governor() < head
                        && g.token(d.governor()).isVerb() && !g.isPassive(d.governor()) && !g.isPassive(head))
                    out.addAll(defaultSources(g, d.governor(), false, false));
        }
        if (out.isEmpty()) {
            // A participle modifying a noun ("troops sent to Russia", "forces loyal to"): the noun's phrase acts.
            String pos = g.token(head).pos();
            if (pos.equals("VBN") || pos.equals("VBG"))
                for (Dependency d : g.parents(head))
                    if (d.relation().equals("acl") && d.governor() >= 0) out.add(d.governor());
        }
        if (out.isEmpty()) out.addAll(g.repair(Repair.STRANDED_SUBJECT, () -> strandedSubject(g, head)));
        return out;
    }

    /**
     * "With the signing of a memorandum on X, the government and the rebels have agreed to ...", parsed with the subject
     * as an apposition of X: a finite verb with no subject takes the noun right before its auxiliary (the first of its
     * conjuncts), when no preposition introduces that noun.
     */
    private static List<Integer> strandedSubject(Graph g, int head) {
        int v = head;
        for (int step = 0; step < 3 && !g.has(v, "nsubj") && g.governorBy(v, "xcomp") >= 0; step++) v = g.governorBy(v, "xcomp");
        if (g.has(v, "nsubj") || g.has(v, "nsubj:pass") || g.has(v, "expl")) return List.of();
        List<Integer> aux = g.dependents(v, "aux");
        if (aux.isEmpty()) return List.of();
        int k = Math.min(aux.get(0), v) - 1;
        if (k < 0 || !g.token(k).isNoun() || g.has(k, "case")) return List.of();
        for (int guard = 0; guard < 4; guard++) {
            int first = g.governorBy(k, "conj");
            if (first < 0 || first > k) break;
            k = first;
        }
        return g.has(k, "case") ? List.of() : List.of(k);
    }



    /** A proper noun, or a noun phrase naming one ("the town of Cizre", "the Gaza authorities"). */
    private static boolean named(Graph g, int t) {
        if (g.token(t).pos().startsWith("NNP")) return true;
        for (Dependency d : g.children(t)) {
            String r = d.relation();
            if ((r.equals("nmod:of") || r.equals("compound") || r.equals("appos") || r.equals("flat")) && g.token(d.dependent()).pos().startsWith("NNP"))
                return true;
        }
        return false;
    }


    /**
     * The verb a gerund is the loose ({@code dep}) complement of when it follows that verb directly ("resumed shelling"
     * as the parser sometimes reads it), or -1.
     */
    static int gerundGovernor(Graph g, int head) {
        if (!g.token(head).pos().equals("VBG") || head == 0) return -1;
        int gov = g.governorBy(head, "dep");
        return gov == head - 1 && g.token(gov).isVerb() ? gov : -1;
    }

    private static final List<String> FALLBACK_RELATIONS = List.of("nmod:poss", "of", "against", "on", "to", "with", "into", "at", "toward", "towards", "by",
            "between", "compound", "amod", "ccomp", "despite");

    /**
     * Where no slot and no object named a target, candidates by relation in order of preference (the coder takes the
     * first that names a party): a possessor or an "of"/"against"/"on"/"to"/"with" phrase on the
     * pattern's own words ("mounted an invasion of Lebanon", "rejected North Korea's demand").
     */
    private static List<List<Integer>> fallbackGroups(Graph g, List<Integer> matched, List<Integer> sources, boolean refusal) {
        List<List<Integer>> groups = new ArrayList<>();
        for (String rel : FALLBACK_RELATIONS) {
            List<Integer> out = new ArrayList<>();
            for (int m : matched) {
                if (rel.equals("nmod:poss") || rel.equals("compound")) {
                    if (rel.equals("compound") && m == matched.get(0)) continue;
                    for (int c : g.dependents(m, rel)) if (!g.token(c).pos().startsWith("PRP") && g.token(c).isNoun()) out.add(c);
                } else if (rel.equals("ccomp")) {
                    // "reiterated its demand that Israel ease ...": the subject of the clause a matched noun asks for.
                    if (m == matched.get(0) || !g.token(m).isNoun()) continue;
                    for (Dependency d : g.children(m))
                        if ((d.relation().equals("ccomp") || d.relation().equals("acl")) && !g.token(d.dependent()).pos().equals("TO"))
                            out.addAll(g.dependents(d.dependent(), "nsubj"));
                } else if (rel.equals("despite")) {
                    // "declined to resign despite pressure by the commission": a refusal defies whoever pressed for the act.
                    if (m != matched.get(0) || !refusal) continue;
                    List<Integer> pressures = new ArrayList<>();
                    collectPp(g, m, "despite", pressures);
                    collectPp(g, m, "in_spite_of", pressures);
                    for (int p : pressures) for (String by : List.of("by", "from", "of")) collectPp(g, p, by, out);
                } else if (rel.equals("amod")) {
                    // "rejected a U.S. request", "Israeli changes": a named modifier of a matched noun, never the head's own.
                    if (m == matched.get(0)) continue;
                    for (int c : g.dependents(m, rel)) if (Character.isUpperCase(g.token(c).word().codePointAt(0))) out.add(c);
                } else {
                    collectPp(g, m, rel, out);
                    int direct = out.size();
                    for (int c : phraseHosts(g, m)) collectPp(g, c, rel, out);
                    if (out.size() > direct) g.fired(Repair.PHRASE_HOSTS);
                }
            }
            out.removeIf(sources::contains);
            out.removeIf(t -> PartyFinder.isTimeWord(g, t));
            // "a pact between the two countries" names the parties already coded; only named ones are new targets.
            if (rel.equals("between")) out.removeIf(t -> !g.token(t).pos().startsWith("NNP"));
            if (!out.isEmpty()) groups.add(out);
        }
        return groups;
    }

    /** Candidates for one slot, best first. */
    private static List<Integer> find(Slot s, Graph g, int head, boolean passive, List<Integer> matched) {
        List<Integer> cands = new ArrayList<>();
        switch (s.kind()) {
            case REL -> {
                String rel = s.name();
                if (rel.equals("prt")) rel = "compound:prt";
                if (passive && rel.equals("obj")) rel = "nsubj:pass";
                else if (passive && rel.equals("nsubj")) {
                    cands.addAll(agents(g, head));
                    rel = null;
                }
                if (rel != null && rel.equals("clause")) {
                    for (String r : CLAUSE_RELATIONS) cands.addAll(g.dependents(head, r));
                } else if (rel != null) {
                    cands.addAll(g.dependents(head, rel));
                }
                if ("obj".equals(rel) && cands.isEmpty()) cands.addAll(sharedAfter(g, head, "obj"));
                if ("obj".equals(rel) && cands.isEmpty()) cands.addAll(g.repair(Repair.INFINITIVE_OBJECT, () -> infinitiveSubjects(g, head)));
                if ("obj".equals(rel) && cands.isEmpty()) cands.addAll(g.repair(Repair.SHIFTED_OBJECT, () -> shiftedObjects(g, head)));
                if ("obj".equals(rel) && cands.isEmpty()) cands.addAll(g.repair(Repair.STRANDED_OBJECT, () -> strandedObjects(g, head)));
                if (rel != null && rel.equals("nsubj:pass") && cands.isEmpty())
                    for (Dependency d : g.parents(head))   // reduced relative: "troops sent to ..."
                        if (d.relation().equals("acl") && d.governor() >= 0) cands.add(d.governor());
            }
            case PP -> {
                for (int m : matched) collectPp(g, m, s.name(), cands);
                // "called on Arabs to unite and mobilize against Sharon": a clause's conjoined verbs count as the clause.
                for (int m : List.copyOf(matched))
                    for (String r : CLAUSE_RELATIONS)
                        for (int c : g.dependents(m, r)) {
                            collectPp(g, c, s.name(), cands);
                            for (int cc : g.dependents(c, "conj")) if (g.token(cc).isVerb()) collectPp(g, cc, s.name(), cands);
                        }
                // "the curfew imposed in Sudan", "a mediation on Saturday between A and B": phrases on a participle or a
                // time word of a matched word.
                int direct = cands.size();
                for (int m : List.copyOf(matched)) for (int c : phraseHosts(g, m)) collectPp(g, c, s.name(), cands);
                if (cands.size() > direct) g.fired(Repair.PHRASE_HOSTS);
                // "With the signing of a memorandum, the two sides agreed ...": a phrase opening the sentence sets the
                // scene; it names no party of the verb.
                if (s.role() != Slot.Role.NONE) cands.removeIf(c -> c < head && g.dependents(c, "case").contains(0));
            }
            case WORD -> collectWords(g, head, s.lemmas(), cands);
        }
        if (s.lemmas().isEmpty() || s.kind() == Slot.Kind.WORD) return cands;
        List<Integer> out = new ArrayList<>();
        for (int c : cands) {
            if (lemmaFits(g, c, s.lemmas())) out.add(c);
            // "released hundreds of prisoners", "killed dozens of civilians": a quantity's "of" noun is the word meant.
            else if (g.words().quantities().contains(g.lemma(c)))
                for (int o : g.dependents(c, "nmod:of")) if (lemmaFits(g, o, s.lemmas())) out.add(o);
        }
        return out;
    }

    /**
     * Words a phrase of the matched word {@code m} may hang on instead of {@code m} itself: a participle modifying it
     * ("lifted the curfew imposed in Sudan") and a time phrase on it ("launched a mediation on Saturday between A and B").
     */
    private static List<Integer> phraseHosts(Graph g, int m) {
        List<Integer> out = new ArrayList<>();
        if (!g.allows(Repair.PHRASE_HOSTS)) return out;
        for (Dependency d : g.children(m)) {
            int c = d.dependent();
            String pos = g.token(c).pos();
            if (d.relation().equals("acl") && (pos.equals("VBN") || pos.equals("VBG"))) out.add(c);
            else if ((d.baseRelation().equals("obl") || d.baseRelation().equals("nmod")) && PartyFinder.isTimeWord(g, c)
                    && !g.token(c).pos().equals("CD")) out.add(c);
        }
        return out;
    }

    /**
     * "rejected North Korea's demand to sever ...", parsed as a clause whose subject is the demand: an infinitive has no
     * subject of its own in English, so the noun before "to" is the verb's object.
     */
    private static List<Integer> infinitiveSubjects(Graph g, int head) {
        List<Integer> out = new ArrayList<>();
        for (int c : g.dependents(head, "ccomp")) {
            if (c == 0 || !g.token(c - 1).word().equalsIgnoreCase("to") || !g.token(c).pos().equals("VB")) continue;
            for (int n : g.dependents(c, "nsubj")) if (n < c && g.token(n).isNoun()) out.add(n);
        }
        return out;
    }

    /**
     * "denounced as an ugly crime Serbia's suppression of ...": the object moved after its "as" phrase, which the parser
     * hangs on that phrase as a loose dependent.
     */
    private static List<Integer> shiftedObjects(Graph g, int head) {
        List<Integer> out = new ArrayList<>();
        for (int c : g.dependents(head, "obl:as"))
            for (int d : g.dependents(c, "dep")) if (d > c && g.token(d).isNoun()) out.add(d);
        // "rejected Thursday a UN appeal": the object after a bare time word hangs on that word.
        for (int c : g.dependents(head, "obl:tmod"))
            for (int d : g.dependents(c, "dep")) if (d > c && g.token(d).isNoun()) out.add(d);
        return out;
    }

    /**
     * "demanded the removal of X ... at talks aimed at ...", parsed with the removal as subject of a loose participle: a
     * noun right after a verb with no object, made the subject of a later clause, is that verb's object.
     */
    private static List<Integer> strandedObjects(Graph g, int head) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.children(head)) {
            if (!d.relation().equals("dep") || d.dependent() < head) continue;
            for (int n : g.dependents(d.dependent(), "nsubj")) {
                if (n <= head || n >= d.dependent() || !g.token(n).isNoun()) continue;
                boolean adjacent = true;   // only determiners and adjectives between the verb and the noun's phrase
                for (int k = head + 1; k < n && adjacent; k++) {
                    String pos = g.token(k).pos();
                    adjacent = pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("PRP$") || pos.startsWith("NN") || pos.equals("CD");
                }
                if (adjacent) out.add(n);
            }
        }
        return out;
    }

    /** A word fits a lemma list by its lemma, or, for a multi-word entry ("human right"), by itself and the word before. */
    static boolean lemmaFits(Graph g, int i, Set<String> lemmas) {
        String l = g.lemma(i);
        if (lemmas.contains(l) || lemmas.contains(g.token(i).word().toLowerCase(java.util.Locale.ROOT))) return true;
        // A two-word entry: the word before and this one, by lemma or form ("martial law", "peace talks").
        if (i > 0 && (lemmas.contains(g.lemma(i - 1) + " " + l)
                || lemmas.contains(g.lemma(i - 1) + " " + g.token(i).word().toLowerCase(java.util.Locale.ROOT)))) return true;
        return false;
    }

    static void collectPp(Graph g, int gov, String prep, List<Integer> out) {
        for (Dependency d : g.children(gov)) {
            String r = d.relation();
            int colon = r.indexOf(':');
            if (colon < 0) continue;
            String base = r.substring(0, colon);
            if (!base.equals("obl") && !base.equals("nmod")) continue;
            String spec = r.substring(colon + 1);
            if ((spec.equals(prep) || spec.startsWith(prep + "_")) && !out.contains(d.dependent())) out.add(d.dependent());
        }
    }

    /** Words with one of {@code lemmas} in the head's own clause (not inside a clause of its own). */
    private static void collectWords(Graph g, int head, Set<String> lemmas, List<Integer> out) {
        List<Integer> queue = new ArrayList<>();
        queue.add(head);
        boolean[] seen = new boolean[g.size()];
        seen[head] = true;
        for (int k = 0; k < queue.size(); k++) {
            for (Dependency d : g.children(queue.get(k))) {
                int c = d.dependent();
                String base = d.baseRelation();
                if (seen[c] || base.equals("ccomp") || base.equals("parataxis") || base.equals("advcl") || d.relation().equals("acl:relcl")
                        || base.equals("conj") && g.token(c).isVerb()) continue;
                seen[c] = true;
                queue.add(c);
                if (lemmaFits(g, c, lemmas)) out.add(c);
            }
        }
    }
}
