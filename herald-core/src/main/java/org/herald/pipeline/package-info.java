/**
 * Wiring only: {@link org.herald.pipeline.Pipeline} runs extract → nlp → actors → quotes → events → claims on one
 * {@link org.herald.Page} and returns an immutable {@link org.herald.Analysis}. A failing stage becomes an error entry
 * and later stages get empty input. Nothing here knows where pages come from or where results go.
 */
package org.herald.pipeline;
