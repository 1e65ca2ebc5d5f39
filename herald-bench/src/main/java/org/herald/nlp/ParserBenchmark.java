package org.herald.nlp;

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

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Herald's decoder of CoreNLP's dependency model on one tagged 29-token news sentence (in this package because the
 * decoder is package-private). Divide by 58 transitions for the cost of one parser step.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class ParserBenchmark {
    private ArcStandardParser parser;
    private final List<String> words = Arrays.asList(("The United States , Britain and South Korea accused Russia on Monday of "
            + "violating UN resolutions by deploying North Korean troops to fight in Ukraine , officials said .").split(" "));
    private final List<String> tags = Arrays.asList(("DT NNP NNPS , NNP CC NNP NNP VBD NNP IN NNP IN VBG NNP NNS IN VBG NNP JJ NNS "
            + "TO VB IN NNP , NNS VBD .").split(" "));

    @Setup public void setUp() {
        parser = new ArcStandardParser(DependencyModel.load());
    }

    @Benchmark public ArcStandardParser.Parse parseSentence() {
        return parser.parse(words, tags);
    }
}
