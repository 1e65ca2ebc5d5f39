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
 *       (with {@link SpeakerAfterClause} where the parser lost the subject).</li>
 * </ol>
 * Then each quote's speaker words are resolved ({@link SpeakerResolver}) in body order; a cue-less quote paragraph
 * right after a quote continues its speaker.
 */
public final class QuoteAttributor {
    private final SpeechCues cues;
    private final List<QuoteRule> rules;

    private QuoteAttributor(SpeechCues cues, List<QuoteRule> rules) {
        this.cues = cues;
        this.rules = List.copyOf(rules);
    }

    public static QuoteAttributor load(KnowledgeSource source) {
        return new QuoteAttributor(SpeechCues.load(source), List.of(new DirectQuoteRule(), new PartialQuoteRule(),
                new AccordingToRule(), new AccusationRule(), new ReportedClauseRule()));
    }

    public List<Quote> attribute(Article article, NlpDocument nlp, Actors actors) {
        if (article.body().isEmpty() || nlp.sentences().isEmpty()) return List.of();
        QuoteContext ctx = new QuoteContext(article.body(), nlp, actors == null ? Actors.NONE : actors, cues);
        List<Candidate> found = new ArrayList<>();
        for (QuoteRule rule : rules) found.addAll(rule.find(ctx, List.copyOf(found)));
        found.sort(Comparator.comparingInt(Candidate::start));

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
        return out;
    }

    /** The previous quote's speaker when it ended in this paragraph or the one just before. */
    private static Quote.Speaker continued(QuoteContext ctx, Quote previous, Candidate c) {
        if (previous == null || previous.speaker() == null) return null;
        int here = ctx.paragraphStart(c.start());
        int thereEnd = ctx.paragraphEnd(previous.end());
        if (thereEnd > here) return previous.speaker();
        return ctx.text(thereEnd, here).isBlank() ? previous.speaker() : null;
    }
}
