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

    /** Annotates {@code body}; sentences past the limits are dropped or left unparsed, each noted in {@code errors}. */
    public Result annotate(String body, Limits limits, StageTimer timer) {
        if (closed) throw new IllegalStateException("these NLP models were closed");
        List<ErrorEntry> errors = new ArrayList<>();
        Annotation doc = new Annotation(body);
        time(timer, "nlp.tokenize", splitter, doc);
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
        time(timer, "nlp.pos", tagger, doc);
        time(timer, "nlp.lemma", lemmatizer, doc);
        time(timer, "nlp.ner", recognizer, doc);

        long tp = System.nanoTime();
        List<GrammaticalStructure> parses = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences)
            parses.add(s.get(CoreAnnotations.TokensAnnotation.class).size() > limits.maxTokensPerSentence() ? null : parse(s));
        timer.record("nlp.depparse", System.nanoTime() - tp);
        long te = System.nanoTime();
        List<SemanticGraph> graphs = new ArrayList<>(sentences.size());
        for (GrammaticalStructure p : parses)
            graphs.add(p == null ? null : SemanticGraphFactory.makeFromTree(p, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                    GrammaticalStructure.Extras.NONE, null));
        timer.record("nlp.enhance", System.nanoTime() - te);

        long t0 = System.nanoTime();
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) out.add(convert(i, sentences.get(i), graphs.get(i), body));
        timer.record("nlp.convert", System.nanoTime() - t0);
        NlpDocument document = new NlpDocument(out);
        timer.count("sentences", out.size());
        timer.count("tokens", document.tokenCount());
        return new Result(document, errors);
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

    private static void time(StageTimer timer, String stage, StanfordCoreNLP annotator, Annotation doc) {
        long t0 = System.nanoTime();
        annotator.annotate(doc);
        timer.record(stage, System.nanoTime() - t0);
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
