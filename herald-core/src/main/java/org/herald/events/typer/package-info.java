/**
 * The learned event typer: a PLOVER type (and its CAMEO code) for a clause the patterns did not code, or no event.
 *
 * <p>Input: the article, its {@code NlpDocument}, the {@code Actors} and the rule coder's events. Output: those events
 * followed by the typer's ({@link org.herald.events.typer.TyperStep}), marked by their rule
 * {@code typer:events/typer-head.tsv}. Model: all-MiniLM-L6-v2 int8 on ONNX Runtime
 * ({@link org.herald.events.typer.SentenceEncoder}, {@link org.herald.events.typer.WordPieceTokenizer}); knowledge:
 * {@code events/typer-head.tsv} ({@link org.herald.events.typer.TyperHead}), trained by {@code herald train events}
 * ({@link org.herald.events.typer.TyperTrainer}), and the codebook. docs/typer.md has the figures and licences.
 *
 * <p>It does not run on sentences the patterns coded, nor on clauses ({@link org.herald.events.typer.Clauses}) whose
 * subject is no coded actor or that only attribute speech; it gives at most one event per clause, and runs a
 * document's clauses through the model in batches.
 */
package org.herald.events.typer;
