package org.herald.eval.extraction;

import org.herald.testkit.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark README's behaviour examples, then conformance with its published figures for the shipped predictions. */
class ShingleScorerTest {
    private static final double EPS = 1e-9;

    @Test void identical_texts_are_a_perfect_exact_match() {
        ShingleScorer.DocScore s = ShingleScorer.score("a b c d e", "a b c d e");
        assertEquals(1, s.tp(), EPS);
        assertEquals(0, s.fp(), EPS);
        assertEquals(0, s.fn(), EPS);
        assertEquals(1, s.precision(), EPS);
        assertEquals(1, s.recall(), EPS);
        assertTrue(s.exact());
    }

    @Test void a_missing_token_halves_recall() {
        ShingleScorer.DocScore s = ShingleScorer.score("a b c d e", "a b c d");
        assertEquals(0.5, s.tp(), EPS);
        assertEquals(0, s.fp(), EPS);
        assertEquals(0.5, s.fn(), EPS);
        assertEquals(1, s.precision(), EPS);
        assertEquals(0.5, s.recall(), EPS);
    }

    @Test void short_texts_are_one_shingle_each() {
        ShingleScorer.DocScore s = ShingleScorer.score("one two", "one two three");
        assertEquals(0, s.tp(), EPS);
        assertEquals(0.5, s.fp(), EPS);
        assertEquals(0.5, s.fn(), EPS);
        assertEquals(0, s.precision(), EPS);
        assertEquals(0, s.recall(), EPS);
    }

    @Test void an_empty_prediction_counts_in_recall_only() {
        ShingleScorer.DocScore empty = ShingleScorer.score("x y z w", "");
        assertFalse(empty.predicted());
        assertEquals(0, empty.recall(), EPS);
        ShingleScorer.CorpusScore c = ShingleScorer.corpus(List.of(empty, ShingleScorer.score("a b c d e", "a b c d e")));
        assertEquals(1, c.docsInPrecision());
        assertEquals(2, c.docsInRecall());
        assertEquals(1.0, c.precision(), EPS);
        assertEquals(0.5, c.recall(), EPS);
        assertEquals(2 * 0.5 / 1.5, c.f1(), EPS);
    }

    @Test void case_matters_and_punctuation_does_not() {
        assertFalse(ShingleScorer.score("Hello, world!", "hello world").exact());
        assertTrue(ShingleScorer.score("Hello, world!", "Hello world").exact());
    }

    @Test void tokens_are_unicode_letters_numbers_and_underscore() {
        assertEquals(List.of("½", "café", "snake_case", "東京"), ShingleScorer.tokens("½ café, snake_case; 東京"));
    }

    /** README: "On these 127 pages the shipped predictions score (F1 / P / R / accuracy)". */
    @Test void shipped_predictions_score_as_the_readme_lists() throws Exception {
        Path dir = SharedData.require("eval/article-extraction");
        Map<String, String> truth = ExtractionEval.readTruth(dir.resolve("ground-truth.json"));
        Object[][] expected = {
                {"trafilatura", 0.956, 0.935, 0.978, 0.268},
                {"readability_js", 0.948, 0.915, 0.982, 0.173},
                {"goose3", 0.896, 0.943, 0.854, 0.283},
                {"boilerpipe", 0.864, 0.856, 0.872, 0.008},
                {"justext", 0.811, 0.851, 0.774, 0.110}};
        for (Object[] row : expected) {
            Map<String, String> pred = ExtractionEval.readTruth(dir.resolve("reference-outputs/" + row[0] + ".json.gz"));
            List<ShingleScorer.DocScore> docs = new ArrayList<>();
            for (String id : truth.keySet()) docs.add(ShingleScorer.score(truth.get(id), pred.getOrDefault(id, "")));
            ShingleScorer.CorpusScore c = ShingleScorer.corpus(docs);
            assertEquals((double) row[1], c.f1(), 0.0005, row[0] + " F1");
            assertEquals((double) row[2], c.precision(), 0.0005, row[0] + " precision");
            assertEquals((double) row[3], c.recall(), 0.0005, row[0] + " recall");
            assertEquals((double) row[4], c.accuracy(), 0.0005, row[0] + " accuracy");
        }
    }

    @Test void trafilatura_per_document_figures_match() throws Exception {
        Path dir = SharedData.require("eval/article-extraction");
        Map<String, String> truth = ExtractionEval.readTruth(dir.resolve("ground-truth.json"));
        Map<String, String> pred = ExtractionEval.readTruth(dir.resolve("reference-outputs/trafilatura.json.gz"));
        List<String> lines = Files.readAllLines(dir.resolve("reference-outputs/trafilatura.per-document.tsv"));
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            ShingleScorer.DocScore s = ShingleScorer.score(truth.get(f[0]), pred.getOrDefault(f[0], ""));
            assertEquals(Double.parseDouble(f[1]), s.tp(), 1e-6, f[0] + " tp");
            assertEquals(Double.parseDouble(f[2]), s.fp(), 1e-6, f[0] + " fp");
            assertEquals(Double.parseDouble(f[3]), s.fn(), 1e-6, f[0] + " fn");
            assertEquals(Double.parseDouble(f[4]), s.precision(), 1e-6, f[0] + " precision");
            assertEquals(Double.parseDouble(f[5]), s.recall(), 1e-6, f[0] + " recall");
            assertEquals(f[6].equals("1"), s.exact(), f[0] + " exact");
            assertEquals(Integer.parseInt(f[7]), ShingleScorer.tokens(truth.get(f[0])).size(), f[0] + " true tokens");
            checked++;
        }
        assertEquals(127, checked);
    }
}
