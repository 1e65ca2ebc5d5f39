package org.herald.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import org.herald.HeraldConfig;
import org.herald.StageTimer;
import org.herald.testkit.SharedModels;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Herald decodes CoreNLP's dependency model with its own float scorer; its arcs must be CoreNLP's own decoder's arcs
 * on news text (float rounding may flip a near tie now and then, no more).
 */
class ParserAgreementIT {
    @Test void arcs_agree_with_corenlps_decoder_on_news_passages() throws IOException {
        NlpModels models = SharedModels.models();
        DependencyParser corenlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new java.util.Properties());
        int arcs = 0, sameHead = 0, sameArc = 0, sentences = 0, identical = 0;
        for (String text : passages()) {
            for (Sentence s : models.annotate(text, HeraldConfig.defaults().limits(), StageTimer.NONE).document().sentences()) {
                List<String> words = new ArrayList<>(), tags = new ArrayList<>();
                List<CoreLabel> labels = new ArrayList<>();
                for (Token t : s.tokens()) {
                    words.add(t.word());
                    tags.add(t.pos());
                    CoreLabel l = new CoreLabel();
                    l.setWord(t.word());
                    l.setValue(t.word());
                    l.setTag(t.pos());
                    labels.add(l);
                }
                ArcStandardParser.Parse ours = models.parser().parse(words, tags);
                GrammaticalStructure theirs = corenlp.predict(labels);
                int[] head = new int[words.size() + 1];
                String[] label = new String[words.size() + 1];
                for (TypedDependency d : theirs.typedDependencies()) {
                    head[d.dep().index()] = d.gov().index();
                    label[d.dep().index()] = d.reln().toString();
                }
                boolean all = true;
                for (int i = 1; i <= words.size(); i++) {
                    arcs++;
                    boolean h = ours.heads()[i] == head[i];
                    boolean a = h && (head[i] == 0 || label[i].equals(ours.labels()[i]));
                    if (h) sameHead++;
                    if (a) sameArc++;
                    all &= a;
                }
                sentences++;
                if (all) identical++;
            }
        }
        double las = (double) sameArc / arcs, uas = (double) sameHead / arcs;
        System.out.printf("parser agreement with CoreNLP: %d sentences (%d identical), %d arcs: heads %.4f, labelled %.4f%n",
                sentences, identical, arcs, uas, las);
        assertTrue(sentences > 150, "enough sentences: " + sentences);
        assertTrue(las >= 0.995, "labelled arcs agree: " + las);
        assertTrue(identical >= 0.95 * sentences, "whole sentences agree: " + identical + "/" + sentences);
    }

    private static List<String> passages() throws IOException {
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String file : new String[] {"passages.jsonl", "fresh.jsonl"}) {
            try (InputStream in = ParserAgreementIT.class.getResourceAsStream("/herald/eval/quotes/" + file)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    if (!line.isBlank()) texts.add(json.readTree(line).get("text").asText());
            }
        }
        return texts;
    }
}
