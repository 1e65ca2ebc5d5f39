package org.herald.events;

import org.herald.actors.Actors;
import org.herald.extract.Article;
import org.herald.knowledge.KnowledgeSource;
import org.herald.nlp.NlpDocument;
import org.herald.quotes.Quote;

import java.util.List;

/** Codes CAMEO events over the dependency parse. */
public final class EventCoder {
    private EventCoder() { }

    public static EventCoder load(KnowledgeSource source) {
        return new EventCoder();
    }

    public List<Event> code(Article article, NlpDocument nlp, Actors actors, List<Quote> quotes) {
        return List.of();
    }
}
