package org.herald.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's body score (ScrapingHub's {@code evaluate.py} rule, re-implemented from the
 * benchmark README): tokens are runs of Unicode letters, numbers and {@code _} (case kept); each text becomes a multiset
 * of 4-token shingles (1-3 tokens make one shingle); per document tp/fp/fn are normalised by their sum; corpus
 * precision averages documents with a non-empty prediction, recall all documents, and F1 comes from those two means.
 */
public final class ShingleScorer {
    /** Not {@code \w}: Java's is ASCII-only, and the Unicode variant adds marks and drops {@code No}. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    private ShingleScorer() { }

    /** One document's normalised counts. */
    public record DocScore(double tp, double fp, double fn, boolean exact) {
        public boolean predicted() { return tp + fp > 0; }
        public boolean hasTruth() { return tp + fn > 0; }
        public boolean perfect() { return fp == 0 && fn == 0; }
        public double precision() { return perfect() ? 1 : tp / (tp + fp); }
        public double recall() { return perfect() ? 1 : tp / (tp + fn); }
        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Corpus figures, and how many documents each mean ran over. */
    public record CorpusScore(double f1, double precision, double recall, double accuracy, int docsInPrecision, int docsInRecall) { }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) return out;
        if (tokens.size() < N) {
            out.put(List.copyOf(tokens), 1);
            return out;
        }
        for (int i = 0; i + N <= tokens.size(); i++) out.merge(List.copyOf(tokens.subList(i, i + N)), 1, Integer::sum);
        return out;
    }

    public static DocScore score(String truth, String prediction) {
        List<String> tt = tokens(truth), pt = tokens(prediction);
        Map<List<String>, Integer> t = shingles(tt), p = shingles(pt);
        double tp = 0, fp = 0, fn = 0;
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            int tc = e.getValue(), pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(tc, pc);
            fn += Math.max(0, tc - pc);
        }
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
        double s = tp + fp + fn;
        if (s > 0) { tp /= s; fp /= s; fn /= s; }
        return new DocScore(tp, fp, fn, tt.equals(pt));
    }

    public static CorpusScore corpus(List<DocScore> docs) {
        double p = 0, r = 0;
        int np = 0, nr = 0, exact = 0;
        for (DocScore d : docs) {
            if (d.predicted()) { p += d.precision(); np++; }
            if (d.hasTruth()) { r += d.recall(); nr++; }
            if (d.exact()) exact++;
        }
        double precision = np == 0 ? 0 : p / np, recall = nr == 0 ? 0 : r / nr;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new CorpusScore(f1, precision, recall, docs.isEmpty() ? 0 : (double) exact / docs.size(), np, nr);
    }
}
