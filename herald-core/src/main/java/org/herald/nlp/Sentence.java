package org.herald.nlp;

import org.herald.Span;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One sentence: tokens, dependency edges and named-entity mentions. Immutable. */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies,
                       List<EntityMention> entities) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        entities = List.copyOf(entities);
    }

    public Token token(int i) { return tokens.get(i); }

    /** Edges whose governor is token {@code head}. */
    public List<Dependency> children(int head) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) if (d.governor() == head) out.add(d);
        return out;
    }

    /** Edges whose dependent is token {@code i} (enhanced graphs can give a token several heads). */
    public List<Dependency> parents(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) if (d.dependent() == i) out.add(d);
        return out;
    }

    /** Token indices of the roots. */
    public List<Integer> roots() {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : dependencies) if (d.governor() < 0) out.add(d.dependent());
        return Collections.unmodifiableList(out);
    }

    /** Index of the token covering body offset {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (Token t : tokens) if (t.start() <= offset && offset < t.end()) return t.index();
        return -1;
    }
}
