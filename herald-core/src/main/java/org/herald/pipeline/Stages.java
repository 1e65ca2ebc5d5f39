package org.herald.pipeline;

import org.herald.actors.ActorRegistry;
import org.herald.actors.ActorResolver;
import org.herald.actors.Actors;
import org.herald.claims.Claim;
import org.herald.claims.ClaimExtractor;
import org.herald.events.Event;
import org.herald.events.EventCoder;
import org.herald.events.typer.TyperStep;
import org.herald.extract.Article;
import org.herald.knowledge.KnowledgeSource;
import org.herald.nlp.NlpDocument;
import org.herald.quotes.Quote;
import org.herald.quotes.QuoteAttributor;

import java.util.List;

/**
 * The stages after NLP, as the functions {@link Pipeline#analyze} calls in order. {@link #load} builds Herald's own from
 * the knowledge files; a caller may replace one (an evaluation with another actor dictionary, a library user's own
 * coder) and the pipeline around it stays the same.
 */
public record Stages(ActorStage actors, QuoteStage quotes, EventStage events, ClaimStage claims) {

    /** Mentions to actors with CAMEO codes (Herald's: {@link ActorResolver#resolve}). */
    @FunctionalInterface public interface ActorStage { Actors resolve(Article article, NlpDocument nlp, ActorRegistry registry); }

    /** Who said what (Herald's: {@link QuoteAttributor#attribute}). */
    @FunctionalInterface public interface QuoteStage { List<Quote> attribute(Article article, NlpDocument nlp, Actors actors); }

    /** Who did what to whom (Herald's: {@link EventCoder#code}). */
    @FunctionalInterface public interface EventStage { List<Event> code(Article article, NlpDocument nlp, Actors actors, List<Quote> quotes); }

    /** Numbers and who stated them (Herald's: {@link ClaimExtractor#extract}). */
    @FunctionalInterface public interface ClaimStage {
        List<Claim> extract(Article article, NlpDocument nlp, Actors actors, List<Quote> quotes, List<Event> events);
    }

    /** Herald's stages, reading the shipped knowledge files overlaid by {@code source}'s user files; no event typer. */
    public static Stages load(KnowledgeSource source) {
        return load(source, false);
    }

    /**
     * Herald's stages; with {@code eventTyper}, the learned typer ({@link TyperStep}) runs after the rule coder on the
     * sentences it left uncoded.
     */
    public static Stages load(KnowledgeSource source, boolean eventTyper) {
        EventStage rules = EventCoder.load(source)::code;
        EventStage events = rules;
        if (eventTyper) {
            TyperStep typer = TyperStep.load(source);
            events = (article, nlp, actors, quotes) -> typer.add(article, nlp, actors, rules.code(article, nlp, actors, quotes));
        }
        return new Stages(ActorResolver.load(source)::resolve, QuoteAttributor.load(source)::attribute, events,
                ClaimExtractor.load(source)::extract);
    }

    public Stages withActors(ActorStage a) { return new Stages(a, quotes, events, claims); }

    public Stages withQuotes(QuoteStage q) { return new Stages(actors, q, events, claims); }

    public Stages withEvents(EventStage e) { return new Stages(actors, quotes, e, claims); }
}
