package org.herald.pipeline;

import org.herald.Analysis;
import org.herald.ErrorEntry;
import org.herald.HeraldConfig;
import org.herald.Page;
import org.herald.StageTimer;
import org.herald.actors.ActorRegistry;
import org.herald.actors.ActorResolver;
import org.herald.actors.Actors;
import org.herald.claims.Claim;
import org.herald.claims.ClaimExtractor;
import org.herald.events.Event;
import org.herald.events.EventCoder;
import org.herald.extract.Article;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractionException;
import org.herald.knowledge.KnowledgeSource;
import org.herald.nlp.NlpDocument;
import org.herald.nlp.NlpModels;
import org.herald.quotes.Quote;
import org.herald.quotes.QuoteAttributor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Page in, {@link Analysis} out. Load once per process with {@link #load}; {@link #analyze} is pure and
 * thread-safe: the same page and registry snapshot always give the same analysis.
 */
public final class Pipeline {
    private final HeraldConfig config;
    private final NlpModels models;
    private final ArticleExtractor extractor;
    private final ActorResolver actorResolver;
    private final QuoteAttributor quoteAttributor;
    private final EventCoder eventCoder;
    private final ClaimExtractor claimExtractor;
    private final ActorRegistry registry;

    private Pipeline(HeraldConfig config, NlpModels models, ArticleExtractor extractor, ActorResolver actorResolver,
                     QuoteAttributor quoteAttributor, EventCoder eventCoder, ClaimExtractor claimExtractor,
                     ActorRegistry registry) {
        this.config = config;
        this.models = models;
        this.extractor = extractor;
        this.actorResolver = actorResolver;
        this.quoteAttributor = quoteAttributor;
        this.eventCoder = eventCoder;
        this.claimExtractor = claimExtractor;
        this.registry = registry;
    }

    /** Loads the knowledge files and CoreNLP's models. Seconds, not milliseconds: do it once. */
    public static Pipeline load(HeraldConfig config) {
        return load(config, NlpModels.load(config.nlpProfile()));
    }

    /** Builds a pipeline around models already loaded (tests share one {@link NlpModels} per JVM). */
    public static Pipeline load(HeraldConfig config, NlpModels models) {
        KnowledgeSource source = config.knowledgeDir() == null ? KnowledgeSource.shipped()
                : KnowledgeSource.withUserDir(config.knowledgeDir());
        return new Pipeline(config, models, ArticleExtractor.load(source, config.limits()), ActorResolver.load(source),
                QuoteAttributor.load(source), EventCoder.load(source), ClaimExtractor.load(source), ActorRegistry.EMPTY);
    }

    /** The same pipeline reading another registry snapshot (models and knowledge are shared, not reloaded). */
    public Pipeline withRegistry(ActorRegistry snapshot) {
        return new Pipeline(config, models, extractor, actorResolver, quoteAttributor, eventCoder, claimExtractor, snapshot);
    }

    public HeraldConfig config() { return config; }

    public NlpModels models() { return models; }

    public Analysis analyze(Page page) {
        return analyze(page, StageTimer.NONE);
    }

    public Analysis analyze(Page page, StageTimer timer) {
        Article article;
        try {
            article = timed(timer, "extract", () -> extractOrThrow(page));
        } catch (ExtractionFailure e) {
            return Analysis.failed(page.id(), page.source(), new ErrorEntry("extract", e.getCause().getMessage()));
        }
        List<ErrorEntry> errors = new ArrayList<>();
        if (article.language() == null || !article.inEnglish()) {
            errors.add(new ErrorEntry("language", "language " + (article.language() == null ? "unknown" : "'" + article.language() + "'")
                    + " is not analysed; only English articles get actors, quotes, events and claims"));
            return new Analysis(page.id(), page.source(), article, List.of(), List.of(), List.of(), List.of(), errors, List.of());
        }
        if (article.body().length() > config.limits().maxBodyChars()) {
            errors.add(new ErrorEntry("nlp", "body has " + article.body().length() + " characters, over the limit of "
                    + config.limits().maxBodyChars() + " (limits.maxBodyChars); not analysed"));
            return new Analysis(page.id(), page.source(), article, List.of(), List.of(), List.of(), List.of(), errors, List.of());
        }
        NlpModels.Result nlpResult = models.annotate(article.body(), config.limits(), timer);
        errors.addAll(nlpResult.errors());
        NlpDocument nlp = nlpResult.document();
        Actors actors = timed(timer, "actors", () -> actorResolver.resolve(article, nlp, registry));
        List<Quote> quotes = timed(timer, "quotes", () -> quoteAttributor.attribute(article, nlp, actors));
        List<Event> events = timed(timer, "events", () -> eventCoder.code(article, nlp, actors, quotes));
        List<Claim> claims = timed(timer, "claims", () -> claimExtractor.extract(article, nlp, actors, quotes, events));
        return new Analysis(page.id(), page.source(), article, actors.list(), quotes, events, claims, errors, actors.learned());
    }

    private Article extractOrThrow(Page page) {
        try {
            return extractor.extract(page);
        } catch (ExtractionException e) {
            throw new ExtractionFailure(e);
        }
    }

    private static <T> T timed(StageTimer timer, String stage, Supplier<T> step) {
        long t0 = System.nanoTime();
        try {
            return step.get();
        } finally {
            timer.record(stage, System.nanoTime() - t0);
        }
    }

    /** Carries a checked extraction failure through {@link #timed}. */
    private static final class ExtractionFailure extends RuntimeException {
        ExtractionFailure(ExtractionException cause) { super(cause); }
    }
}
