package org.herald.quotes;

import org.herald.Span;
import org.herald.actors.Actors;
import org.herald.extract.Article;
import org.herald.knowledge.KnowledgeSource;
import org.herald.nlp.NlpDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds quotes and their speakers by rules over the quotation marks and the dependency parse; no coreference model.
 * The rules run in this order, each leaving alone what an earlier one found:
 * <ol>
 *   <li>{@link DirectQuoteRule}: marked utterances, split quotes, quotes over paragraphs, unclosed marks;</li>
 *   <li>{@link PartialQuoteRule}: marked words inside a clause a speech verb governs (other marked words are scare quotes);</li>
 *   <li>{@link AccordingToRule}: "..., according to X";</li>
 *   <li>{@link AccusationRule}: "X accused Y of ...";</li>
 *   <li>{@link ReportedClauseRule}: "X said (that) ...", "X warned ...", "arguing that ...", "..., X said"
 *       (with {@link SpeakerAfterClause} where the parser lost the subject);</li>
 *   <li>{@link PassiveCueRule}: "it was reported that ...", "is accused of ...", "is said to ...";</li>
 *   <li>{@link NominalCueRule}: "his claim that ...", "the ministry's announcement that ...".</li>
 * </ol>
 * Then each quote's speaker words are resolved ({@link SpeakerResolver}) in body order. A cue-less marked utterance
 * right after a direct quote, later in its paragraph ("“A,” she said. “B.”") or opening the next paragraph (a quote
 * over paragraphs), is more of the same quote: one attribution per cue, its pieces as parts. After a partial or
 * indirect quote it is a quote of its own that continues the speaker. Last, the speaker's first-person attributions
 * inside a direct quote ({@link NestedAttribution}: "“... I hope he comes clean,” she said") are quotes of their own.
 */
public final class QuoteAttributor {
    private final SpeechCues cues;
    private final GenderWords genders;
    private final TitleAbbreviations titles;
    private final List<QuoteRule> rules;

    private QuoteAttributor(SpeechCues cues, GenderWords genders, TitleAbbreviations titles, List<QuoteRule> rules) {
        this.cues = cues;
        this.genders = genders;
        this.titles = titles;
        this.rules = List.copyOf(rules);
    }

    public static QuoteAttributor load(KnowledgeSource source) {
        return new QuoteAttributor(SpeechCues.load(source), GenderWords.load(source), TitleAbbreviations.load(source), List.of(new DirectQuoteRule(), new PartialQuoteRule(),
                new AccordingToRule(), new AccusationRule(), new ReportedClauseRule(), new PassiveCueRule(), new NominalCueRule()));
    }

    public List<Quote> attribute(Article article, NlpDocument nlp, Actors actors) {
        if (article.body().isEmpty() || nlp.sentences().isEmpty()) return List.of();
        QuoteContext ctx = new QuoteContext(article.body(), nlp, actors == null ? Actors.NONE : actors, cues, genders, titles);
        List<Candidate> found = new ArrayList<>();
        for (QuoteRule rule : rules) found.addAll(rule.find(ctx, List.copyOf(found)));
        found.sort(Comparator.comparingInt(Candidate::start));
        found = joinContinuations(ctx, found);

        List<Quote> out = new ArrayList<>();
        Quote previous = null;
        for (Candidate c : found) {
            Quote.Speaker speaker = c.followsPrevious() ? continued(ctx, previous, c) : SpeakerResolver.resolve(ctx, c.speaker());
            StringBuilder text = new StringBuilder();
            for (Span p : c.parts()) {
                if (text.length() > 0) text.append(' ');
                text.append(ctx.body, p.start(), p.end());
            }
            Quote q = new Quote("q" + (out.size() + 1), c.kind(), text.toString(), c.start(), c.end(), c.parts(), speaker, c.cue(), c.rule(), c.mode());
            out.add(q);
            previous = q;
        }
        List<Quote> nested = NestedAttribution.within(ctx, out);
        if (nested.isEmpty()) return out;
        // The first-person attributions inside direct quotes join in body order, and the ids follow that order.
        List<Quote> all = new ArrayList<>(out);
        all.addAll(nested);
        all.sort(Comparator.comparingInt(Quote::start));
        List<Quote> numbered = new ArrayList<>(all.size());
        for (Quote q : all)
            numbered.add(new Quote("q" + (numbered.size() + 1), q.kind(), q.text(), q.start(), q.end(), q.parts(), q.speaker(), q.cue(), q.rule(), q.mode()));
        return numbered;
    }

    /** Cue-less direct pieces folded into the direct quote they continue (see the class comment). */
    private static List<Candidate> joinContinuations(QuoteContext ctx, List<Candidate> sorted) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : sorted) {
            Candidate last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && c.followsPrevious() && c.kind() == Quote.Kind.DIRECT && last.kind() == Quote.Kind.DIRECT
                    && last.end() <= c.start() && continues(ctx, last.end(), c.start())) {
                List<Span> parts = new ArrayList<>(last.parts());
                parts.addAll(c.parts());
                out.set(out.size() - 1, new Candidate(last.kind(), parts, last.speaker(), last.cue(), last.rule(),
                        last.followsPrevious(), last.mode(), null));
            } else out.add(c);
        }
        return out;
    }

    /** Whether a piece starting at {@code start} is in the paragraph ending at {@code end}, or the one right after it. */
    private static boolean continues(QuoteContext ctx, int end, int start) {
        int here = ctx.paragraphStart(start);
        int thereEnd = ctx.paragraphEnd(end);
        return thereEnd > here || ctx.text(thereEnd, here).isBlank();
    }

    /** The previous quote's speaker when it ended in this paragraph or the one just before. */
    private static Quote.Speaker continued(QuoteContext ctx, Quote previous, Candidate c) {
        if (previous == null || previous.speaker() == null) return null;
        return continues(ctx, previous.end(), c.start()) ? previous.speaker() : null;
    }
}
