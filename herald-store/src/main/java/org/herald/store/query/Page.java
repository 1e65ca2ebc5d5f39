package org.herald.store.query;

import java.util.List;

/** One page of results in a stable order, and how many there are in all. */
public record Page<T>(List<T> items, long total, Paging paging) {
    public Page {
        items = List.copyOf(items);
    }

    public boolean more() { return paging.offset() + items.size() < total; }
}
