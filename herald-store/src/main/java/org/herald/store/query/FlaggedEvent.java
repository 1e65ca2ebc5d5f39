package org.herald.store.query;

/** An event of a flagged type (AID, COOPERATE, SUPPORT, MOBILIZE ...) one of whose parties is under sanctions on its day. */
public record FlaggedEvent(EventRow event, String sanctionedParty, Sanction sanction) {}
