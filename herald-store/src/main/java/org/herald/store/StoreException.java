package org.herald.store;

/** A store that cannot be opened, read or written: the message says which file and why, in words for the user. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) { super(message); }

    public StoreException(String message, Throwable cause) { super(message, cause); }
}
