package org.herald.events.typer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.herald.events.Codebook;
import org.herald.events.PloverType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Trains the typer's head ({@code herald train events}) from sentences labelled with a PLOVER type or none
 * ({@code training/events/*.jsonl}: {@code text}, {@code event} or null, {@code cameo}). Steps:
 * <ol>
 *   <li>embed every sentence with the {@link SentenceEncoder};</li>
 *   <li>k-fold cross-validation (folds stratified by class, drawn with the seed): out-of-fold probabilities for every
 *       sentence;</li>
 *   <li>the threshold: the least probability at which the typer speaks, chosen on those out-of-fold probabilities to
 *       maximise the mean of event accuracy (the right type, spoken) and no-event rejection (silent);</li>
 *   <li>each type's CAMEO code: of the codebook's shortest codes that map to the type, the one the training sentences
 *       of that type fall under most often (first in the codebook on a tie);</li>
 *   <li>the head fitted on all sentences, its header naming the command, the data (with SHA-256) and the figures.</li>
 * </ol>
 */
public final class TyperTrainer {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One training sentence: its text, its type (null: no event) and its CAMEO code (null with no event). */
    public record Example(String text, PloverType type, String cameo) {}

    /** Cross-validated figures at the chosen threshold and with no threshold. */
    public record Figures(int events, int none, double threshold, double eventAccuracy, double rejection,
                          double eventAccuracyUngated, double rejectionUngated) {}

    /** A trained head and its cross-validated figures. */
    public record Result(TyperHead head, Figures figures) {}

    private final SentenceEncoder encoder;
    private final Codebook codebook;
    private final SoftmaxRegression fit;

    public TyperTrainer(SentenceEncoder encoder, Codebook codebook, SoftmaxRegression fit) {
        this.encoder = encoder;
        this.codebook = codebook;
        this.fit = fit;
    }

    /** The examples of the {@code .jsonl} files of {@code dir}, in file-name then line order. */
    public static List<Example> read(Path dir) {
        List<Example> out = new ArrayList<>();
        for (Path f : dataFiles(dir)) {
            List<String> lines;
            try {
                lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) continue;
                try {
                    JsonNode n = JSON.readTree(lines.get(i));
                    String text = n.path("text").asText("");
                    if (text.isBlank()) throw new IllegalArgumentException("no text");
                    JsonNode ev = n.path("event");
                    PloverType type = ev.isTextual() ? PloverType.parse(ev.asText()) : null;
                    String cameo = n.path("cameo").isTextual() ? n.path("cameo").asText() : null;
                    out.add(new Example(text, type, cameo));
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalArgumentException(f + ":" + (i + 1) + ": " + e.getMessage(), e);
                }
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no training sentences in " + dir);
        return out;
    }

    static List<Path> dataFiles(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** The classes of a head, in file order: the 16 types, then no event. */
    static List<String> labels() {
        List<String> l = new ArrayList<>();
        for (PloverType t : PloverType.values()) l.add(t.name());
        l.add(TyperHead.NONE);
        return l;
    }

    /** Embeds, cross-validates with {@code folds} folds, and fits the head on everything. */
    public Result train(List<Example> examples, int folds, long seed, List<String> provenance) {
        float[][] x = new float[examples.size()][];
        for (int i = 0; i < x.length; i++) x[i] = encoder.embed(examples.get(i).text());
        return train(examples, x, folds, seed, provenance);
    }

    Result train(List<Example> examples, float[][] x, int folds, long seed, List<String> provenance) {
        List<String> labels = labels();
        int[] y = new int[examples.size()];
        for (int i = 0; i < y.length; i++) {
            PloverType t = examples.get(i).type();
            y[i] = t == null ? labels.size() - 1 : t.ordinal();
        }
        List<String> codes = codes(examples);
        double[][] oof = outOfFold(x, y, labels.size(), folds, seed);
        double threshold = 0, bestScore = -1;
        for (int step = 0; step <= 95; step++) {
            double t = step / 100.0;
            double[] f = score(oof, y, labels, codes, t);
            double s = (f[0] + f[1]) / 2;
            if (s > bestScore + 1e-12) { bestScore = s; threshold = t; }
        }
        double[] gated = score(oof, y, labels, codes, threshold), ungated = score(oof, y, labels, codes, 0);
        int none = 0;
        for (int v : y) if (v == labels.size() - 1) none++;
        Figures figures = new Figures(y.length - none, none, threshold, gated[0], gated[1], ungated[0], ungated[1]);
        SoftmaxRegression.Fit all = fit.fit(x, y, labels.size());
        List<String> header = new ArrayList<>(provenance);
        header.add(String.format(Locale.ROOT, "Cross-validated (%d folds, seed %d) on %d event and %d no-event sentences: "
                        + "type accuracy on events %.3f, no-event rejection %.3f at threshold %.2f "
                        + "(no threshold: %.3f / %.3f).", folds, seed, figures.events(), figures.none(), gated[0], gated[1],
                threshold, ungated[0], ungated[1]));
        header.add(String.format(Locale.ROOT, "Fit: softmax regression, %d epochs of full-batch Adam, step %s, L2 %s, over the "
                + "%d-number embeddings of all-MiniLM-L6-v2 (int8).", fit.epochs(), fit.rate(), fit.l2(), SentenceEncoder.DIMENSIONS));
        header.add("Format: org.herald.events.typer.TyperHead; rows: class, cameo, bias, weights. Licence: GPL-3.0-or-later (part of Herald).");
        return new Result(new TyperHead(header, labels, codes, all.weights(), all.bias(), threshold), figures);
    }

    /** Each row's class probabilities from a head fitted on the other folds. */
    double[][] outOfFold(float[][] x, int[] y, int classes, int folds, long seed) {
        int[] fold = folds(y, classes, folds, seed);
        double[][] out = new double[x.length][];
        for (int k = 0; k < folds; k++) {
            List<float[]> tx = new ArrayList<>();
            List<Integer> ty = new ArrayList<>();
            for (int i = 0; i < x.length; i++) if (fold[i] != k) { tx.add(x[i]); ty.add(y[i]); }
            SoftmaxRegression.Fit f = fit.fit(tx.toArray(float[][]::new), ty.stream().mapToInt(Integer::intValue).toArray(), classes);
            TyperHead h = new TyperHead(List.of(), labels(), new ArrayList<>(java.util.Collections.nCopies(classes, (String) null)),
                    f.weights(), f.bias(), 0);
            for (int i = 0; i < x.length; i++) if (fold[i] == k) out[i] = h.probabilities(x[i]);
        }
        return out;
    }

    /** Fold of each row: each class's rows shuffled with the seed and dealt round the folds. */
    static int[] folds(int[] y, int classes, int folds, long seed) {
        Random random = new Random(seed);
        int[] fold = new int[y.length];
        for (int c = 0; c < classes; c++) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < y.length; i++) if (y[i] == c) rows.add(i);
            java.util.Collections.shuffle(rows, random);
            for (int j = 0; j < rows.size(); j++) fold[rows.get(j)] = j % folds;
        }
        return fold;
    }

    /** {event accuracy, no-event rejection} of probabilities {@code p} under the typer's decision at threshold {@code t}. */
    static double[] score(double[][] p, int[] y, List<String> labels, List<String> codes, double t) {
        TyperHead h = new TyperHead(List.of(), labels, codes, new float[labels.size()][1], new float[labels.size()], t);
        int events = 0, right = 0, none = 0, silent = 0;
        for (int i = 0; i < p.length; i++) {
            Optional<EventTyper.Typing> d = EventTyper.decide(h, p[i]);
            if (labels.get(y[i]).equals(TyperHead.NONE)) {
                none++;
                if (d.isEmpty()) silent++;
            } else {
                events++;
                if (d.isPresent() && d.get().type().name().equals(labels.get(y[i]))) right++;
            }
        }
        return new double[] {events == 0 ? 0 : (double) right / events, none == 0 ? 0 : (double) silent / none};
    }

    /** Each class's code: the codebook's shortest codes of the type, the one most training codes fall under. */
    List<String> codes(List<Example> examples) {
        List<String> out = new ArrayList<>();
        for (PloverType t : PloverType.values()) {
            List<String> mine = codebook.entries().stream().filter(e -> e.plover() == t).map(e -> e.code().value()).toList();
            if (mine.isEmpty()) throw new IllegalStateException("the codebook maps no code to " + t);
            int shortest = mine.stream().mapToInt(String::length).min().orElseThrow();
            String best = null;
            long bestCount = -1;
            for (String c : mine) {
                if (c.length() != shortest) continue;
                long n = examples.stream().filter(e -> e.type() == t && e.cameo() != null && e.cameo().startsWith(c)).count();
                if (n > bestCount) { bestCount = n; best = c; }
            }
            out.add(best);
        }
        out.add(null);
        return out;
    }

    /** "name (sha256 hex)" of each data file, for the head's header. */
    public static List<String> digests(Path dir) {
        List<String> out = new ArrayList<>();
        for (Path f : dataFiles(dir)) {
            try {
                byte[] h = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
                out.add(f.getFileName() + " (sha256 " + HexFormat.of().formatHex(h) + ")");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

}
