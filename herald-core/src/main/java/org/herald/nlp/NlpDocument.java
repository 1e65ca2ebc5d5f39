package org.herald.nlp;

import java.util.List;

/** The NLP view of an article body: its sentences, in order. */
public record NlpDocument(List<Sentence> sentences) {
    public static final NlpDocument EMPTY = new NlpDocument(List.of());

    public NlpDocument {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) n += s.tokens().size();
        return n;
    }

    /** The sentence containing body offset {@code offset}, or -1. */
    public int sentenceAt(int offset) {
        for (Sentence s : sentences) if (s.span().start() <= offset && offset < s.span().end()) return s.index();
        return -1;
    }
}
