package org.herald.store.query;

/** A page of results: skip {@code offset}, take at most {@code limit} (1..{@value #MAX_LIMIT}). */
public record Paging(int offset, int limit) {
    public static final int MAX_LIMIT = 1000;

    public Paging {
        if (offset < 0) throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", not " + limit);
    }

    public static Paging first(int limit) { return new Paging(0, limit); }

    public Paging next() { return new Paging(offset + limit, limit); }
}
