package org.herald.actors;

import org.herald.nlp.NlpDocument;
import org.herald.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Later mentions of persons already found: role-only mentions joined to the named official they stand for,
 * surnames ("Nebenzia defended"), the registry's officials, and pronouns ("he wondered").
 */
final class BackReferences {
    /** Pronouns that refer back to a person. */
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "his", "her");
    /** How many sentences back a pronoun may reach for its person. */
    static final int PRONOUN_REACH = 3;
    /** How many sentences apart a role-only mention and the named official it stands for may be. */
    static final int NOMINAL_REACH = 2;

    private final ActorTable table;
    private final NlpDocument nlp;

    BackReferences(ActorTable table, NlpDocument nlp) {
        this.table = table;
        this.nlp = nlp;
    }

    /** "Russia's representative to the UN ... Russia's Vassily Nebenzia": the role is Nebenzia's. */
    void joinNominals() {
        for (ActorTable.Entry n : table.entries()) {
            if (!n.key.startsWith("N:")) continue;
            ActorTable.Entry best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (ActorTable.Entry p : table.entries()) {
                if (!p.key.startsWith("P:") || p.role != null || p.country == null || !p.country.equals(n.country)) continue;
                int d = Math.abs(p.sentence - n.sentence);
                if (d <= NOMINAL_REACH && d < bestDistance) { best = p; bestDistance = d; }
            }
            if (best == null) continue;
            best.role = n.role;
            ActorTable.setCode(best, n.code, n.agent);
            best.rule = "person.nominal";
            if (best.evidence == null) best.evidence = n.name;
            best.mentions.putAll(n.mentions);
            table.remove(n);
        }
    }

    /** Capitalised words equal to the surname of a person of this document (or of the registry). */
    void surnames(List<SentenceView> views, ActorRegistry registry) {
        java.util.Map<String, ActorTable.Entry> bySurname = new java.util.HashMap<>();
        for (ActorTable.Entry e : table.entries()) {
            String[] parts = e.key.startsWith("P:") ? e.name.split(" ") : new String[0];
            if (parts.length >= 2) bySurname.putIfAbsent(parts[parts.length - 1], e);
        }
        // Surnames of several words ("de Vries"): matched word by word, case aside.
        java.util.Map<String, ActorTable.Entry> particles = new java.util.LinkedHashMap<>();
        for (ActorTable.Entry e : table.entries()) {
            String p = e.key.startsWith("P:") ? PersonRules.particleSurname(e.name) : null;
            if (p != null) particles.putIfAbsent(p.toLowerCase(Locale.ROOT), e);
        }
        // Family name first: "Kim" for "Kim Jong Un" (three words or more, so "Lloyd" never means Lloyd Austin).
        for (ActorTable.Entry e : table.entries()) {
            String[] parts = e.key.startsWith("P:") ? e.name.split(" ") : new String[0];
            if (parts.length >= 3) bySurname.putIfAbsent(parts[0], e);
        }
        for (SentenceView v : views) {
            for (var p : particles.entrySet()) {
                int n = p.getKey().split(" ").length;
                for (int i = 0; i + n <= v.size(); i++) {
                    StringBuilder words = new StringBuilder();
                    for (int k = i; k < i + n; k++) words.append(k > i ? " " : "").append(v.token(k).word().toLowerCase(Locale.ROOT));
                    int start = v.token(i).start(), end = v.token(i + n - 1).end();
                    if (!words.toString().equals(p.getKey()) || table.isClaimed(start, end)) continue;
                    table.mention(p.getValue(), start, end);
                }
            }
            for (Token t : v.tokens) {
                String w = t.word().replaceAll("['’]s$", "");
                if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || table.isClaimed(t.start(), t.start() + w.length())) continue;
                boolean nameLike = t.pos().startsWith("NNP") || "PERSON".equals(t.ner())
                        || (t.index() + 1 < v.size() && v.token(t.index() + 1).isVerb());
                if (!nameLike) continue;
                ActorTable.Entry person = bySurname.get(w);
                if (person == null) {
                    Optional<LearnedOfficial> o = registry.findBySurname(w);
                    if (o.isEmpty()) continue;
                    person = table.entry(PersonRules.key(o.get().name()), o.get().name(), Actor.Kind.PERSON, null, null, null, "person.registry");
                }
                person.sentence = Math.min(person.sentence, v.sentence.index());
                table.mention(person, t.start(), t.start() + w.length());
            }
        }
    }

    /** Persons the document gives no country for take the registry's; pinned entries win over the document. */
    void registry(ActorRegistry registry) {
        for (ActorTable.Entry p : table.entries()) {
            if (!p.key.startsWith("P:")) continue;
            Optional<LearnedOfficial> pinned = registry.findPinned(p.name).or(() -> p.name.contains(" ") ? Optional.empty()
                    : registry.findBySurname(p.name).filter(o -> registry.findPinned(o.name()).isPresent()));
            Optional<LearnedOfficial> known = pinned.isPresent() ? pinned
                    : p.code == null ? registry.find(p.name).or(() -> p.name.contains(" ") ? Optional.empty() : registry.findBySurname(p.name))
                    : Optional.empty();
            if (known.isEmpty()) continue;
            LearnedOfficial o = known.get();
            p.name = o.name();
            String code = o.code() != null ? o.code() : o.country();
            if (code != null && code.matches("([A-Z]{3})+")) {
                ActorTable.setCode(p, code, code.length() >= 6 ? code.substring(3, 6) : null);
            }
            if (o.role() != null) p.role = o.role();
            p.rule = pinned.isPresent() ? "person.pinned" : "person.registry";
            // What the registry says is not new evidence: the document does not teach it again.
            p.evidence = null;
        }
    }

    /** "he", "she", "him", "his", "her" → the person mentioned last before it, within {@link #PRONOUN_REACH} sentences. */
    void pronouns(List<SentenceView> views) {
        List<ActorTable.Entry> persons = new ArrayList<>();
        for (ActorTable.Entry e : table.entries()) if (e.isPerson()) persons.add(e);
        if (persons.isEmpty()) return;
        boolean[] quoted = quoted(table.body());
        for (SentenceView v : views) {
            for (Token t : v.tokens) {
                if (!PERSON_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)) || table.isClaimed(t.start(), t.end())) continue;
                // Inside a quotation "he" is someone the speaker talks about, rarely the last person named before.
                if (quoted[t.start()]) continue;
                ActorTable.Entry best = null;
                int bestStart = -1;
                for (ActorTable.Entry p : persons) {
                    Integer before = p.mentions.lowerKey(t.start());
                    if (before != null && before > bestStart) { best = p; bestStart = before; }
                }
                if (best == null || v.sentence.index() - nlp.sentenceAt(bestStart) > PRONOUN_REACH) continue;
                best.mentions.put(t.start(), org.herald.Excerpt.of(table.body(), t.start(), t.end()));
            }
        }
        for (ActorTable.Entry p : persons) for (var m : p.mentions.values()) table.claim(m.start(), m.end());
    }

    /** Which body characters lie inside double quotation marks (curly pairs, or straight ones toggling). */
    static boolean[] quoted(String body) {
        boolean[] in = new boolean[body.length() + 1];
        boolean inside = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '“') inside = true;
            else if (c == '”') inside = false;
            else if (c == '"') inside = !inside;
            // A paragraph break ends a quotation that was never closed.
            else if (c == '\n' && i + 1 < body.length() && body.charAt(i + 1) == '\n') inside = false;
            in[i] = inside;
        }
        return in;
    }
}
