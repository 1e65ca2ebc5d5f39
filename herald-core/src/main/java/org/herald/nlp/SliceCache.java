package org.herald.nlp;

import java.util.Arrays;

/**
 * The first-layer slices one sentence has computed for (token, position) pairs outside the model's precomputed table,
 * in arrays a thread reuses from sentence to sentence, so parsing allocates nothing per transition (a map and an array
 * per slice had made the parser the second-largest allocator of a run: 0.8 of 8 GB).
 */
final class SliceCache {
    private static final int KEEP = 4096; // slices kept for the next sentence; one huge sentence's extra ones are dropped
    private final int width;
    private int[] keys = new int[1024], indexes = new int[1024], generations = new int[1024];
    private int generation = 1, size;
    private float[][] slices = new float[256][];

    SliceCache(int width) { this.width = width; }

    /** Forgets every slice: the next sentence starts empty. */
    void clear() {
        if (slices.length > KEEP) slices = Arrays.copyOf(slices, KEEP);
        size = 0;
        if (++generation == 0) { // wrapped: stale stamps could match again
            Arrays.fill(generations, 0);
            generation = 1;
        }
    }

    /** {@code key}'s slice, or null. */
    float[] find(int key) {
        for (int s = slot(key, keys.length); ; s = (s + 1) & (keys.length - 1)) {
            if (generations[s] != generation) return null;
            if (keys[s] == key) return slices[indexes[s]];
        }
    }

    /** A zeroed slice for {@code key}, which is not present, to be filled by the caller. */
    float[] add(int key) {
        if (2 * (size + 1) > keys.length) rehash();
        if (size == slices.length) slices = Arrays.copyOf(slices, 2 * slices.length);
        float[] slice = slices[size];
        if (slice == null) slices[size] = slice = new float[width];
        else Arrays.fill(slice, 0f);
        int s = slot(key, keys.length);
        while (generations[s] == generation) s = (s + 1) & (keys.length - 1);
        keys[s] = key;
        indexes[s] = size++;
        generations[s] = generation;
        return slice;
    }

    private void rehash() {
        int[] oldKeys = keys, oldIndexes = indexes, oldGenerations = generations;
        keys = new int[oldKeys.length * 2];
        indexes = new int[keys.length];
        generations = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldGenerations[i] != generation) continue;
            int s = slot(oldKeys[i], keys.length);
            while (generations[s] == generation) s = (s + 1) & (keys.length - 1);
            keys[s] = oldKeys[i];
            indexes[s] = oldIndexes[i];
            generations[s] = generation;
        }
    }

    private static int slot(int key, int length) { return (key * 0x9E3779B9 >>> 7) & (length - 1); }
}
