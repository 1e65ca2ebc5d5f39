package org.herald;

/**
 * Bounds on one document. A document over a bound gets an error entry instead of unbounded work.
 *
 * @param maxPageBytes         raw bytes of one page
 * @param maxBodyChars         characters of the recovered article body handed to NLP
 * @param maxSentences         sentences of one body analysed
 * @param maxTokensPerSentence tokens of one sentence that still gets a parse (longer ones are usually tables or lists)
 */
public record Limits(long maxPageBytes, int maxBodyChars, int maxSentences, int maxTokensPerSentence) {
    public Limits {
        if (maxPageBytes <= 0 || maxBodyChars <= 0 || maxSentences <= 0 || maxTokensPerSentence <= 0)
            throw new IllegalArgumentException("limits must be positive");
    }
}
