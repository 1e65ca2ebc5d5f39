package org.herald.events;

import org.herald.Span;
import org.herald.nlp.Dependency;
import org.herald.nlp.NlpDocument;
import org.herald.nlp.Sentence;
import org.herald.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a parsed sentence by hand for tests that must not load CoreNLP: words as "word/lemma/POS" (lemma and POS
 * optional: "Russia/NNP"), edges as "rel head dep" with 1-based token numbers (0 = root), as CoreNLP prints them.
 */
public final class ParsedSentence {
    private final List<String[]> words = new ArrayList<>();
    private final List<Dependency> deps = new ArrayList<>();

    public static ParsedSentence of(String taggedWords) {
        ParsedSentence p = new ParsedSentence();
        for (String w : taggedWords.trim().split("\\s+")) {
            String[] parts = w.split("/");
            String word = parts[0];
            String lemma = parts.length == 3 ? parts[1] : word.toLowerCase();
            String pos = parts[parts.length - 1];
            p.words.add(new String[] {word, lemma, pos});
        }
        return p;
    }

    public ParsedSentence dep(String rel, int head, int dep) {
        deps.add(new Dependency(rel, head - 1, dep - 1));
        return this;
    }

    /** The body the words make, joined by single spaces. */
    public String body() {
        StringBuilder sb = new StringBuilder();
        for (String[] w : words) sb.append(sb.length() > 0 ? " " : "").append(w[0]);
        return sb.toString();
    }

    public NlpDocument document() {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            String[] w = words.get(i);
            tokens.add(new Token(i, w[0], w[1], w[2], "O", at, at + w[0].length()));
            at += w[0].length() + 1;
        }
        return new NlpDocument(List.of(new Sentence(0, new Span(0, body().length()), tokens, deps, List.of())));
    }
}
