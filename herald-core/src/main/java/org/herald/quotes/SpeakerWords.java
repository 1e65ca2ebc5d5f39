package org.herald.quotes;

/**
 * The words naming a speaker in one sentence, before they are resolved to an actor.
 *
 * @param sentence sentence index
 * @param head     the head token of the words
 * @param start    body offset of the first word
 * @param end      body offset after the last word
 * @param text     the words as written
 * @param type     what the words are: a name of a known entity type, a pronoun, a title, or other
 */
record SpeakerWords(int sentence, int head, int start, int end, String text, Type type) {
    enum Type { PERSON, ORGANIZATION, PLACE, NAME, PRONOUN, TITLE, OTHER }
}
