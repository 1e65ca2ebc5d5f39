package org.herald.eval.extraction;

import org.herald.HeraldConfig;
import org.herald.Page;
import org.herald.eval.metadata.MetadataEval;
import org.herald.extract.Article;
import org.herald.pipeline.Pipeline;
import org.herald.testkit.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Floors of article recovery on the shared benchmark and metadata set (skipped without ../shared). */
class ExtractionFloorIT {
    private static final Pipeline EXTRACTOR = Pipeline.articlesOnly(HeraldConfig.defaults());

    @Test void body_f1_on_the_extraction_benchmark_stays_above_its_floor() throws Exception {
        ShingleScorer.CorpusScore c = ExtractionEval.run(EXTRACTOR, SharedData.require("eval/article-extraction"), false, false).corpus();
        assertTrue(c.f1() >= 0.965, "body F1 " + c.f1());
        assertTrue(c.precision() >= 0.96 && c.recall() >= 0.96, "P " + c.precision() + " R " + c.recall());
    }

    @Test void flattened_text_f1_stays_above_its_floor() throws Exception {
        ShingleScorer.CorpusScore c = ExtractionEval.run(EXTRACTOR, SharedData.require("eval/article-extraction"), true, false).corpus();
        assertTrue(c.f1() >= 0.89, "flattened F1 " + c.f1());
    }

    /** Fields in MetadataEval's order: title, authors, authors (names only), date, language; floors on all pages. */
    @Test void metadata_accuracy_stays_above_its_floors() throws Exception {
        MetadataEval.Report r = MetadataEval.run(EXTRACTOR, SharedData.require("eval/article-metadata"));
        assertTrue(r.all()[0].accuracy() >= 0.97, "title " + r.all()[0].accuracy());
        assertTrue(r.all()[2].accuracy() >= 0.88, "authors " + r.all()[2].accuracy());
        assertTrue(r.all()[3].accuracy() >= 0.95, "date " + r.all()[3].accuracy());
        assertTrue(r.all()[4].accuracy() >= 0.97, "language " + r.all()[4].accuracy());
    }

    @Test void the_example_page_gives_title_author_and_clean_body() throws Exception {
        Path example = SharedData.examplePage();
        Article a = EXTRACTOR.analyze(new Page("example", example.toString(), Page.Format.AUTO, Files.readAllBytes(example), null)).article();
        assertTrue(a.title() != null && a.title().startsWith("Russia wonders why the West"), a.title());
        assertTrue(a.authors().equals(List.of("Prapti Upadhayay")), String.valueOf(a.authors()));
        assertTrue(a.body().startsWith("Russia’s representative to the United Nations"), a.body());
        assertTrue(a.body().endsWith("(With input from agencies)"), a.body());
        assertTrue(!a.body().contains("viewMore") && !a.body().contains("Prapti") && !a.body().startsWith("close"));
        assertTrue("en".equals(a.language()));
    }
}
