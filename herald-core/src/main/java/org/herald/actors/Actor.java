package org.herald.actors;

import org.herald.Excerpt;

import java.util.List;

/**
 * One distinct entity named in a document, with every mention of it.
 *
 * @param id       document-local id ("a1", "a2" ...)
 * @param name     the fullest name the document gives
 * @param kind     what sort of entity it is
 * @param code     CAMEO actor code: country or group code plus optional agent ("RUSGOV", "USAMIL", "IGOUNO"), or null
 * @param country  the 3-letter country (or group: IGO, WST ...) part of the code, or null
 * @param agent    the 3-letter agent part of the code (GOV, MIL ...), or null
 * @param role     the role words the document gives ("UN ambassador", "defense secretary"), or null
 * @param mentions every mention, in body order
 * @param rule     id of the resolution rule that decided the code
 * @param countryFrom how the country was inferred when the text gives none for this actor ("police", "the
 *                 governor"): {@code place:<words>} (a state or city named with it, or the article's most-named place),
 *                 {@code role:<words>} (the same role named earlier with a country), {@code dateline:<words>} or
 *                 {@code article:<code>} (the country the document names most); null when the text names it
 */
public record Actor(String id, String name, Kind kind, String code, String country, String agent, String role,
                    List<Excerpt> mentions, String rule, String countryFrom) {

    /** An actor whose country, if any, the text names. */
    public Actor(String id, String name, Kind kind, String code, String country, String agent, String role,
                 List<Excerpt> mentions, String rule) {
        this(id, name, kind, code, country, agent, role, mentions, rule, null);
    }

    public enum Kind { PERSON, COUNTRY, ORGANIZATION, GROUP, PLACE;
        @Override public String toString() { return name().toLowerCase(); }
    }

    public Actor {
        mentions = List.copyOf(mentions);
    }
}
