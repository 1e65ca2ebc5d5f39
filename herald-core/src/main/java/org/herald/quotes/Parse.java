package org.herald.quotes;

import org.herald.nlp.Dependency;
import org.herald.nlp.EntityMention;
import org.herald.nlp.Sentence;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Small questions asked of a sentence's dependency graph. */
final class Parse {
    private Parse() { }

    /** Tokens reachable from {@code head}, leaving out the enhanced graph's back-pointing edges and {@code skip} relations. */
    static Set<Integer> subtree(Sentence s, int head, Set<String> skip) {
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(head);
        seen.add(head);
        while (!todo.isEmpty()) {
            int h = todo.poll();
            for (Dependency d : s.children(h)) {
                if (isExtra(d) || skip.contains(d.relation()) || skip.contains(d.baseRelation())) continue;
                if (seen.add(d.dependent())) todo.add(d.dependent());
            }
        }
        return seen;
    }

    /** Edges the enhanced graph adds over the basic tree: referents, controlled and propagated subjects. */
    static boolean isExtra(Dependency d) {
        return d.relation().equals("ref") || d.relation().contains("xsubj");
    }

    /** The first child of {@code head} whose relation is {@code relation} (exactly), or -1. */
    static int child(Sentence s, int head, String relation) {
        for (Dependency d : s.children(head)) if (d.relation().equals(relation)) return d.dependent();
        return -1;
    }

    /** The head of token {@code i} in the basic tree (ignoring enhanced extras), or null for a root. */
    static Dependency parent(Sentence s, int i) {
        Dependency conj = null;
        for (Dependency d : s.parents(i)) {
            if (d.governor() < 0 || isExtra(d)) continue;
            if (!d.baseRelation().equals("conj")) return d;
            if (conj == null) conj = d;
        }
        return conj;
    }

    static boolean isNegated(Sentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            if (d.relation().equals("neg")) return true;
            if (d.baseRelation().equals("advmod")) {
                String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
                if (w.equals("not") || w.equals("n't") || w.equals("n’t") || w.equals("never")) return true;
            }
        }
        return false;
    }

    static EntityMention entityAt(Sentence s, int token) {
        for (EntityMention e : s.entities()) if (e.firstToken() <= token && token < e.endToken()) return e;
        return null;
    }

    /** Whether token {@code i} heads a subject (nsubj, not passive) anywhere in the sentence. */
    static boolean isSubject(Sentence s, int i) {
        for (Dependency d : s.parents(i)) {
            if (d.relation().equals("nsubj")) return true;
            // "UN Ambassador Sergiy Kyslytsya said": the name hangs below the subject title.
            if (Set.of("dep", "appos", "compound", "flat").contains(d.relation()) && d.governor() >= 0) {
                for (Dependency up : s.parents(d.governor())) if (up.relation().equals("nsubj")) return true;
            }
        }
        return false;
    }

    static boolean isPunct(String word) {
        for (int k = 0; k < word.length(); k++) if (Character.isLetterOrDigit(word.charAt(k))) return false;
        return true;
    }
}
