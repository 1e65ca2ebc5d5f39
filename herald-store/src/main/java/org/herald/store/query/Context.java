package org.herald.store.query;

import java.util.List;

/**
 * What the store knows about an actor: its summary, the sanctions on it (in force or lifted) and those it imposed, the
 * events toward or from it that involve a party under sanctions in force at their date, and its dyads.
 */
public record Context(ActorSummary actor, List<Sanction> sanctionsOn, List<Sanction> sanctionsBy, List<FlaggedEvent> flagged, List<DyadRow> dyads) {
    public Context {
        sanctionsOn = List.copyOf(sanctionsOn);
        sanctionsBy = List.copyOf(sanctionsBy);
        flagged = List.copyOf(flagged);
        dyads = List.copyOf(dyads);
    }
}
