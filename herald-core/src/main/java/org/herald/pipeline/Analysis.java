package org.herald.pipeline;

import org.herald.ErrorEntry;
import org.herald.actors.Actor;
import org.herald.actors.LearnedOfficial;
import org.herald.claims.Claim;
import org.herald.events.Event;
import org.herald.extract.Article;
import org.herald.quotes.Quote;

import java.util.List;

/**
 * Everything Herald found in one page. Immutable; field names are the output contract
 * (docs/schema.md). {@code learned} is not part of the per-document contract's required
 * fields: it carries the officials this document introduced, for the driver's registry.
 */
public record Analysis(String id, String source, Article article, List<Actor> actors, List<Quote> quotes,
                       List<Event> events, List<Claim> claims, List<ErrorEntry> errors,
                       List<LearnedOfficial> learned) {
    public Analysis {
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        claims = List.copyOf(claims);
        errors = List.copyOf(errors);
        learned = List.copyOf(learned);
    }

    /** An article and nothing found in it (not analysed further, or articles only). */
    public static Analysis of(String id, String source, Article article, List<ErrorEntry> errors) {
        return new Analysis(id, source, article, List.of(), List.of(), List.of(), List.of(), errors, List.of());
    }

    /** A document that failed before an article could be recovered. */
    public static Analysis failed(String id, String source, ErrorEntry error) {
        return new Analysis(id, source, Article.EMPTY, List.of(), List.of(), List.of(), List.of(), List.of(error), List.of());
    }

    public boolean hasErrors() { return !errors.isEmpty(); }
}
