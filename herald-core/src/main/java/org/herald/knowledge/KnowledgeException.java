package org.herald.knowledge;

/** A knowledge file the reader cannot take, with the place it stopped at. */
public final class KnowledgeException extends RuntimeException {
    public KnowledgeException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }
}
