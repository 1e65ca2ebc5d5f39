package org.herald.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An immutable snapshot of the officials Herald remembers across documents: those learned from earlier
 * documents, and those a user pinned ({@code herald actors set}). The pipeline reads it; only drivers write the
 * registry file, between documents. A pinned entry wins over a learned one of the same name, and over what a
 * document says.
 *
 * @param officials learned officials
 * @param pinned    officials a user set by hand
 */
public record ActorRegistry(List<LearnedOfficial> officials, List<LearnedOfficial> pinned) {
    public static final ActorRegistry EMPTY = new ActorRegistry(List.of(), List.of());

    public ActorRegistry {
        officials = List.copyOf(officials);
        pinned = List.copyOf(pinned);
    }

    public ActorRegistry(List<LearnedOfficial> officials) {
        this(officials, List.of());
    }

    /** The pinned official of this name (case and spacing ignored), if any. */
    public Optional<LearnedOfficial> findPinned(String name) {
        return find(pinned, name);
    }

    /** The official of this name: pinned first, then learned. */
    public Optional<LearnedOfficial> find(String name) {
        return findPinned(name).or(() -> find(officials, name));
    }

    /** The one official (pinned first, then learned) whose surname is {@code surname}; empty when none or several. */
    public Optional<LearnedOfficial> findBySurname(String surname) {
        Optional<LearnedOfficial> p = unique(pinned, surname);
        return p.isPresent() ? p : unique(officials, surname);
    }

    static String normalise(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String surname(String name) {
        String[] parts = normalise(name).split(" ");
        return parts[parts.length - 1];
    }

    private static Optional<LearnedOfficial> find(List<LearnedOfficial> list, String name) {
        String key = normalise(name);
        for (LearnedOfficial o : list) if (normalise(o.name()).equals(key)) return Optional.of(o);
        return Optional.empty();
    }

    private static Optional<LearnedOfficial> unique(List<LearnedOfficial> list, String surname) {
        String key = normalise(surname);
        LearnedOfficial found = null;
        for (LearnedOfficial o : list) {
            if (!surname(o.name()).equals(key)) continue;
            if (found != null && !normalise(found.name()).equals(normalise(o.name()))) return Optional.empty();
            found = o;
        }
        return Optional.ofNullable(found);
    }
}
