package org.herald.store.feeds;

import org.herald.store.Store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * What the watcher remembers in the store ({@code herald_feeds}, {@code herald_feed_items}, schema migration 3): each
 * feed's ETag and Last-Modified for the next conditional GET, and each article link it has seen, with the attempts a
 * failing one took. Written after the poll's documents are committed, so a kill in between re-fetches a few links
 * whose documents the store already holds (and skips them by id), never loses one.
 */
final class FeedState {
    /** A feed's validators from its last 200. */
    record Validators(String etag, String lastModified) {
        static final Validators NONE = new Validators(null, null);
    }

    /** A link seen before: its attempts so far and {@code stored} (done) or {@code retry}. */
    record Item(int attempts, String state) {
        boolean done() { return "stored".equals(state); }
    }

    /** One link's outcome in this poll, to be written with the others. */
    record ItemOutcome(URI link, String docId, URI feed, int attempts, String state, String error) {}

    /** One feed's outcome in this poll. */
    record FeedOutcome(URI feed, Validators validators, String status) {}

    private final Store store;
    private final Connection c;

    FeedState(Store store) {
        this.store = store;
        this.c = store.connection();
    }

    Validators validators(URI feed) {
        try (PreparedStatement p = c.prepareStatement("SELECT etag, last_modified FROM herald_feeds WHERE feed_url = ?")) {
            p.setString(1, feed.toString());
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? new Validators(r.getString(1), r.getString(2)) : Validators.NONE;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the feed state of " + store.file() + ": " + e.getMessage(), e);
        }
    }

    Optional<Item> item(URI link) {
        try (PreparedStatement p = c.prepareStatement("SELECT attempts, state FROM herald_feed_items WHERE link = ?")) {
            p.setString(1, link.toString());
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(new Item(r.getInt(1), r.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the feed state of " + store.file() + ": " + e.getMessage(), e);
        }
    }

    /** Writes a poll's outcomes in one transaction. */
    void write(List<FeedOutcome> feeds, List<ItemOutcome> items) {
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        try (PreparedStatement delFeed = c.prepareStatement("DELETE FROM herald_feeds WHERE feed_url = ?");
             PreparedStatement addFeed = c.prepareStatement("INSERT INTO herald_feeds VALUES (?, ?, ?, ?, ?)");
             PreparedStatement delItem = c.prepareStatement("DELETE FROM herald_feed_items WHERE link = ?");
             PreparedStatement addItem = c.prepareStatement("INSERT INTO herald_feed_items VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (FeedOutcome f : feeds) {
                delFeed.setString(1, f.feed().toString());
                delFeed.executeUpdate();
                addFeed.setString(1, f.feed().toString());
                addFeed.setString(2, f.validators().etag());
                addFeed.setString(3, f.validators().lastModified());
                addFeed.setObject(4, now);
                addFeed.setString(5, f.status());
                addFeed.executeUpdate();
            }
            for (ItemOutcome i : items) {
                delItem.setString(1, i.link().toString());
                delItem.executeUpdate();
                addItem.setString(1, i.link().toString());
                addItem.setString(2, i.docId());
                addItem.setString(3, i.feed().toString());
                addItem.setObject(4, now);
                addItem.setInt(5, i.attempts());
                addItem.setString(6, i.state());
                addItem.setString(7, i.error());
                addItem.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the write's own failure is reported
            }
            throw new IllegalStateException("cannot write the feed state of " + store.file() + ": " + e.getMessage(), e);
        }
    }
}
