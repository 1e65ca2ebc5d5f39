package org.herald.actors;

import java.util.List;

/**
 * An immutable snapshot of the officials Herald remembers across documents (learned and pinned by the user).
 * The pipeline reads it; only drivers write the registry file, between documents.
 */
public record ActorRegistry(List<LearnedOfficial> officials) {
    public static final ActorRegistry EMPTY = new ActorRegistry(List.of());

    public ActorRegistry {
        officials = List.copyOf(officials);
    }
}
