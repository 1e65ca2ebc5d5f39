package org.herald.nlp;

import org.herald.NlpProfile;

import java.util.Properties;

/** The only place CoreNLP {@code Properties} are built: one method per annotator group. */
final class CoreNlpSettings {
    private CoreNlpSettings() { }

    static Properties split() {
        Properties p = base("tokenize,ssplit");
        // Headlines, bylines and list items are separated by blank lines, not by full stops.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Keep quotes and brackets as written: quote attribution reads the marks.
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        return p;
    }

    static Properties pos() { return base("pos"); }

    static Properties lemma() { return base("lemma"); }

    static Properties ner(NlpProfile profile) {
        Properties p = base("ner");
        if (profile == NlpProfile.LEAN) {
            // One CRF instead of three, no rules, no SUTime: roles and nationalities come from Herald's own files.
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
            p.setProperty("ner.statisticalOnly", "true");
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.applyNumericClassifiers", "false");
            p.setProperty("ner.buildEntityMentions", "false"); // Herald groups the token labels itself
        } else {
            p.setProperty("ner.useSUTime", "false");
        }
        return p;
    }

    private static Properties base(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        // Each group runs on a document the earlier groups annotated.
        p.setProperty("enforceRequirements", "false");
        return p;
    }
}
