package org.herald.nlp;

import org.herald.Span;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One sentence: tokens, dependency edges and named-entity mentions. Immutable. The edges are indexed by governor and
 * by dependent when the sentence is built, so that the rules of every stage walk the graph in constant time per step.
 */
public final class Sentence {
    private final int index;
    private final Span span;
    private final List<Token> tokens;
    private final List<Dependency> dependencies;
    private final List<EntityMention> entities;
    private final List<List<Dependency>> children;
    private final List<List<Dependency>> parents;
    private final List<Integer> roots;

    public Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies, List<EntityMention> entities) {
        this.index = index;
        this.span = Objects.requireNonNull(span);
        this.tokens = List.copyOf(tokens);
        this.dependencies = List.copyOf(dependencies);
        this.entities = List.copyOf(entities);
        int n = this.tokens.size();
        List<List<Dependency>> byGovernor = new ArrayList<>(n), byDependent = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byGovernor.add(new ArrayList<>(3));
            byDependent.add(new ArrayList<>(2));
        }
        List<Integer> rootList = new ArrayList<>(1);
        for (Dependency d : this.dependencies) {
            if (d.governor() < 0) rootList.add(d.dependent());
            if (d.dependent() >= 0 && d.dependent() < n) byDependent.get(d.dependent()).add(d);
            if (d.governor() >= 0 && d.governor() < n) byGovernor.get(d.governor()).add(d);
        }
        this.children = freeze(byGovernor);
        this.parents = freeze(byDependent);
        this.roots = Collections.unmodifiableList(rootList);
    }

    private static List<List<Dependency>> freeze(List<List<Dependency>> lists) {
        List<List<Dependency>> out = new ArrayList<>(lists.size());
        for (List<Dependency> l : lists) out.add(Collections.unmodifiableList(l));
        return Collections.unmodifiableList(out);
    }

    public int index() { return index; }

    public Span span() { return span; }

    public List<Token> tokens() { return tokens; }

    public List<Dependency> dependencies() { return dependencies; }

    public List<EntityMention> entities() { return entities; }

    public Token token(int i) { return tokens.get(i); }

    /** Edges whose governor is token {@code head} (none for an index outside the sentence). */
    public List<Dependency> children(int head) {
        return head >= 0 && head < children.size() ? children.get(head) : List.of();
    }

    /** Edges whose dependent is token {@code i} (enhanced graphs can give a token several heads). */
    public List<Dependency> parents(int i) {
        return i >= 0 && i < parents.size() ? parents.get(i) : List.of();
    }

    /** Token indices of the roots. */
    public List<Integer> roots() { return roots; }

    /** Index of the token covering body offset {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (Token t : tokens) if (t.start() <= offset && offset < t.end()) return t.index();
        return -1;
    }

    @Override public boolean equals(Object o) {
        return o instanceof Sentence s && index == s.index && span.equals(s.span) && tokens.equals(s.tokens)
                && dependencies.equals(s.dependencies) && entities.equals(s.entities);
    }

    @Override public int hashCode() { return Objects.hash(index, span, tokens, dependencies, entities); }

    @Override public String toString() { return "Sentence[" + index + ", " + span + ", " + tokens.size() + " tokens]"; }
}
