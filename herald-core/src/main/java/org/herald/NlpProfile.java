package org.herald;

/** Named CoreNLP configurations, built inside {@code nlp/}. */
public enum NlpProfile {
    /** CoNLL 4-class CRF NER, no fine-grained NER, no SUTime, dependency parse: fast, what Herald needs. */
    LEAN,
    /** CoreNLP's default 3 NER models with fine-grained NER (slower; roles come from Herald's own files anyway). */
    FULL
}
