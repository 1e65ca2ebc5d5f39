package org.herald.events.typer;

/**
 * Multinomial logistic regression fitted by full-batch gradient descent with Adam and an L2 penalty: the same data and
 * settings give the same weights, bit for bit (no sampling, a fixed order of sums).
 *
 * @param epochs  passes over the data
 * @param rate    Adam's step size
 * @param l2      weight of the squared-norm penalty (the biases are not penalised)
 */
public record SoftmaxRegression(int epochs, double rate, double l2) {
    private static final double BETA1 = 0.9, BETA2 = 0.999, EPS = 1e-8;

    /** The fitted weights and biases. */
    public record Fit(float[][] weights, float[] bias) {}

    /** Fits {@code classes} classes to rows {@code x} with labels {@code y} (0 .. classes-1). */
    public Fit fit(float[][] x, int[] y, int classes) {
        int n = x.length, d = x[0].length;
        double[][] w = new double[classes][d], mw = new double[classes][d], vw = new double[classes][d];
        double[] b = new double[classes], mb = new double[classes], vb = new double[classes];
        double[][] gw = new double[classes][d];
        double[] gb = new double[classes], p = new double[classes];
        for (int epoch = 1; epoch <= epochs; epoch++) {
            for (double[] g : gw) java.util.Arrays.fill(g, 0);
            java.util.Arrays.fill(gb, 0);
            for (int i = 0; i < n; i++) {
                probabilities(w, b, x[i], p);
                p[y[i]] -= 1; // gradient of the cross-entropy with respect to the scores
                for (int c = 0; c < classes; c++) {
                    double e = p[c] / n;
                    if (e == 0) continue;
                    gb[c] += e;
                    double[] g = gw[c];
                    float[] xi = x[i];
                    for (int j = 0; j < d; j++) g[j] += e * xi[j];
                }
            }
            double c1 = 1 - Math.pow(BETA1, epoch), c2 = 1 - Math.pow(BETA2, epoch);
            for (int c = 0; c < classes; c++) {
                for (int j = 0; j < d; j++) {
                    double g = gw[c][j] + l2 * w[c][j];
                    mw[c][j] = BETA1 * mw[c][j] + (1 - BETA1) * g;
                    vw[c][j] = BETA2 * vw[c][j] + (1 - BETA2) * g * g;
                    w[c][j] -= rate * (mw[c][j] / c1) / (Math.sqrt(vw[c][j] / c2) + EPS);
                }
                mb[c] = BETA1 * mb[c] + (1 - BETA1) * gb[c];
                vb[c] = BETA2 * vb[c] + (1 - BETA2) * gb[c] * gb[c];
                b[c] -= rate * (mb[c] / c1) / (Math.sqrt(vb[c] / c2) + EPS);
            }
        }
        float[][] fw = new float[classes][d];
        float[] fb = new float[classes];
        for (int c = 0; c < classes; c++) {
            for (int j = 0; j < d; j++) fw[c][j] = (float) w[c][j];
            fb[c] = (float) b[c];
        }
        return new Fit(fw, fb);
    }

    private static void probabilities(double[][] w, double[] b, float[] x, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w.length; c++) {
            double s = b[c];
            double[] wc = w[c];
            for (int j = 0; j < x.length; j++) s += wc[j] * x[j];
            out[c] = s;
            if (s > max) max = s;
        }
        double sum = 0;
        for (int c = 0; c < w.length; c++) { out[c] = Math.exp(out[c] - max); sum += out[c]; }
        for (int c = 0; c < w.length; c++) out[c] /= sum;
    }
}
