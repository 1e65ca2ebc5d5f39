package org.herald.events;

import java.util.Locale;

/** The 16 event types of PLOVER 2.0. */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
    ACCUSE, REJECT, THREATEN, PROTEST, MOBILIZE, SANCTION, COERCE, ASSAULT;

    /** Parses a type name, failing with the list of valid names. */
    public static PloverType parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a PLOVER 2.0 type: '" + name + "' (one of " + java.util.Arrays.toString(values()) + ")");
        }
    }
}
