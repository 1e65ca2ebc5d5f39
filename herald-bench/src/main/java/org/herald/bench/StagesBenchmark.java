package org.herald.bench;

import org.herald.HeraldConfig;
import org.herald.NlpProfile;
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
import org.herald.knowledge.KnowledgeSource;
import org.herald.nlp.NlpDocument;
import org.herald.nlp.NlpModels;
import org.herald.quotes.Quote;
import org.herald.quotes.QuoteAttributor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Herald's own stages after CoreNLP (actors, quotes, events, claims) on one annotated typical article. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class StagesBenchmark {
    private Article article;
    private NlpDocument nlp;
    private Actors actors;
    private List<Quote> quotes;
    private List<Event> events;
    private ActorResolver actorResolver;
    private QuoteAttributor quoteAttributor;
    private EventCoder eventCoder;
    private ClaimExtractor claimExtractor;

    @Setup public void setUp() throws Exception {
        HeraldConfig config = HeraldConfig.defaults();
        KnowledgeSource source = KnowledgeSource.shipped();
        article = ArticleExtractor.load(source, config.limits())
                .extract(new Page("typical", "bench", Page.Format.HTML, BenchPages.bytes(BenchPages.newsPage(12)), null));
        nlp = NlpModels.load(NlpProfile.LEAN).annotate(article.body(), config.limits(), StageTimer.NONE).document();
        actorResolver = ActorResolver.load(source);
        quoteAttributor = QuoteAttributor.load(source);
        eventCoder = EventCoder.load(source);
        claimExtractor = ClaimExtractor.load(source);
        actors = actorResolver.resolve(article, nlp, ActorRegistry.EMPTY);
        quotes = quoteAttributor.attribute(article, nlp, actors);
        events = eventCoder.code(article, nlp, actors, quotes);
    }

    @Benchmark public Actors actors() { return actorResolver.resolve(article, nlp, ActorRegistry.EMPTY); }

    @Benchmark public List<Quote> quotes() { return quoteAttributor.attribute(article, nlp, actors); }

    @Benchmark public List<Event> events() { return eventCoder.code(article, nlp, actors, quotes); }

    @Benchmark public List<Claim> claims() { return claimExtractor.extract(article, nlp, actors, quotes, events); }
}
