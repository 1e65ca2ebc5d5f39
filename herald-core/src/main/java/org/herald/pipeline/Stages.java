package org.herald.pipeline;

import org.herald.StageTimer;
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
public record Stages(ActorStage actors, QuoteStage quotes, EventStage events, TyperStage typer, ClaimStage claims) {

    /** Mentions to actors with CAMEO codes (Herald's: {@link ActorResolver#resolve}). */
    @FunctionalInterface public interface ActorStage { Actors resolve(Article article, NlpDocument nlp, ActorRegistry registry); }

    /** Who said what (Herald's: {@link QuoteAttributor#attribute}). */
    @FunctionalInterface public interface QuoteStage { List<Quote> attribute(Article article, NlpDocument nlp, Actors actors); }

    /** Who did what to whom (Herald's: {@link EventCoder#code}). */
    @FunctionalInterface public interface EventStage { List<Event> code(Article article, NlpDocument nlp, Actors actors, List<Quote> quotes); }

    /**
     * The learned typer's events added to the coder's where the patterns said nothing (Herald's: {@link TyperStep#add});
     * a stage of its own so that its cost is timed apart. {@link #NO_TYPER} passes the events through.
     */
    @FunctionalInterface public interface TyperStage {
        List<Event> add(Article article, NlpDocument nlp, Actors actors, List<Event> events, StageTimer timer);
    }

    /** No learned typer: the coder's events as they are. */
    public static final TyperStage NO_TYPER = (article, nlp, actors, events, timer) -> events;

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
     * clauses of the sentences it left uncoded, as the stage {@code typer}.
     */
    public static Stages load(KnowledgeSource source, boolean eventTyper) {
        TyperStage typer = eventTyper ? TyperStep.load(source)::add : NO_TYPER;
        return new Stages(ActorResolver.load(source)::resolve, QuoteAttributor.load(source)::attribute, EventCoder.load(source)::code,
                typer, ClaimExtractor.load(source)::extract);
    }

    public Stages withActors(ActorStage a) { return new Stages(a, quotes, events, typer, claims); }

    public Stages withQuotes(QuoteStage q) { return new Stages(actors, q, events, typer, claims); }

    public Stages withEvents(EventStage e) { return new Stages(actors, quotes, e, typer, claims); }

    public Stages withTyper(TyperStage t) { return new Stages(actors, quotes, events, t, claims); }
}
