package org.herald.actors;

/**
 * An official a document introduced with enough context to be remembered
 * ("Russia's UN ambassador Vassily Nebenzia"): the driver merges these into the registry.
 *
 * @param name     the full name as written
 * @param country  3-letter country code
 * @param role     role words, or null
 * @param code     CAMEO actor code
 * @param evidence the words that introduced the official
 */
public record LearnedOfficial(String name, String country, String role, String code, String evidence) {}
