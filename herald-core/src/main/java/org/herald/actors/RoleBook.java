package org.herald.actors;

import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;
import org.herald.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Role words and their CAMEO agent codes ({@code actors/roles.tsv}): "ambassador" = GOV, "troops" = MIL; and the
 * words that may stand inside a title ({@code actors/title-words.tsv}).
 * Matches compare lower-cased words, or lemmas ("ministers" finds "minister"). Immutable after {@link #load}.
 */
final class RoleBook {
    /** What a role word names: one person's title, a group of people, or a body. */
    enum RoleKind { PERSON, GROUP, ORGANIZATION }

    record Role(String phrase, String agent, RoleKind kind) {}

    /** A role found in a sentence: tokens [first, end). */
    record Match(int first, int end, Role role) {}

    private final Map<String, List<Role>> byFirstWord;
    private final java.util.Set<String> words;
    private final java.util.Set<String> modifiers;

    private RoleBook(Map<String, List<Role>> byFirstWord, java.util.Set<String> words, java.util.Set<String> modifiers) {
        this.byFirstWord = byFirstWord;
        this.words = words;
        this.modifiers = modifiers;
    }

    /** Whether {@code lower} is a word of some role ("minister", "ambassador"). */
    boolean isRoleWord(String lower) { return words.contains(lower); }

    /** Whether {@code lower} may stand in a title ({@code actors/title-words.tsv}: "deputy", "caretaker"). */
    boolean isTitleModifier(String lower) { return modifiers.contains(lower); }

    static RoleBook load(KnowledgeSource source) {
        Map<String, Role> roles = new LinkedHashMap<>();
        for (TsvReader.Row row : TsvReader.readAll(source, "actors/roles.tsv", "phrase", "agent", "kind")) {
            String agent = row.get("agent");
            if (!agent.matches("([A-Z]{3})+")) throw row.error("agent '" + agent + "' is not a CAMEO agent code");
            RoleKind kind;
            try {
                kind = RoleKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("kind must be person, group or organization, not '" + row.get("kind") + "'");
            }
            List<String> phrases = row.list("phrase");
            if (phrases.isEmpty()) throw row.error("empty phrase");
            for (String p : phrases) {
                String words = p.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                roles.put(words, new Role(words, agent, kind));
                // CoreNLP may split "secretary-general" into "secretary - general": know both.
                if (words.contains("-")) {
                    String split = words.replace("-", " - ");
                    roles.put(split, new Role(split, agent, kind));
                }
            }
        }
        Map<String, List<Role>> index = new HashMap<>();
        for (Role r : roles.values()) index.computeIfAbsent(r.phrase().split(" ")[0], k -> new ArrayList<>()).add(r);
        for (List<Role> list : index.values()) list.sort(Comparator.comparingInt((Role r) -> -r.phrase().split(" ").length));
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Role r : roles.values()) words.addAll(List.of(r.phrase().split(" ")));
        java.util.Set<String> modifiers = new java.util.HashSet<>();
        for (TsvReader.Row row : TsvReader.readAll(source, "actors/title-words.tsv", "word")) {
            String w = row.get("word").toLowerCase(Locale.ROOT);
            if (w.isEmpty() || w.contains(" ")) throw row.error("a title word is one word, got '" + row.get("word") + "'");
            modifiers.add(w);
        }
        return new RoleBook(index, java.util.Set.copyOf(words), java.util.Set.copyOf(modifiers));
    }

    /** The longest role starting at token {@code i}, or null. */
    Match matchAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        for (String key : new String[] {t.word().toLowerCase(Locale.ROOT), t.lemma()}) {
            List<Role> candidates = byFirstWord.get(key);
            if (candidates == null) continue;
            for (Role r : candidates) {
                String[] words = r.phrase().split(" ");
                if (i + words.length > tokens.size()) continue;
                boolean ok = true;
                for (int k = 0; k < words.length && ok; k++) {
                    Token w = tokens.get(i + k);
                    ok = words[k].equals(w.word().toLowerCase(Locale.ROOT)) || (k == words.length - 1 && words[k].equals(w.lemma()));
                }
                if (ok) return new Match(i, i + words.length, r);
            }
        }
        return null;
    }

    /** The rightmost-ending, then longest role among tokens [from, to) (the head of "UN Defense Secretary"). */
    Match headIn(List<Token> tokens, int from, int to) {
        Match best = null;
        for (int i = from; i < to; i++) {
            Match m = matchAt(tokens, i);
            if (m == null || m.end() > to) continue;
            if (best == null || m.end() > best.end() || (m.end() == best.end() && m.first() < best.first())) best = m;
        }
        return best;
    }
}
