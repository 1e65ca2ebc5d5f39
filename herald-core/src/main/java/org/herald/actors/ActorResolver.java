package org.herald.actors;

import org.herald.extract.Article;
import org.herald.knowledge.KnowledgeSource;
import org.herald.nlp.NlpDocument;

import java.util.List;

/** Finds the document's actors and resolves each to a CAMEO code. */
public final class ActorResolver {
    private ActorResolver() { }

    public static ActorResolver load(KnowledgeSource source) {
        return new ActorResolver();
    }

    public Actors resolve(Article article, NlpDocument nlp, ActorRegistry registry) {
        return new Actors(List.of(), List.of());
    }
}
