package org.herald.nlp;

/**
 * One token, Herald's own view of a CoreNLP token.
 *
 * @param index position in its sentence, 0-based
 * @param word  the text exactly as in the body
 * @param lemma lower-case lemma
 * @param pos   Penn Treebank tag
 * @param ner   CoNLL NER class (PERSON, LOCATION, ORGANIZATION, MISC) or "O"
 * @param start offset in the body
 * @param end   end offset in the body (exclusive)
 */
public record Token(int index, String word, String lemma, String pos, String ner, int start, int end) {
    public boolean isNoun() { return pos.startsWith("NN"); }
    public boolean isProperNoun() { return pos.startsWith("NNP"); }
    public boolean isVerb() { return pos.startsWith("VB"); }
}
