package org.herald.events;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The coder's parse repairs: steps that read a party or a frame through a particular way CoreNLP misparses news
 * (a verb tagged as a noun, an object hung on the wrong word, a subject parsed as an apposition). The general
 * relations (subject, passive agent, object, frame prepositions, conjuncts, relative clauses, appositions) are not
 * here; these are what the coder tries when those relations name nobody. The constants are in the order the coder
 * applies them (frame, then parties, then the event); an event records the ids of those that fired for it
 * ({@link Event#repairs()}). Each can be switched off for measurement: {@code -Dherald.events.repairs.off=id,id}
 * ({@value #OFF_PROPERTY}); docs/events.md has the ablation table that decided which are shipped.
 */
public enum Repair {
    NOUN_TAGGED_VERB("noun-tagged-verb", "a verb the tagger took for a noun ('they would blockade Paris') still has its auxiliary and subject"),
    INFINITIVE_OBJECT("infinitive-object", "'rejected X's demand to sever', parsed as a clause whose subject is the demand: an infinitive has no subject, so the noun is the object"),
    SHIFTED_OBJECT("shifted-object", "'denounced as a crime Serbia's suppression', 'rejected Thursday a UN appeal': the object hung on the 'as' phrase or the time word"),
    STRANDED_OBJECT("stranded-object", "'demanded the removal of X ... at talks aimed at': a noun right after an objectless verb, parsed as a later clause's subject"),
    PHRASE_HOSTS("phrase-hosts", "'the curfew imposed in Sudan', 'a mediation on Saturday between A and B': a slot's phrase hung on a participle or time word of a matched word"),
    LIGHT_OBJECT_CONTROLLER("light-object-controller", "'opened fire to disperse', 'took steps to enhance': the parser makes the light object the clause's controller; the verb's subject is"),
    STRANDED_SUBJECT("stranded-subject", "'With the signing of X, the government and the rebels have agreed', subject parsed as X's apposition: the noun before the auxiliary"),
    UNJOINED_LIST("unjoined-list", "'from the United States, the United Kingdom, South Korea and Ukraine' not parsed as conjuncts: the rest of a comma list of named actors"),
    SITE_COUNTRY("site-country", "'the Esfahan Uranium Conversion Facilities (UCF) in central Iran': an uncoded site or body, its 'in' phrase hung loosely, stands for its country"),
    DEEPER_ACTOR("deeper-actor", "'activities related to the DPRK's deployment': an actor inside the phrase's modifying clauses"),
    EVIDENCE_SOURCE("evidence-source", "'10,000 North Korean troops were stationed in Russia': with no agent, a coded actor among the frame's own words acts"),
    OBJECT_INNER_TARGET("object-inner-target", "'shortened the curfew imposed in Sudan': with no target, a coded actor named inside the object acted on is the target");

    /** The system property listing the ids of repairs to switch off (comma-separated). */
    public static final String OFF_PROPERTY = "herald.events.repairs.off";

    private final String id;
    private final String why;

    Repair(String id, String why) {
        this.id = id;
        this.why = why;
    }

    public String id() { return id; }

    /** One line: which misparse it reads through, with an example wording. */
    public String why() { return why; }

    public static Repair byId(String id) {
        for (Repair r : values()) if (r.id.equals(id.strip().toLowerCase(Locale.ROOT))) return r;
        StringBuilder known = new StringBuilder();
        for (Repair r : values()) known.append(known.length() == 0 ? "" : ", ").append(r.id);
        throw new IllegalArgumentException("unknown event repair '" + id + "' (known: " + known + ")");
    }

    /** Every repair except those {@code off} names (comma-separated ids; blank or null: all on). */
    public static Set<Repair> enabledExcept(String off) {
        Set<Repair> on = EnumSet.allOf(Repair.class);
        if (off != null) for (String id : off.split(",")) if (!id.isBlank()) on.remove(byId(id));
        return on;
    }

    /** The repairs on in this process: all but those of {@value #OFF_PROPERTY}. */
    public static Set<Repair> enabledByProperty() { return enabledExcept(System.getProperty(OFF_PROPERTY)); }
}
