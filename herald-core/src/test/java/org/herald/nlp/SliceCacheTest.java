package org.herald.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class SliceCacheTest {
    @Test void finds_what_was_added_until_cleared() {
        SliceCache cache = new SliceCache(3);
        float[] a = cache.add(7);
        a[0] = 1f;
        assertSame(a, cache.find(7));
        assertNull(cache.find(8));
        cache.clear();
        assertNull(cache.find(7), "a new sentence starts empty");
    }

    @Test void reused_slices_come_back_zeroed() {
        SliceCache cache = new SliceCache(3);
        cache.add(7)[1] = 5f;
        cache.clear();
        assertArrayEquals(new float[3], cache.add(9), "the caller adds into the slice, so it must start at zero");
    }

    @Test void keeps_every_slice_of_a_long_sentence() {
        SliceCache cache = new SliceCache(2);
        for (int key = 0; key < 10_000; key++) cache.add(key * 48 + 5)[0] = key;
        for (int key = 0; key < 10_000; key++) assertEquals(key, cache.find(key * 48 + 5)[0], 0f);
        cache.clear();
        float[] first = cache.add(1);
        assertNotSame(null, first);
        assertNull(cache.find(5));
    }
}
