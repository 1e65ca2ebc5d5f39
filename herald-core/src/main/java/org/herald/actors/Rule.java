package org.herald.actors;

import org.herald.nlp.NlpDocument;

import java.util.List;
import java.util.Map;

/**
 * One step of actor resolution, with a stable id. {@link ActorResolver} runs its rules in order over one
 * {@link Context}; each works on what the earlier ones left unclaimed, and the actors it decides record its id
 * (or the finer id of the pattern that matched, e.g. {@code person.title} within {@code persons}).
 */
interface Rule {
    String id();

    void apply(Context context);

    /** What one resolution shares between its rules; local to one {@link ActorResolver#resolve} call. */
    record Context(ActorTable table, List<SentenceView> sentences, NlpDocument nlp, ActorRegistry registry,
                   Map<String, String> fullNameBySurname) {}

    /** A rule made of a method, for steps small enough not to need a class of their own. */
    record Step(String id, java.util.function.Consumer<Context> body) implements Rule {
        @Override public void apply(Context context) { body.accept(context); }
    }
}
