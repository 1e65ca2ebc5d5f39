/**
 * Quotes: who said what.
 *
 * <p>Input: the {@code Article} body, its {@code NlpDocument} (tokens, lemmas, NER, enhanced++ dependencies) and the
 * document's {@code Actors}. Output: a list of {@link org.herald.quotes.Quote} in body order, each with its kind
 * (direct, partial, indirect), its parts, its cue and its speaker (the words naming the speaker in this quote's
 * sentence, resolved to an actor where the actors stage has one).
 *
 * <p>Knowledge: {@code herald/quotes/speech-verbs.tsv} (speech verbs and phrases, with the kinds of quote each
 * introduces). See {@code docs/knowledge.md}.
 *
 * <p>How: an ordered list of rules ({@link org.herald.quotes.QuoteAttributor} lists them) over the quotation marks
 * and the dependency parse; pronoun, title and surname speakers are resolved by rules over the preceding sentences.
 * It does not run a coreference model, does not decide what a quote means (the events stage does), and never
 * invents a speaker: an unresolvable one stays null. {@link org.herald.quotes.QuoteScorer} scores quotes against
 * labelled passages ({@code herald eval quotes}).
 */
package org.herald.quotes;
