package org.herald.claims;

/**
 * A number with its unit, and who stated it.
 *
 * @param id           document-local id ("c1" ...)
 * @param text         the claim's words ("about 10,000 North Korean troops")
 * @param value        the number, or null when the words give none that parses
 * @param unit         the unit ("troops", "USD", "year"), or null
 * @param start        start in the body
 * @param end          end in the body
 * @param attributedTo id of the actor who stated it, or null
 * @param event        id of the event it supports, or null
 */
public record Claim(String id, String text, Double value, String unit, int start, int end, String attributedTo, String event) {}
