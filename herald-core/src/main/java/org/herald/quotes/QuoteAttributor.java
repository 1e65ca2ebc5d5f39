package org.herald.quotes;

import org.herald.actors.Actors;
import org.herald.extract.Article;
import org.herald.knowledge.KnowledgeSource;
import org.herald.nlp.NlpDocument;

import java.util.List;

/** Finds quotes and their speakers. */
public final class QuoteAttributor {
    private QuoteAttributor() { }

    public static QuoteAttributor load(KnowledgeSource source) {
        return new QuoteAttributor();
    }

    public List<Quote> attribute(Article article, NlpDocument nlp, Actors actors) {
        return List.of();
    }
}
