package org.herald.actors.memory;

import org.herald.actors.ActorRegistry;
import org.herald.actors.LearnedOfficial;

import java.util.List;

/**
 * The officials Herald remembers across documents. The pipeline reads an immutable {@link #snapshot}; a driver that
 * learns merges what documents taught between documents ({@link #merge}). Implementations must be safe when several
 * processes use the same memory at once: a merge never loses another process's rows and never leaves a torn store.
 */
public interface ActorMemory {
    /** A memory with nothing in it that forgets what it is told: runs that neither read nor learn. */
    ActorMemory NONE = new ActorMemory() {
        @Override public ActorRegistry snapshot() { return ActorRegistry.EMPTY; }
        @Override public int merge(List<LearnedOfficial> learned) { return 0; }
    };

    ActorRegistry snapshot();

    /**
     * Adds what documents taught: a new name is added, a learned one takes the newer facts, a pinned one is kept.
     * Returns how many entries were added or changed.
     */
    int merge(List<LearnedOfficial> learned);
}
