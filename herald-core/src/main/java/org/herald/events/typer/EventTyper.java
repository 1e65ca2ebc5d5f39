package org.herald.events.typer;

import org.herald.events.Codebook;
import org.herald.events.PloverType;
import org.herald.knowledge.KnowledgeSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides the PLOVER type of a clause, or that it reports no event: the sentence encoder's embedding through the
 * softmax head; the typer speaks when the likeliest class is an event type and its probability reaches the head's
 * threshold (set on the training data by {@code herald train events}). The CAMEO code is the type's code in the head
 * file, checked against the codebook at load: it must map to that type.
 */
public final class EventTyper implements AutoCloseable {
    private final SentenceEncoder encoder;
    private final TyperHead head;

    public EventTyper(SentenceEncoder encoder, TyperHead head, Codebook codebook) {
        if (head.dimensions() != SentenceEncoder.DIMENSIONS)
            throw new IllegalArgumentException(TyperHead.FILE + ": " + head.dimensions() + " weights per class, the encoder gives "
                    + SentenceEncoder.DIMENSIONS);
        for (int c = 0; c < head.labels().size(); c++) {
            String label = head.labels().get(c);
            if (label.equals(TyperHead.NONE)) continue;
            String code = head.code(c);
            PloverType want = PloverType.parse(label);
            PloverType got = code == null ? null : codebook.find(code).map(Codebook.Entry::plover).orElse(null);
            if (got != want)
                throw new IllegalArgumentException(TyperHead.FILE + ": class " + label + " codes " + code + ", which the codebook maps to " + got);
        }
        this.encoder = encoder;
        this.head = head;
    }

    /** The shipped model with {@code source}'s head and codebook. */
    public static EventTyper load(KnowledgeSource source) {
        return new EventTyper(SentenceEncoder.load(), TyperHead.load(source), Codebook.load(source));
    }

    /** The typer's decision on one clause. */
    public record Typing(PloverType type, String cameo, double probability) {}

    /** The clause's type and code, or empty when the likeliest class is no event or falls short of the threshold. */
    public Optional<Typing> type(String clause) {
        return decide(head, head.probabilities(encoder.embed(clause)));
    }

    /** The decisions on clauses already encoded ({@link WordPieceTokenizer#encode}), embedded in one run of the model. */
    public List<Optional<Typing>> typeAll(List<long[]> encoded) {
        float[][] vectors = encoder.embedAll(encoded);
        List<Optional<Typing>> out = new ArrayList<>(vectors.length);
        for (float[] v : vectors) out.add(decide(head, head.probabilities(v)));
        return out;
    }

    /** The decision rule, shared with training's threshold search. */
    static Optional<Typing> decide(TyperHead head, double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
        String label = head.labels().get(best);
        if (label.equals(TyperHead.NONE) || p[best] < head.threshold()) return Optional.empty();
        return Optional.of(new Typing(PloverType.parse(label), head.code(best), p[best]));
    }

    public SentenceEncoder encoder() { return encoder; }

    public TyperHead head() { return head; }

    @Override public void close() { encoder.close(); }
}
