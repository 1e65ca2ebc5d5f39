package org.herald.quotes;

import org.herald.nlp.EntityMention;
import org.herald.nlp.Sentence;

import java.util.HashMap;
import java.util.Map;

/**
 * The gender a document gives a person, from the evidence of {@link GenderWords}: a given name ("Mary Smith") or an
 * honorific ("Mrs. Smith", "Queen Elizabeth") at any mention of the same surname. Conflicting or no evidence: unknown
 * (null), and the person agrees with either pronoun. One per document; answers are kept per surname.
 */
final class PersonGender {
    private final QuoteContext ctx;
    private final GenderWords words;
    private final Map<String, GenderWords.Gender> bySurname = new HashMap<>();

    PersonGender(QuoteContext ctx, GenderWords words) {
        this.ctx = ctx;
        this.words = words;
    }

    /** The gender of the person whose name holds token {@code token} of {@code s}, or null. */
    GenderWords.Gender of(Sentence s, int token) {
        EntityMention e = Parse.entityAt(s, token);
        String surname = e == null ? s.token(token).word() : s.token(e.endToken() - 1).word();
        if (bySurname.containsKey(surname)) return bySurname.get(surname);
        int male = 0, female = 0;
        for (Sentence t : ctx.nlp.sentences()) {
            for (EntityMention m : t.entities()) {
                if (!m.type().equals("PERSON") || !t.token(m.endToken() - 1).word().equals(surname)) continue;
                GenderWords.Gender g = evidence(t, m);
                if (g == GenderWords.Gender.MALE) male++;
                if (g == GenderWords.Gender.FEMALE) female++;
            }
        }
        GenderWords.Gender g = male > 0 && female == 0 ? GenderWords.Gender.MALE : female > 0 && male == 0 ? GenderWords.Gender.FEMALE : null;
        bySurname.put(surname, g);
        return g;
    }

    /** An honorific before or at the start of the mention, else the given name of a mention of two words or more. */
    private GenderWords.Gender evidence(Sentence s, EntityMention m) {
        if (m.firstToken() > 0) {
            GenderWords.Gender h = words.ofHonorific(s.token(m.firstToken() - 1).word());
            if (h != null) return h;
        }
        GenderWords.Gender h = words.ofHonorific(s.token(m.firstToken()).word());
        if (h != null) return h;
        return m.endToken() - m.firstToken() >= 2 ? words.ofGivenName(s.token(m.firstToken()).word()) : null;
    }
}
