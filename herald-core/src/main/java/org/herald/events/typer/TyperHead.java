package org.herald.events.typer;

import org.herald.knowledge.KnowledgeSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The typer's linear softmax head over sentence embeddings, as read from and written to
 * {@code events/typer-head.tsv}. The file opens with {@code #} comments (the command and data that trained it, its
 * cross-validated figures, the licence), then a row {@code @threshold <p>}: the least probability at which the typer
 * speaks; then one row per class: {@code class}, {@code cameo} (the code its events get; {@code -} for
 * {@value #NONE}), {@code bias} and the weights, tab-separated. A user's file of the same name replaces the shipped one
 * whole (a head is one model, not rows to overlay).
 */
public final class TyperHead {
    public static final String FILE = "events/typer-head.tsv";
    /** The class of a sentence that reports no event. */
    public static final String NONE = "NONE";

    private final List<String> header;
    private final List<String> labels;
    private final List<String> codes;
    private final float[][] weights; // [class][dimension]
    private final float[] bias;
    private final double threshold;

    public TyperHead(List<String> header, List<String> labels, List<String> codes, float[][] weights, float[] bias, double threshold) {
        if (labels.size() != codes.size() || labels.size() != weights.length || labels.size() != bias.length)
            throw new IllegalArgumentException("a head needs as many codes, weight rows and biases as classes");
        if (!labels.contains(NONE)) throw new IllegalArgumentException("a head needs the class " + NONE);
        for (float[] w : weights)
            if (w.length != weights[0].length) throw new IllegalArgumentException("weight rows of different lengths");
        if (!(threshold >= 0 && threshold <= 1)) throw new IllegalArgumentException("threshold outside [0, 1]: " + threshold);
        this.header = List.copyOf(header);
        this.labels = List.copyOf(labels);
        this.codes = java.util.Collections.unmodifiableList(new ArrayList<>(codes)); // null: no event
        this.weights = Arrays.stream(weights).map(float[]::clone).toArray(float[][]::new);
        this.bias = bias.clone();
        this.threshold = threshold;
    }

    /** The head of {@code source}: the user's file if there is one, else the shipped one. */
    public static TyperHead load(KnowledgeSource source) {
        List<KnowledgeSource.Layer> layers = source.layers(FILE);
        KnowledgeSource.Layer last = layers.get(layers.size() - 1);
        return parse(last.name(), last.text());
    }

    /** Reads a head file's text; {@code name} is cited with the line number in errors. */
    public static TyperHead parse(String name, String text) {
        List<String> header = new ArrayList<>(), labels = new ArrayList<>(), codes = new ArrayList<>();
        List<float[]> rows = new ArrayList<>();
        List<Float> biases = new ArrayList<>();
        Double threshold = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String where = name + ":" + (i + 1);
            if (line.isEmpty()) continue;
            if (line.startsWith("#")) { header.add(line.substring(1).strip()); continue; }
            String[] f = line.split("\t");
            try {
                if (f[0].equals("@threshold")) {
                    if (f.length != 2) throw new IllegalArgumentException("@threshold takes one value");
                    threshold = Double.parseDouble(f[1]);
                    continue;
                }
                if (f.length < 4) throw new IllegalArgumentException("a class row needs class, cameo, bias and weights");
                if (!f[0].equals(NONE)) org.herald.events.PloverType.parse(f[0]);
                if (labels.contains(f[0])) throw new IllegalArgumentException("class " + f[0] + " twice");
                labels.add(f[0]);
                codes.add(f[1].equals("-") ? null : org.herald.events.CameoCode.of(f[1]).value());
                biases.add(Float.parseFloat(f[2]));
                float[] w = new float[f.length - 3];
                for (int j = 0; j < w.length; j++) w[j] = Float.parseFloat(f[j + 3]);
                if (!rows.isEmpty() && w.length != rows.get(0).length)
                    throw new IllegalArgumentException(w.length + " weights, the rows above have " + rows.get(0).length);
                rows.add(w);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        if (threshold == null) throw new IllegalArgumentException(name + ": no @threshold row");
        float[] b = new float[biases.size()];
        for (int i = 0; i < b.length; i++) b[i] = biases.get(i);
        try {
            return new TyperHead(header, labels, codes, rows.toArray(float[][]::new), b, threshold);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    /** The file's text: header comments, the threshold, one row per class (floats as Java prints them: exact round trip). */
    public String format() {
        StringBuilder out = new StringBuilder();
        for (String h : header) out.append(h.isEmpty() ? "#" : "# " + h).append('\n');
        out.append("@threshold\t").append(threshold).append('\n');
        for (int c = 0; c < labels.size(); c++) {
            out.append(labels.get(c)).append('\t').append(codes.get(c) == null ? "-" : codes.get(c)).append('\t').append(bias[c]);
            for (float w : weights[c]) out.append('\t').append(w);
            out.append('\n');
        }
        return out.toString();
    }

    /** The softmax probability of each class for an embedding. */
    public double[] probabilities(float[] x) {
        if (x.length != dimensions()) throw new IllegalArgumentException("embedding of " + x.length + ", the head takes " + dimensions());
        double[] z = new double[labels.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < z.length; c++) {
            double s = bias[c];
            float[] w = weights[c];
            for (int j = 0; j < x.length; j++) s += w[j] * x[j];
            z[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < z.length; c++) { z[c] = Math.exp(z[c] - max); sum += z[c]; }
        for (int c = 0; c < z.length; c++) z[c] /= sum;
        return z;
    }

    public List<String> header() { return header; }

    public List<String> labels() { return labels; }

    /** The CAMEO code of class {@code c}'s events, null for {@value #NONE}. */
    public String code(int c) { return codes.get(c); }

    public double threshold() { return threshold; }

    public int dimensions() { return weights.length == 0 ? 0 : weights[0].length; }

    public TyperHead withThreshold(double t) { return new TyperHead(header, labels, codes, weights, bias, t); }

    public TyperHead withHeader(List<String> h) { return new TyperHead(h, labels, codes, weights, bias, threshold); }

    @Override public boolean equals(Object o) {
        return o instanceof TyperHead h && header.equals(h.header) && labels.equals(h.labels) && codes.equals(h.codes)
                && Arrays.deepEquals(weights, h.weights) && Arrays.equals(bias, h.bias) && threshold == h.threshold;
    }

    @Override public int hashCode() { return labels.hashCode() * 31 + Arrays.deepHashCode(weights); }
}
