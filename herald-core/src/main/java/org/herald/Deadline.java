package org.herald;

import java.util.Locale;

/**
 * The time one document may take ({@code limits.maxDocumentSeconds}), checked cooperatively: Java cannot stop a
 * thread safely, so the pipeline calls {@link #check} between its stages and after each sentence inside the NLP
 * stage; a document past its budget ends at the next check with {@link Exceeded}, naming the stage that ran out.
 * What runs between two checks (one CoreNLP call on one sentence, one whole later stage) is not interrupted:
 * the limits on bytes, characters and tokens per sentence keep each such step short.
 */
public final class Deadline {
    /** No budget: {@link #check} never fails. */
    public static final Deadline NONE = new Deadline(Long.MAX_VALUE, 0, 0);

    private final long deadlineNanos;
    private final long startNanos;
    private final double budgetSeconds;

    private Deadline(long deadlineNanos, long startNanos, double budgetSeconds) {
        this.deadlineNanos = deadlineNanos;
        this.startNanos = startNanos;
        this.budgetSeconds = budgetSeconds;
    }

    /** A budget of {@code seconds} from now. */
    public static Deadline in(double seconds) {
        if (!(seconds > 0)) throw new IllegalArgumentException("a time budget must be positive, not " + seconds);
        long now = System.nanoTime();
        return new Deadline(now + (long) Math.min(seconds * 1e9, Long.MAX_VALUE / 4.0), now, seconds);
    }

    public boolean passed() { return this != NONE && System.nanoTime() - deadlineNanos > 0; }

    /** Throws {@link Exceeded} for {@code stage} when the budget is spent; the stage is what ran last. */
    public void check(String stage) {
        if (passed()) throw new Exceeded(stage, String.format(Locale.ROOT,
                "time budget of %s s per document (limits.maxDocumentSeconds) ran out in %s, after %.1f s; "
                        + "the document keeps its article and nothing else", trim(budgetSeconds), stage,
                (System.nanoTime() - startNanos) / 1e9));
    }

    private static String trim(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }

    /** A document ran out of its time budget in {@link #stage}. */
    public static final class Exceeded extends RuntimeException {
        private final String stage;

        Exceeded(String stage, String message) {
            super(message, null, false, false);
            this.stage = stage;
        }

        public String stage() { return stage; }
    }
}
