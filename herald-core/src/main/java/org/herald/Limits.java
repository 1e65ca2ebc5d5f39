package org.herald;

/**
 * Bounds on one document. A document over a bound gets an error entry instead of unbounded work.
 *
 * @param maxPageBytes         raw bytes of one page
 * @param maxBodyChars         characters of the recovered article body handed to NLP
 * @param maxSentences         sentences of one body analysed
 * @param maxTokensPerSentence tokens of one sentence that still gets a parse (longer ones are usually tables or lists);
 *                             at most {@link #MOST_TOKENS_PER_SENTENCE}
 * @param maxDocumentSeconds   time one document may take from extraction to claims ({@link Deadline})
 */
public record Limits(long maxPageBytes, int maxBodyChars, int maxSentences, int maxTokensPerSentence, double maxDocumentSeconds) {
    /**
     * The most tokens per sentence a configuration may allow. One sentence's NLP is a few CoreNLP calls that no
     * time budget can interrupt, and CoreNLP's enhanced++ conversion grows much faster than the sentence (it looks
     * nodes up by scanning the graph for each conjunct). Measured on one core (docs/scale.md): at 1,000 tokens of
     * conjoined words it takes 0.12-0.18 s, at 2,000 0.67 s, at 4,000 3.5 s, and a 30,000-token sentence 191 s, far
     * past any budget. At 1,000 a document stops within a fraction of a second of its budget.
     */
    public static final int MOST_TOKENS_PER_SENTENCE = 1000;
    /** The shipped time budget (herald.properties says why). */
    public static final double DEFAULT_DOCUMENT_SECONDS = 60;

    public Limits {
        if (maxPageBytes <= 0 || maxBodyChars <= 0 || maxSentences <= 0 || maxTokensPerSentence <= 0 || !(maxDocumentSeconds > 0))
            throw new IllegalArgumentException("limits must be positive");
        if (maxTokensPerSentence > MOST_TOKENS_PER_SENTENCE)
            throw new IllegalArgumentException("limits.maxTokensPerSentence is " + maxTokensPerSentence + "; at most "
                    + MOST_TOKENS_PER_SENTENCE + " keeps one sentence's NLP short enough for the time budget to bound a document");
    }

    /** Limits with the shipped time budget. */
    public Limits(long maxPageBytes, int maxBodyChars, int maxSentences, int maxTokensPerSentence) {
        this(maxPageBytes, maxBodyChars, maxSentences, maxTokensPerSentence, DEFAULT_DOCUMENT_SECONDS);
    }

    /** A new time budget for one document, starting now. */
    public Deadline deadline() { return Deadline.in(maxDocumentSeconds); }
}
