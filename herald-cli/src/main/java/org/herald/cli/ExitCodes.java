package org.herald.cli;

/** Exit statuses of every command. */
public final class ExitCodes {
    /** Every document analysed. */
    public static final int OK = 0;
    /** Some documents carry errors; all others were still written. */
    public static final int DOCUMENT_ERRORS = 1;
    /** Usage or start-up failure. */
    public static final int USAGE = 2;

    private ExitCodes() { }
}
