/**
 * NLP: the article body through Stanford CoreNLP, once per document.
 *
 * <p>Input: {@code article.body}. Output: {@link org.herald.nlp.NlpDocument} — Herald's own immutable
 * {@link org.herald.nlp.Sentence}, {@link org.herald.nlp.Token}, {@link org.herald.nlp.Dependency} (enhanced++
 * Universal Dependencies) and {@link org.herald.nlp.EntityMention} records, with offsets into the body.
 * {@link org.herald.nlp.NlpModels} loads the models once per process and is shared by all threads; CoreNLP types and
 * {@code Properties} never leave this package. Knowledge files: none. Limits: sentences past
 * {@code limits.maxSentences} are dropped and sentences over {@code limits.maxTokensPerSentence} tokens stay bare
 * tokens (no tags, entities or parse), each noted as an error entry. Not done here: coreference (speakers are
 * resolved by rules in {@code quotes/}), fine-grained NER (roles and nationalities come from {@code actors/}).
 */
package org.herald.nlp;
