package org.herald.nlp;

import org.herald.testkit.SharedModels;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parser's slice caches: one per concurrent parse, reused, and gone after {@code release}. */
class ParserCacheIT {
    private static final List<String> WORDS = List.of("Russia", "rejected", "the", "claims", "on", "Monday", ".");
    private static final List<String> TAGS = List.of("NNP", "VBD", "DT", "NNS", "IN", "NNP", ".");

    @Test void caches_are_pooled_per_concurrent_parse_and_released() throws Exception {
        ArcStandardParser parser = SharedModels.models().parser();
        ArcStandardParser.Parse first = parser.parse(WORDS, TAGS);
        assertTrue(parser.pooledCaches() >= 1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ArcStandardParser.Parse>> parses = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) parses.add(pool.submit(() -> parser.parse(WORDS, TAGS)));
            for (Future<ArcStandardParser.Parse> f : parses) assertArrayEquals(first.heads(), f.get().heads());
        } finally {
            pool.shutdownNow();
        }
        assertTrue(parser.pooledCaches() <= 5, "no more caches than parses at once: " + parser.pooledCaches());
        parser.release();
        assertEquals(0, parser.pooledCaches());
        assertArrayEquals(first.heads(), parser.parse(WORDS, TAGS).heads(), "parsing goes on after a release");
    }
}
