package org.herald.nlp;

/**
 * A named-entity mention found by CoreNLP's NER: tokens [firstToken, endToken) of one sentence.
 *
 * @param type PERSON, LOCATION, ORGANIZATION or MISC
 */
public record EntityMention(String type, int sentence, int firstToken, int endToken, int start, int end, String text) {}
