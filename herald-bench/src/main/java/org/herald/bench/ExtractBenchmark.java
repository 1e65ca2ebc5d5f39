package org.herald.bench;

import org.herald.HeraldConfig;
import org.herald.Page;
import org.herald.extract.Article;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractionException;
import org.herald.knowledge.KnowledgeSource;
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

import java.util.concurrent.TimeUnit;

/** Article extraction alone: a typical page (~12 paragraphs, chrome around it) and a 5 MB page. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ExtractBenchmark {
    private ArticleExtractor extractor;
    private Page typical;
    private Page huge;

    @Setup public void setUp() {
        HeraldConfig config = HeraldConfig.defaults();
        extractor = ArticleExtractor.load(KnowledgeSource.shipped(), config.limits());
        typical = new Page("typical", "bench", Page.Format.HTML, BenchPages.bytes(BenchPages.newsPage(12)), null);
        huge = new Page("huge", "bench", Page.Format.HTML, BenchPages.bytes(BenchPages.newsPage(12_000)), null);
    }

    @Benchmark public Article typicalPage() throws ExtractionException {
        return extractor.extract(typical);
    }

    @Benchmark public Article fiveMegabytePage() throws ExtractionException {
        return extractor.extract(huge);
    }
}
