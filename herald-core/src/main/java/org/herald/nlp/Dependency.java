package org.herald.nlp;

/**
 * One edge of a sentence's Universal Dependencies graph (enhanced++ relations as CoreNLP names them,
 * e.g. "nsubj", "obj", "obl:to", "nmod:poss", "conj:and").
 *
 * @param relation the relation name, with its specific after ':' where CoreNLP gives one
 * @param governor token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 */
public record Dependency(String relation, int governor, int dependent) {
    /** The relation without its specific: "obl:to" → "obl". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
