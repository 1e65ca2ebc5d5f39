/**
 * Claims: numbers with units and who stated them.
 *
 * <p>Input: the article, NLP document, actors, quotes and events. Output: {@link org.herald.claims.Claim}s with value,
 * unit, span, the actor they are attributed to (quote speaker, or subject of the stating verb) and the event of their
 * sentence they support. Knowledge: {@code claims/units.tsv}. It does not judge whether a claim is true, and does not
 * read dates or times as claims.
 */
package org.herald.claims;
