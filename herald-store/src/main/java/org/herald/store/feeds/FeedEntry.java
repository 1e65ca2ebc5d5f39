package org.herald.store.feeds;

import java.net.URI;

/**
 * One item of a feed: the article's address (resolved against the feed's), its title, and the day the feed says it
 * was published ("YYYY-MM-DD", UTC), or null.
 */
public record FeedEntry(URI link, String title, String published) {}
