package org.herald.testkit;

import java.time.Duration;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Property-based checks on the JUnit platform, bounded in tries and time: inputs drawn from a seeded {@link Random}
 * (the seed and try are in any failure, so a failure can be replayed with {@code -Dherald.seed=N}), each check run
 * under a time limit so that an input that loops fails the test instead of hanging it, and the property stops early
 * once its total time is spent. No shrinking: the failure message shows the input's description.
 */
public final class Property {
    private Property() { }

    /** A generated input and a short description of it for failure messages. */
    public record Case<T>(T value, String description) { }

    /** The seed of this run: {@code -Dherald.seed=N}, else a fixed one so that CI runs are repeatable. */
    public static long seed() { return Long.getLong("herald.seed", 20261202L); }

    /**
     * Checks {@code check} on up to {@code tries} inputs from {@code gen}, each within {@code each}, all within
     * {@code total}; returns how many were checked.
     */
    public static <T> int forAll(String name, int tries, Duration each, Duration total, Function<Random, Case<T>> gen, Consumer<T> check) {
        long seed = seed();
        Random random = new Random(seed ^ name.hashCode());
        long end = System.nanoTime() + total.toNanos();
        int done = 0;
        for (int i = 0; i < tries && System.nanoTime() < end; i++) {
            Case<T> c = gen.apply(random);
            try {
                assertTimeoutPreemptively(each, () -> check.accept(c.value()), () -> name + ": try " + c.description() + " did not finish");
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(name + " failed on try " + (done + 1) + " (seed " + seed + "): " + c.description() + ": " + e.getMessage(), e);
            }
            done++;
        }
        return done;
    }
}
