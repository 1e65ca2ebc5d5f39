package org.herald.claims;

import org.herald.actors.Actors;
import org.herald.events.Event;
import org.herald.extract.Article;
import org.herald.knowledge.KnowledgeSource;
import org.herald.nlp.NlpDocument;
import org.herald.quotes.Quote;

import java.util.List;

/** Finds numbers with units and who stated them. */
public final class ClaimExtractor {
    private ClaimExtractor() { }

    public static ClaimExtractor load(KnowledgeSource source) {
        return new ClaimExtractor();
    }

    public List<Claim> extract(Article article, NlpDocument nlp, Actors actors, List<Quote> quotes, List<Event> events) {
        return List.of();
    }
}
