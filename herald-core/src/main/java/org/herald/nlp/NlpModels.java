package org.herald.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import org.herald.Deadline;
import org.herald.ErrorEntry;
import org.herald.Limits;
import org.herald.NlpProfile;
import org.herald.Span;
import org.herald.StageTimer;

import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP, loaded once per process and shared by every thread. {@link #annotate} turns an article body
 * into Herald's own {@link NlpDocument}; no CoreNLP type leaves this package. Loading changes nothing outside this
 * object; {@link #installCompilerDirectives} is the one JVM-wide setting, for drivers that want it. {@link #close}
 * releases the parser's caches and CoreNLP's annotator pool; annotating after it fails.
 */
public final class NlpModels implements AutoCloseable {
    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP lemmatizer;
    private final StanfordCoreNLP recognizer;
    /** CoreNLP's dependency model decoded by Herald's own scorer ({@link DependencyModel} says why). */
    private final ArcStandardParser parser;
    private final long loadMillis;
    private volatile boolean closed;

    private NlpModels(NlpProfile profile) {
        long t0 = System.nanoTime();
        splitter = new StanfordCoreNLP(CoreNlpSettings.split());
        tagger = new StanfordCoreNLP(CoreNlpSettings.pos());
        lemmatizer = new StanfordCoreNLP(CoreNlpSettings.lemma());
        recognizer = new StanfordCoreNLP(CoreNlpSettings.ner(profile));
        parser = new ArcStandardParser(DependencyModel.load());
        loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    public static NlpModels load(NlpProfile profile) {
        return new NlpModels(profile);
    }

    public long loadMillis() { return loadMillis; }

    /**
     * Keeps HotSpot's C2 compiler off the one CoreNLP method it otherwise spends 14 s of a core compiling (see
     * {@code herald/nlp/compiler-directives.json}). JVM-wide and once per process, so the driver decides: the CLI
     * does; a library user, server or Spark executor may. Returns whether the JVM took the directives.
     */
    public static boolean installCompilerDirectives() {
        return CompilerDirectives.install();
    }

    /** Releases the parser's per-thread caches and CoreNLP's shared annotator pool. */
    @Override public void close() {
        closed = true;
        parser.release();
        StanfordCoreNLP.clearAnnotatorPool();
    }

    /** The dependency parser, for tests that hold it against CoreNLP's own decoder. */
    ArcStandardParser parser() { return parser; }

    /** The result of annotation: the document, and what was left out because of a limit. */
    public record Result(NlpDocument document, List<ErrorEntry> errors) {
        public Result { errors = List.copyOf(errors); }
    }

    /** Annotates {@code body} with no time budget (tests, evaluations). */
    public Result annotate(String body, Limits limits, StageTimer timer) {
        return annotate(body, limits, timer, Deadline.NONE);
    }

    /**
     * Annotates {@code body}; sentences past the limits are dropped or left unparsed, each noted in {@code errors}.
     * {@code deadline} is checked after tokenising and after each sentence of every later step (tagging, lemmas,
     * entities, parsing, enhanced++ conversion, conversion to Herald's types), so a document past its budget stops
     * within one sentence's step with {@link Deadline.Exceeded} naming the step.
     */
    public Result annotate(String body, Limits limits, StageTimer timer, Deadline deadline) {
        if (closed) throw new IllegalStateException("these NLP models were closed");
        List<ErrorEntry> errors = new ArrayList<>();
        Annotation doc = new Annotation(body);
        long t0 = System.nanoTime();
        try {
            splitter.annotate(doc);
        } finally {
            timer.record("nlp.tokenize", System.nanoTime() - t0);
        }
        deadline.check("nlp.tokenize");
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences.size() > limits.maxSentences()) {
            errors.add(new ErrorEntry("nlp", "body has " + sentences.size() + " sentences; only the first "
                    + limits.maxSentences() + " are analysed (limits.maxSentences)"));
            sentences = new ArrayList<>(sentences.subList(0, limits.maxSentences()));
            keepOnly(doc, sentences);
        }
        // Over-long "sentences" (tables, lists, text without full stops) are kept as bare tokens: tagging, NER
        // and parsing them costs much and yields nothing a news reader would call a sentence.
        List<CoreMap> analysed = new ArrayList<>();
        for (CoreMap s : sentences)
            if (s.get(CoreAnnotations.TokensAnnotation.class).size() <= limits.maxTokensPerSentence()) analysed.add(s);
        int skipped = sentences.size() - analysed.size();
        if (skipped > 0) {
            errors.add(new ErrorEntry("nlp", skipped + " sentence(s) over " + limits.maxTokensPerSentence()
                    + " tokens were not analysed (limits.maxTokensPerSentence)"));
            keepOnly(doc, analysed);
        }
        perSentence(timer, deadline, "nlp.pos", tagger, analysed);
        perSentence(timer, deadline, "nlp.lemma", lemmatizer, analysed);
        perSentence(timer, deadline, "nlp.ner", recognizer, analysed);

        List<GrammaticalStructure> parses = new ArrayList<>(sentences.size());
        List<CoreMap> all = sentences;
        eachSentence(timer, deadline, "nlp.depparse", all.size(), i -> parses.add(
                all.get(i).get(CoreAnnotations.TokensAnnotation.class).size() > limits.maxTokensPerSentence() ? null : parse(all.get(i))));
        List<SemanticGraph> graphs = new ArrayList<>(sentences.size());
        eachSentence(timer, deadline, "nlp.enhance", parses.size(), i -> graphs.add(parses.get(i) == null ? null
                : SemanticGraphFactory.makeFromTree(parses.get(i), SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null)));
        List<Sentence> out = new ArrayList<>(sentences.size());
        eachSentence(timer, deadline, "nlp.convert", all.size(), i -> out.add(convert(i, all.get(i), graphs.get(i), body)));
        NlpDocument document = new NlpDocument(out);
        timer.count("sentences", out.size());
        timer.count("tokens", document.tokenCount());
        return new Result(document, errors);
    }

    /** Runs {@code step} for sentences 0..n-1, timing the whole as {@code stage} and checking the deadline after each. */
    private static void eachSentence(StageTimer timer, Deadline deadline, String stage, int n, java.util.function.IntConsumer step) {
        long t0 = System.nanoTime();
        try {
            for (int i = 0; i < n; i++) {
                step.accept(i);
                deadline.check(stage);
            }
        } finally {
            timer.record(stage, System.nanoTime() - t0);
        }
    }

    /**
     * Runs {@code annotator} on one sentence at a time, checking the deadline after each. CoreNLP's tagger, lemmatiser
     * and lean NER treat each sentence on its own, so this gives what one call on the whole document gives.
     */
    private static void perSentence(StageTimer timer, Deadline deadline, String stage, StanfordCoreNLP annotator, List<CoreMap> sentences) {
        eachSentence(timer, deadline, stage, sentences.size(), i -> {
            CoreMap s = sentences.get(i);
            Annotation one = new Annotation(s.get(CoreAnnotations.TextAnnotation.class));
            one.set(CoreAnnotations.SentencesAnnotation.class, List.of(s));
            one.set(CoreAnnotations.TokensAnnotation.class, s.get(CoreAnnotations.TokensAnnotation.class));
            annotator.annotate(one);
        });
    }

    /** The basic dependencies of a tagged sentence, as the structure CoreNLP converts to enhanced++ (as its parser builds it). */
    private GrammaticalStructure parse(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<String> words = new ArrayList<>(tokens.size()), tags = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) { words.add(t.word()); tags.add(t.tag()); }
        ArcStandardParser.Parse p = parser.parse(words, tags);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> deps = new ArrayList<>(tokens.size());
        for (int i = 1; i <= tokens.size(); i++) {
            int head = p.heads()[i];
            GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(p.labels()[i]);
            deps.add(new TypedDependency(relation, head == 0 ? root : new IndexedWord(tokens.get(head - 1)), new IndexedWord(tokens.get(i - 1))));
        }
        return new UniversalEnglishGrammaticalStructure(deps, new TreeGraphNode(root));
    }

    private static GrammaticalRelation relation(String label) {
        GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
        return known != null ? known : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
    }

    /** Makes {@code doc} hold only {@code sentences} (and their tokens), so later annotators skip the rest. */
    private static void keepOnly(Annotation doc, List<CoreMap> sentences) {
        List<CoreLabel> kept = new ArrayList<>();
        for (CoreMap s : sentences) kept.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        doc.set(CoreAnnotations.TokensAnnotation.class, kept);
    }

    private static Sentence convert(int index, CoreMap s, SemanticGraph g, String body) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String word = l.originalText() != null ? l.originalText() : l.word();
            String lemma = l.lemma() == null ? word.toLowerCase() : l.lemma().toLowerCase();
            String ner = l.ner() == null ? "O" : l.ner();
            tokens.add(new Token(i, word, lemma, l.tag() == null ? "" : l.tag(), ner, l.beginPosition(), l.endPosition()));
        }
        List<Dependency> deps = new ArrayList<>();
        if (g != null) {
            for (var root : g.getRoots()) deps.add(new Dependency("root", -1, root.index() - 1));
            for (SemanticGraphEdge e : g.edgeIterable()) {
                deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
            }
        }
        List<EntityMention> entities = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String type = tokens.get(i).ner();
            if ("O".equals(type)) { i++; continue; }
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).ner().equals(type)) j++;
            int start = tokens.get(i).start(), end = tokens.get(j - 1).end();
            entities.add(new EntityMention(type, index, i, j, start, end, body.substring(start, end)));
            i = j;
        }
        int start = tokens.isEmpty() ? 0 : tokens.get(0).start();
        int end = tokens.isEmpty() ? start : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, new Span(start, end), tokens, deps, entities);
    }
}
