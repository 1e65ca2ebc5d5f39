package org.herald.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Greedy arc-standard decoding over {@link DependencyModel}: the transition system, feature template and tie-breaking
 * of CoreNLP's {@code nndep.DependencyParser}, on int arrays. Thread-safe: a parse's state lives in one call, and
 * each call borrows a {@link SliceCache} from a pool (one per concurrent parse, reused from sentence to sentence) and
 * gives it back; {@link #release} empties the pool.
 */
final class ArcStandardParser {
    private static final int NONE = -1;
    private static final int STACK_OFFSET = 6, STACK_NUMBER = 6; // CoreNLP's feature layout: words 0-17, tags 18-35, labels 36-47
    private final DependencyModel model;
    private final ConcurrentLinkedQueue<SliceCache> caches = new ConcurrentLinkedQueue<>();

    ArcStandardParser(DependencyModel model) {
        this.model = model;
        if (model.tokens != 48) throw new IllegalStateException("unexpected feature count " + model.tokens);
    }

    /** A parse: {@code heads[i]} is token i's head (1-based, 0 = root) and {@code labels[i]} its arc label, for tokens 1..n. */
    record Parse(int[] heads, String[] labels) { }

    /** Parses one tagged sentence given as its words and part-of-speech tags. */
    Parse parse(List<String> words, List<String> tags) {
        int n = words.size();
        State s = new State(n);
        int[] wordId = new int[n + 1], posId = new int[n + 1];
        wordId[0] = model.rootWord;
        posId[0] = model.rootPos;
        for (int i = 1; i <= n; i++) {
            wordId[i] = model.wordId(words.get(i - 1));
            posId[i] = model.posId(tags.get(i - 1));
        }
        int[] features = new int[model.tokens];
        float[] hidden = new float[model.hiddenSize()], scores = new float[model.transitions];
        int labelCount = model.labels.length;
        SliceCache slices = caches.poll();
        if (slices == null) slices = new SliceCache(model.hiddenSize());
        slices.clear();
        try {
            decode(s, n, wordId, posId, features, hidden, scores, labelCount, slices);
        } finally {
            caches.offer(slices);
        }
        String[] labels = new String[n + 1];
        for (int i = 1; i <= n; i++) labels[i] = s.label[i] < 0 ? null : model.labels[s.label[i]];
        return new Parse(Arrays.copyOf(s.head, n + 1), labels);
    }

    /** Drops the pooled caches (they are rebuilt on the next parse). */
    void release() {
        caches.clear();
    }

    /** Caches waiting in the pool: at most the number of parses that ever ran at once. */
    int pooledCaches() { return caches.size(); }

    private void decode(State s, int n, int[] wordId, int[] posId, int[] features, float[] hidden, float[] scores, int labelCount,
                        SliceCache slices) {
        while (!(s.stackSize == 1 && s.bufferStart > n)) {
            features(s, wordId, posId, features);
            model.score(features, hidden, scores, slices);
            int best = -1;
            float bestScore = Float.NEGATIVE_INFINITY;
            for (int t = 0; t < scores.length; t++)
                if (scores[t] > bestScore && canApply(s, t, labelCount)) { bestScore = scores[t]; best = t; }
            if (best < 0) throw new IllegalStateException("no transition applies"); // cannot happen in arc-standard
            apply(s, best, labelCount);
        }
    }

    private static final class State {
        final int n;
        final int[] stack;
        int stackSize;
        int bufferStart = 1; // the buffer is always tokens bufferStart..n
        final int[] head, label;

        State(int n) {
            this.n = n;
            stack = new int[n + 1];
            stack[stackSize++] = 0;
            head = new int[n + 1];
            label = new int[n + 1];
            Arrays.fill(head, NONE);
            Arrays.fill(label, NONE);
        }

        int stack(int k) { return k < stackSize ? stack[stackSize - 1 - k] : NONE; }

        int buffer(int k) { return bufferStart + k <= n ? bufferStart + k : NONE; }

        int bufferSize() { return n - bufferStart + 1; }

        int leftChild(int k, int count) {
            if (k < 0 || k > n) return NONE;
            int c = 0;
            for (int i = 1; i < k; i++) if (head[i] == k && ++c == count) return i;
            return NONE;
        }

        int rightChild(int k, int count) {
            if (k < 0 || k > n) return NONE;
            int c = 0;
            for (int i = n; i > k; i--) if (head[i] == k && ++c == count) return i;
            return NONE;
        }
    }

    private void features(State s, int[] wordId, int[] posId, int[] f) {
        for (int j = 2; j >= 0; --j) {
            int index = s.stack(j);
            f[2 - j] = word(index, wordId);
            f[18 + 2 - j] = pos(index, posId);
        }
        for (int j = 0; j <= 2; ++j) {
            int index = s.buffer(j);
            f[3 + j] = word(index, wordId);
            f[18 + 3 + j] = pos(index, posId);
        }
        for (int j = 0; j <= 1; ++j) {
            int k = s.stack(j);
            int base = STACK_OFFSET + j * STACK_NUMBER;
            int lc = s.leftChild(k, 1), rc = s.rightChild(k, 1);
            int[] children = {lc, rc, s.leftChild(k, 2), s.rightChild(k, 2), s.leftChild(lc, 1), s.rightChild(rc, 1)};
            for (int m = 0; m < 6; m++) {
                int index = children[m];
                f[base + m] = word(index, wordId);
                f[18 + base + m] = pos(index, posId);
                f[36 + j * STACK_NUMBER + m] = model.labelId(index <= 0 ? NONE : s.label[index]);
            }
        }
    }

    private int word(int index, int[] wordId) { return index < 0 ? model.nullWord : wordId[index]; }

    private int pos(int index, int[] posId) { return index < 0 ? model.nullPos : posId[index]; }

    /** CoreNLP's ArcStandard rules with a single root: transitions are L(label)…, R(label)…, S; labels[0] is the root label. */
    private static boolean canApply(State s, int t, int labelCount) {
        boolean left = t < labelCount, right = !left && t < 2 * labelCount;
        if (left || right) {
            int label = left ? t : t - labelCount;
            int h = left ? s.stack(0) : s.stack(1);
            if (h < 0) return false;
            if (h == 0 && label != 0) return false;
            if (h > 0 && label == 0) return false;
        }
        int nStack = s.stackSize, nBuffer = s.bufferSize();
        if (left) return nStack > 2;
        if (right) return nStack > 2 || (nStack == 2 && nBuffer == 0);
        return nBuffer > 0;
    }

    private static void apply(State s, int t, int labelCount) {
        int w1 = s.stack(1), w2 = s.stack(0);
        if (t < labelCount) {          // left arc: w2 → w1, w1 leaves the stack
            s.head[w1] = w2;
            s.label[w1] = t;
            s.stack[s.stackSize - 2] = w2;
            s.stackSize--;
        } else if (t < 2 * labelCount) { // right arc: w1 → w2, w2 leaves the stack
            s.head[w2] = w1;
            s.label[w2] = t - labelCount;
            s.stackSize--;
        } else {                        // shift
            s.stack[s.stackSize++] = s.bufferStart++;
        }
    }
}
