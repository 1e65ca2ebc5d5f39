package org.herald.run;

import org.herald.pipeline.Analysis;

/** One document's analysis as the runner hands it on, with the time its worker spent on it. */
public record Analyzed(Analysis analysis, long nanos) {}
