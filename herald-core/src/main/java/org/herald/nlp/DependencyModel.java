package org.herald.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.GZIPInputStream;

/**
 * CoreNLP's neural dependency model (Chen and Manning's arc-standard network, the {@code english_UD} model in CoreNLP's
 * models jar), read from its file and scored with float weights laid out so that every inner loop is a vector loop.
 * CoreNLP's own scorer adds 8 KB rows of doubles from a 160 MB table found through boxed hash maps, and shares a
 * locked cache between threads; that memory traffic, not arithmetic, was two thirds of Herald's time and what kept
 * two threads from running twice as fast. Immutable and shared by all threads.
 */
final class DependencyModel {
    static final String RESOURCE = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    private static final String UNKNOWN = "-UNKNOWN-", NULL = "-NULL-", ROOT = "-ROOT-";
    /** CoreNLP's default: the model lists ~100k frequent (token, position) pairs; the first 20k cover most look-ups. */
    private static final int PRECOMPUTED = 20_000; // more rows cut few slices (2.3% → 0.9% of look-ups at 100k) for 4× the memory and load time

    final int tokens;          // features per parser state (48)
    private final int dim;     // embedding size (50)
    private final int hidden;  // hidden units (1000)
    final int transitions;     // 2 × labels + 1
    private final Map<String, Integer> wordIds, posIds;
    final String[] labels;     // arc labels in transition order; labels[0] is the root label
    private final int[] labelEmbedding; // arc label index → embedding row
    final int unknownWord, nullWord, rootWord, unknownPos, nullPos, rootPos, nullLabel;
    // Row arrays indexed like the vector they update, so C2 turns each inner loop into vector instructions
    // (with an offset into one flat array it must assume the two may overlap, and stays scalar).
    private final float[][] embeddings; // [row][dim]
    private final float[][] w1;         // [feature position × dim][hidden], transposed so a slice adds along hidden
    private final float[] b1;
    private final float[][] w2;         // [hidden][transitions], transposed likewise
    // [precomputed][hidden]: a frequent (token, position) pair's whole first-layer slice, computed on first use so
    // that start-up does not pay for 20k slices (a billion multiply-adds) before the first page.
    private final AtomicReferenceArray<float[]> saved;
    private final int[] savedPairs;
    private final int[] savedKeys, savedRows; // open addressing, key = token row × tokens + position

    private DependencyModel(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line.startsWith("language=")) { in.readLine(); line = in.readLine(); } // language and treebank pack lines
        int nDict = value(line), nPos = value(in.readLine()), nLabel = value(in.readLine());
        dim = value(in.readLine());
        hidden = value(in.readLine());
        tokens = value(in.readLine());
        int nPre = value(in.readLine());

        int rows = nDict + nPos + nLabel;
        embeddings = new float[rows][dim];
        wordIds = new HashMap<>(nDict * 2);
        posIds = new HashMap<>();
        List<String> knownLabels = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            String[] f = in.readLine().split(" ");
            if (r < nDict) wordIds.put(f[0], r);
            else if (r < nDict + nPos) posIds.put(f[0], r);
            else knownLabels.add(f[0]);
            for (int i = 0; i < dim; i++) embeddings[r][i] = Float.parseFloat(f[i + 1]);
        }
        w1 = new float[tokens * dim][hidden];
        for (int j = 0; j < tokens * dim; j++) {
            String[] f = in.readLine().split(" ");
            for (int h = 0; h < hidden; h++) w1[j][h] = Float.parseFloat(f[h]);
        }
        b1 = new float[hidden];
        String[] bias = in.readLine().split(" ");
        for (int h = 0; h < hidden; h++) b1[h] = Float.parseFloat(bias[h]);
        transitions = nLabel * 2 - 1;
        w2 = new float[hidden][transitions];
        for (int h = 0; h < hidden; h++) {
            String[] f = in.readLine().split(" ");
            for (int t = 0; t < transitions; t++) w2[h][t] = Float.parseFloat(f[t]);
        }
        List<Integer> pre = new ArrayList<>(nPre);
        while (pre.size() < nPre) for (String s : in.readLine().split(" ")) pre.add(Integer.parseInt(s));

        // Label row 0 is -NULL- (no child); the rest, in file order, are the transitions' labels, root label first.
        if (!NULL.equals(knownLabels.get(0))) throw new IllegalStateException("unexpected label order in " + RESOURCE);
        labels = knownLabels.subList(1, knownLabels.size()).toArray(String[]::new);
        labelEmbedding = new int[labels.length];
        for (int k = 0; k < labels.length; k++) labelEmbedding[k] = nDict + nPos + 1 + k;
        nullLabel = nDict + nPos;
        unknownWord = wordIds.get(UNKNOWN); nullWord = wordIds.get(NULL); rootWord = wordIds.get(ROOT);
        unknownPos = posIds.get(UNKNOWN); nullPos = posIds.get(NULL); rootPos = posIds.get(ROOT);

        int n = Math.min(PRECOMPUTED, pre.size());
        int slots = Integer.highestOneBit(n * 2) << 1;
        savedKeys = new int[slots];
        savedRows = new int[slots];
        java.util.Arrays.fill(savedKeys, -1);
        saved = new AtomicReferenceArray<>(n);
        savedPairs = new int[n];
        for (int r = 0; r < n; r++) {
            int key = pre.get(r);
            int s = slot(key);
            while (savedKeys[s] != -1) s = (s + 1) & (slots - 1);
            savedKeys[s] = key;
            savedRows[s] = r;
            savedPairs[r] = key;
        }
    }

    static DependencyModel load() {
        try (InputStream raw = DependencyModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (raw == null) throw new IllegalStateException("CoreNLP's models jar is not on the class path: " + RESOURCE);
            return new DependencyModel(new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int value(String line) { return Integer.parseInt(line.substring(line.indexOf('=') + 1).trim()); }

    int wordId(String word) { return wordIds.getOrDefault(word, unknownWord); }

    int posId(String tag) { return posIds.getOrDefault(tag, unknownPos); }

    int labelId(int label) { return label < 0 ? nullLabel : labelEmbedding[label]; }

    /**
     * Scores every transition for a parser state's features. {@code hiddenScratch}, {@code out} and {@code slices} (the
     * slices computed so far for pairs outside the precomputed table: a sentence's rare words stay on the stack and
     * buffer for several transitions) belong to the caller's thread.
     */
    void score(int[] features, float[] hiddenScratch, float[] out, SliceCache slices) {
        float[] h = hiddenScratch;
        java.util.Arrays.fill(h, 0f);
        for (int j = 0; j < tokens; j++) {
            int key = features[j] * tokens + j;
            int row = row(key);
            float[] slice = row >= 0 ? savedSlice(row) : slices.find(key);
            if (slice == null) slice(features[j], j, slice = slices.add(key));
            for (int i = 0; i < h.length; i++) h[i] += slice[i];
        }
        for (int i = 0; i < hidden; i++) {
            float v = h[i] + b1[i];
            h[i] = v * v * v; // the network's cube activation
        }
        java.util.Arrays.fill(out, 0f);
        int i = 0;
        for (; i + 4 <= hidden; i += 4) { // four hidden units a pass: a quarter of the loads and stores of out
            float x0 = h[i], x1 = h[i + 1], x2 = h[i + 2], x3 = h[i + 3];
            float[] r0 = w2[i], r1 = w2[i + 1], r2 = w2[i + 2], r3 = w2[i + 3];
            for (int t = 0; t < out.length; t++) out[t] += x0 * r0[t] + x1 * r1[t] + x2 * r2[t] + x3 * r3[t];
        }
        for (; i < hidden; i++) {
            float x = h[i];
            float[] r = w2[i];
            for (int t = 0; t < out.length; t++) out[t] += x * r[t];
        }
    }

    int hiddenSize() { return hidden; }

    private float[] savedSlice(int row) {
        float[] slice = saved.get(row);
        if (slice == null) { // two threads may both compute it; both results are equal
            slice(savedPairs[row] / tokens, savedPairs[row] % tokens, slice = new float[hidden]);
            saved.set(row, slice);
        }
        return slice;
    }

    /** Adds the first-layer slice of embedding row {@code tok} at feature position {@code pos} into {@code to}. */
    private void slice(int tok, int pos, float[] to) {
        float[] e = embeddings[tok];
        for (int k = 0; k < dim; k++) {
            float x = e[k];
            float[] w = w1[pos * dim + k];
            for (int i = 0; i < to.length; i++) to[i] += x * w[i];
        }
    }

    private int row(int key) {
        int s = slot(key);
        while (true) {
            int k = savedKeys[s];
            if (k == key) return savedRows[s];
            if (k == -1) return -1;
            s = (s + 1) & (savedKeys.length - 1);
        }
    }

    private int slot(int key) { return (key * 0x9E3779B9 >>> 7) & (savedKeys.length - 1); }
}
