package org.herald.extract;

/** The page holds no article Herald can read (binary, empty, bad encoding, over a limit). */
public final class ExtractionException extends Exception {
    public ExtractionException(String message) { super(message); }
}
