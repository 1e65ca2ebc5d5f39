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
 */
public record Actor(String id, String name, Kind kind, String code, String country, String agent, String role,
                    List<Excerpt> mentions, String rule) {

    public enum Kind { PERSON, COUNTRY, ORGANIZATION, GROUP, PLACE;
        @Override public String toString() { return name().toLowerCase(); }
    }

    public Actor {
        mentions = List.copyOf(mentions);
    }
}
