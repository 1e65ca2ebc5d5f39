package org.herald.pipeline;

import org.herald.Deadline;
import org.herald.ErrorEntry;
import org.herald.HeraldConfig;
import org.herald.Page;
import org.herald.StageTimer;
import org.herald.actors.ActorRegistry;
import org.herald.actors.Actors;
import org.herald.claims.Claim;
import org.herald.events.Event;
import org.herald.extract.Article;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractionException;
import org.herald.knowledge.KnowledgeSource;
import org.herald.nlp.NlpDocument;
import org.herald.nlp.NlpModels;
import org.herald.quotes.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Page in, {@link Analysis} out. Load once per process with {@link #load}; {@link #analyze} is pure and
 * thread-safe: the same page and registry snapshot always give the same analysis.
 */
public final class Pipeline {
    private final HeraldConfig config;
    private final NlpModels models; // null: articles only
    private final ArticleExtractor extractor;
    private final Stages stages;
    private final ActorRegistry registry;

    private Pipeline(HeraldConfig config, NlpModels models, ArticleExtractor extractor, Stages stages, ActorRegistry registry) {
        this.config = config;
        this.models = models;
        this.extractor = extractor;
        this.stages = stages;
        this.registry = registry;
    }

    /** Loads the knowledge files and CoreNLP's models. Seconds, not milliseconds: do it once. */
    public static Pipeline load(HeraldConfig config) {
        return load(config, NlpModels.load(config.nlpProfile()));
    }

    /** Builds a pipeline around models already loaded (tests share one {@link NlpModels} per JVM). */
    public static Pipeline load(HeraldConfig config, NlpModels models) {
        return load(config, models, Stages.load(knowledge(config), config.eventTyper()));
    }

    /** A pipeline whose stages after NLP are {@code stages} (an evaluation's variant, a library user's own). */
    public static Pipeline load(HeraldConfig config, NlpModels models, Stages stages) {
        return new Pipeline(config, models, ArticleExtractor.load(knowledge(config), config.limits()), stages, ActorRegistry.EMPTY);
    }

    /** Article recovery alone: no models are loaded, and {@link #analyze} gives the article and nothing else. */
    public static Pipeline articlesOnly(HeraldConfig config) {
        return new Pipeline(config, null, ArticleExtractor.load(knowledge(config), config.limits()), null, ActorRegistry.EMPTY);
    }

    /** The knowledge files a configuration reads: the shipped ones, overlaid by its user directory if it names one. */
    public static KnowledgeSource knowledge(HeraldConfig config) {
        return KnowledgeSource.withUserDir(config.knowledgeDir());
    }

    /** The same pipeline reading another registry snapshot (models and knowledge are shared, not reloaded). */
    public Pipeline withRegistry(ActorRegistry snapshot) {
        return new Pipeline(config, models, extractor, stages, snapshot);
    }

    public HeraldConfig config() { return config; }

    /** The stages after NLP. */
    public Stages stages() { return stages; }

    /** The same pipeline with other stages after NLP (models and knowledge are shared, not reloaded). */
    public Pipeline withStages(Stages other) {
        return new Pipeline(config, models, extractor, other, registry);
    }

    /** The NLP models, or null for an {@link #articlesOnly} pipeline. */
    public NlpModels models() { return models; }

    public Analysis analyze(Page page) {
        return analyze(page, StageTimer.NONE);
    }

    /**
     * Runs every stage on {@code page} within the document's time budget ({@code limits.maxDocumentSeconds}): the
     * deadline is checked after extraction, inside the NLP stage after each sentence of each step, and after each later
     * stage; a document past it keeps its article and gets one error entry naming the stage that ran out.
     */
    public Analysis analyze(Page page, StageTimer timer) {
        Deadline deadline = config.limits().deadline();
        Article article;
        try {
            article = timed(timer, "extract", () -> extractOrThrow(page));
        } catch (ExtractionFailure e) {
            return Analysis.failed(page.id(), page.source(), new ErrorEntry("extract", e.getCause().getMessage()));
        }
        if (models == null) return Analysis.of(page.id(), page.source(), article, List.of());
        List<ErrorEntry> errors = new ArrayList<>();
        if (article.language() == null || !article.inEnglish()) {
            errors.add(new ErrorEntry("language", "language " + (article.language() == null ? "unknown" : "'" + article.language() + "'")
                    + " is not analysed; only English articles get actors, quotes, events and claims"));
            return Analysis.of(page.id(), page.source(), article, errors);
        }
        if (article.body().length() > config.limits().maxBodyChars()) {
            errors.add(new ErrorEntry("nlp", "body has " + article.body().length() + " characters, over the limit of "
                    + config.limits().maxBodyChars() + " (limits.maxBodyChars); not analysed"));
            return Analysis.of(page.id(), page.source(), article, errors);
        }
        try {
            deadline.check("extract");
            NlpModels.Result nlpResult = models.annotate(article.body(), config.limits(), timer, deadline);
            errors.addAll(nlpResult.errors());
            NlpDocument nlp = nlpResult.document();
            Actors actors = checked(deadline, timer, "actors", () -> stages.actors().resolve(article, nlp, registry));
            List<Quote> quotes = checked(deadline, timer, "quotes", () -> stages.quotes().attribute(article, nlp, actors));
            // Beliefs and intentions state nothing that happened: events and claims read speech and evidence only.
            List<Quote> statements = quotes.stream().filter(q -> q.mode().reportsStatement()).toList();
            List<Event> coded = checked(deadline, timer, "events", () -> stages.events().code(article, nlp, actors, statements));
            List<Event> events = stages.typer() == Stages.NO_TYPER ? coded
                    : checked(deadline, timer, "typer", () -> stages.typer().add(article, nlp, actors, coded, timer));
            List<Claim> claims = checked(deadline, timer, "claims", () -> stages.claims().extract(article, nlp, actors, statements, events));
            return new Analysis(page.id(), page.source(), article, actors.list(), quotes, events, claims, errors, actors.learned());
        } catch (Deadline.Exceeded e) {
            errors.add(new ErrorEntry(e.stage(), e.getMessage()));
            return Analysis.of(page.id(), page.source(), article, errors);
        }
    }

    /** One stage after NLP, timed, then the deadline checked: a stage is not interrupted, but the next one does not start. */
    private static <T> T checked(Deadline deadline, StageTimer timer, String stage, Supplier<T> step) {
        T result = timed(timer, stage, step);
        deadline.check(stage);
        return result;
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
