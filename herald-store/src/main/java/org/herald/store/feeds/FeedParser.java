package org.herald.store.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, through ROME, into {@link FeedEntry}s in the feed's order. Document type
 * declarations are refused (no entity expansion from an untrusted feed). An entry without a usable link is left out
 * and counted; a feed that is not one fails with {@link IllegalArgumentException} saying why.
 */
public final class FeedParser {
    /** The entries of one feed, and how many were left out for want of a link. */
    public record Parsed(List<FeedEntry> entries, int withoutLink) {}

    private FeedParser() { }

    public static Parsed parse(byte[] bytes, URI base) {
        SyndFeed feed;
        try {
            SyndFeedInput in = new SyndFeedInput();
            in.setAllowDoctypes(false);
            feed = in.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an RSS or Atom feed: " + firstLine(e), e);
        }
        List<FeedEntry> out = new ArrayList<>();
        Set<URI> seen = new LinkedHashSet<>();
        int without = 0;
        for (SyndEntry e : feed.getEntries()) {
            URI link = link(e, base);
            if (link == null) {
                without++;
                continue;
            }
            if (!seen.add(link)) continue;
            Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            String day = d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
            out.add(new FeedEntry(link, e.getTitle() == null ? "" : e.getTitle().strip(), day));
        }
        return new Parsed(List.copyOf(out), without);
    }

    /** The entry's link (RSS {@code link}, Atom's alternate link), else a guid that is a URL; the fragment dropped. */
    static URI link(SyndEntry e, URI base) {
        List<String> candidates = new ArrayList<>();
        if (e.getLink() != null) candidates.add(e.getLink());
        for (SyndLink l : e.getLinks()) if (l.getRel() == null || l.getRel().equals("alternate")) candidates.add(l.getHref());
        if (e.getUri() != null) candidates.add(e.getUri());
        for (String c : candidates) {
            if (c == null || c.isBlank()) continue;
            try {
                URI u = base.resolve(new URI(c.strip()));
                if (PoliteFetcher.refuse(u).isPresent()) continue;
                String text = u.toString();
                int hash = text.indexOf('#');
                return hash < 0 ? u : new URI(text.substring(0, hash));
            } catch (URISyntaxException | IllegalArgumentException ignored) {
                // the next candidate, if any
            }
        }
        return null;
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.split("\n")[0];
    }
}
