package org.herald.store.feeds;

import org.herald.Page;
import org.herald.events.dating.Reference;
import org.herald.io.InputDocument;
import org.herald.io.PageSource;
import org.herald.run.Runner;
import org.herald.store.IngestRun;
import org.herald.store.Store;
import org.herald.store.StoreWriter;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One poll of {@code herald watch}: each feed fetched (conditionally), its new links fetched as pages and handed to
 * the same {@link IngestRun} as {@code herald ingest}, then the feed state written. A link is new when the watcher has
 * not stored it and the store holds no document of its id ({@link #docId}), so no article is ingested twice, across
 * polls and restarts. A page that failed for a passing reason is tried again at the next polls, up to
 * {@link FeedSettings#maxAttempts}; then, or at once for a lasting reason, it is stored as a failed document (an error
 * record saying why), so every link is accounted for.
 */
public final class FeedWatch {
    /** What one poll did. {@code problems} are one line each: feed errors and failed pages. */
    public record Poll(int feeds, int notModified, int feedErrors, int entries, int fresh, int stored, int retrying, int failed,
                       IngestRun.Summary ingest, List<String> problems) {}

    private final Store store;
    private final StoreWriter writer;
    private final PoliteFetcher fetcher;
    private final FeedSettings settings;
    private final FeedState state;

    public FeedWatch(Store store, StoreWriter writer, FeedSettings settings) {
        this.store = store;
        this.writer = writer;
        this.settings = settings;
        this.fetcher = new PoliteFetcher(settings);
        this.state = new FeedState(store);
    }

    /** A link's document id: {@code feed-} and 16 hex digits of the SHA-256 of the link, the same on every poll. */
    public static String docId(URI link) {
        return "feed-" + IngestRun.sha256(link.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** Polls every feed once and ingests what is new; the runner is made (models loaded) only when a page is new. */
    public Poll poll(List<URI> feeds, String command, IngestRun.Listener listener, Supplier<Runner.Builder> runners) {
        IngestRun ingest = new IngestRun(store, writer, command, Reference.NONE, listener);
        Tally t = new Tally();
        ingest.pages(new Pages(feeds, t), runners);
        IngestRun.Summary summary = ingest.finish();
        // After the documents' commit: a kill before this line costs a re-fetch, never a lost article.
        state.write(t.feedOutcomes, t.itemOutcomes);
        return new Poll(feeds.size(), t.notModified, t.feedErrors, t.entries, t.fresh, t.stored, t.retrying, t.failed, summary, List.copyOf(t.problems));
    }

    private static final class Tally {
        int notModified, feedErrors, entries, fresh, stored, retrying, failed;
        final List<FeedState.FeedOutcome> feedOutcomes = new ArrayList<>();
        final List<FeedState.ItemOutcome> itemOutcomes = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
    }

    /** The poll as a page source: feeds are read and pages fetched as the ingest asks for them, one at a time. */
    private final class Pages implements PageSource {
        private final List<URI> feeds;
        private final Tally t;

        Pages(List<URI> feeds, Tally t) {
            this.feeds = feeds;
            this.t = t;
        }

        @Override public void read(Consumer<InputDocument> sink) {
            Set<URI> thisPoll = new LinkedHashSet<>();
            for (URI feed : feeds) {
                for (FeedEntry e : entries(feed)) {
                    t.entries++;
                    if (!thisPoll.add(e.link())) continue;
                    String id = docId(e.link());
                    Optional<FeedState.Item> seen = state.item(e.link());
                    if (seen.map(FeedState.Item::done).orElse(false) || writer.known(id).isPresent()) continue;
                    t.fresh++;
                    page(feed, e, id, seen.map(FeedState.Item::attempts).orElse(0) + 1).ifPresent(sink);
                }
            }
        }

        /** The feed's entries, newest first as listed, at most {@link FeedSettings#maxEntries}; none when unchanged or failing. */
        private List<FeedEntry> entries(URI feed) {
            FeedState.Validators v = state.validators(feed);
            Fetch f = fetcher.get(feed, v.etag(), v.lastModified());
            if (f.notModified()) {
                t.notModified++;
                t.feedOutcomes.add(new FeedState.FeedOutcome(feed, v, "not modified"));
                return List.of();
            }
            if (!f.ok()) return feedFailed(feed, v, f.error());
            try {
                FeedParser.Parsed p = FeedParser.parse(f.body(), f.url());
                t.feedOutcomes.add(new FeedState.FeedOutcome(feed, new FeedState.Validators(f.etag(), f.lastModified()),
                        "ok: " + p.entries().size() + " entries" + (p.withoutLink() > 0 ? ", " + p.withoutLink() + " without a link" : "")));
                return p.entries().subList(0, Math.min(p.entries().size(), settings.maxEntries()));
            } catch (IllegalArgumentException e) {
                return feedFailed(feed, v, e.getMessage());
            }
        }

        private List<FeedEntry> feedFailed(URI feed, FeedState.Validators v, String why) {
            t.feedErrors++;
            t.problems.add("feed " + feed + ": " + why);
            // The old validators stay: the next poll asks conditionally as before.
            t.feedOutcomes.add(new FeedState.FeedOutcome(feed, v, "failed: " + why));
            return List.of();
        }

        /** The entry's page, a failed document, or nothing yet (a passing failure with attempts left). */
        private Optional<InputDocument> page(URI feed, FeedEntry e, String id, int attempt) {
            Fetch f = fetcher.get(e.link());
            String error = f.ok() ? notAPage(f) : f.error();
            if (error == null) {
                t.stored++;
                t.itemOutcomes.add(new FeedState.ItemOutcome(e.link(), id, feed, attempt, "stored", null));
                String today = LocalDate.now(ZoneOffset.UTC).toString();
                return Optional.of(InputDocument.of(new Page(id, f.url().toString(), format(f), f.body(), e.published(), today, f.charset())));
            }
            if (f.retryable() && attempt < settings.maxAttempts()) {
                t.retrying++;
                t.itemOutcomes.add(new FeedState.ItemOutcome(e.link(), id, feed, attempt, "retry", error));
                t.problems.add("page " + e.link() + ": " + error + " (attempt " + attempt + " of " + settings.maxAttempts() + ", tried again next poll)");
                return Optional.empty();
            }
            t.failed++;
            String why = "fetching " + e.link() + ": " + error + (attempt > 1 ? " (attempt " + attempt + ")" : "");
            t.itemOutcomes.add(new FeedState.ItemOutcome(e.link(), id, feed, attempt, "stored", error));
            t.problems.add("page " + why);
            return Optional.of(InputDocument.failed(id, e.link().toString(), why));
        }
    }

    /** Why a 200 is not a page to analyse (an image, a PDF), or null. */
    static String notAPage(Fetch f) {
        String m = f.mediaType();
        if (m.isEmpty() || m.contains("html") || m.equals("text/plain")) return null;
        return "not a web page (Content-Type " + m + ")";
    }

    static Page.Format format(Fetch f) {
        String m = f.mediaType();
        if (m.contains("html")) return Page.Format.HTML;
        if (m.equals("text/plain")) return Page.Format.TEXT;
        return Page.Format.AUTO;
    }
}
