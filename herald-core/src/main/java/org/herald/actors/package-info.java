/**
 * Actors: every country, organisation, group and official in a story, resolved to a CAMEO actor code.
 *
 * <p>Input: the {@link org.herald.extract.Article}, its {@link org.herald.nlp.NlpDocument} (tokens, NER, dependency
 * parse) and an immutable {@link org.herald.actors.ActorRegistry} snapshot of officials remembered across documents.
 * Output: {@link org.herald.actors.Actors}: one {@link org.herald.actors.Actor} per distinct entity with all its
 * mentions (surnames and pronouns included), and the officials this document introduced.
 *
 * <p>Knowledge: {@code herald/actors/countries.tsv}, {@code igos.tsv}, {@code groups.tsv}, {@code roles.tsv},
 * {@code not-actors.tsv} (see docs/knowledge.md). {@link org.herald.actors.ActorResolver} lists its rules in order.
 *
 * <p>Not done here: writing the registry (drivers do it between runs), CoreNLP coreference (pronouns follow one
 * rule: the person mentioned last, within three sentences), persons' gender, dating codes by the article's date.
 */
package org.herald.actors;
