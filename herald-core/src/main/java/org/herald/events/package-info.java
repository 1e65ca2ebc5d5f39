/**
 * Events: who did what to whom, CAMEO-coded with PLOVER types.
 *
 * <p>Input: the {@code Article}, its {@code NlpDocument} (enhanced++ dependencies), the {@code Actors} and the
 * {@code Quote}s. Output: {@link org.herald.events.Event}s with source and target parties, sentence, evidence span,
 * quote, confidence and the pattern's {@code file:line} with the ids of the steps it needed ({@code +frame-relaxed},
 * {@code +agentless-passive}), and the ids of the parse repairs ({@link org.herald.events.Repair}) that fired for it.
 *
 * <p>Knowledge: {@code events/cameo.tsv} and {@code events/plover.tsv} ({@link org.herald.events.Codebook}),
 * {@code events/patterns/<root>-<name>.rules} ({@link org.herald.events.PatternReader}) and
 * {@code events/modality.tsv} ({@link org.herald.events.Modality}), {@code events/code-shifts.tsv}
 * ({@link org.herald.events.CodeShift}), {@code events/coder-words.tsv} ({@link org.herald.events.CoderWords}) and
 * {@code events/root-behaviours.tsv} (what roots 01, 04-09, 11-12 and 14-20 do differently: {@link org.herald.events.RootBehaviours}). Imported PETRARCH dictionaries:
 * {@code events.petrarch}. The learned typer for sentences no pattern coded ({@code events/typer-head.tsv}):
 * {@code events.typer}. Scoring on evaluation sets lives in herald-eval ({@code org.herald.eval.events}).
 *
 * <p>It does not resolve actors (the actors stage does; an unresolved party keeps its words with no code), does not
 * resolve pronouns beyond a quote's "we"/"I", the reporter of "it said it ..." and a plural "they"/"these countries"
 * after a sentence with several sources, and codes one sentence at a time.
 */
package org.herald.events;
