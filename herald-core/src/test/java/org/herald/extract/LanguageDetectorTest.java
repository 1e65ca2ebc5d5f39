package org.herald.extract;

import org.herald.knowledge.KnowledgeSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageDetectorTest {
    private static final LanguageDetector DETECTOR = LanguageDetector.load(KnowledgeSource.shipped());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|The minister said that the talks would continue next week and that he was hopeful of an agreement.",
            "fr|Le ministre a déclaré que les discussions reprendraient la semaine prochaine et qu'il était optimiste.",
            "de|Der Minister sagte, dass die Gespräche in der nächsten Woche fortgesetzt werden und er sei zuversichtlich.",
            "es|El ministro dijo que las conversaciones continuarán la próxima semana y que es optimista sobre un acuerdo.",
            "it|Il ministro ha detto che i colloqui continueranno la prossima settimana e che è fiducioso per un accordo.",
            "pt|O ministro disse que as conversas vão continuar na próxima semana e que está otimista com um acordo.",
            "nl|De minister zei dat de gesprekken volgende week worden voortgezet en dat hij hoopt op een akkoord.",
            "id|Menteri mengatakan bahwa perundingan akan dilanjutkan pekan depan dan dia yakin akan ada kesepakatan.",
            "pl|Minister powiedział, że rozmowy będą kontynuowane w przyszłym tygodniu i że jest dobrej myśli.",
            "tr|Bakan, görüşmelerin gelecek hafta devam edeceğini ve bir anlaşma için umutlu olduğunu söyledi ve bu da önemli.",
            "sv|Ministern sade att samtalen ska fortsätta nästa vecka och att han är hoppfull om en överenskommelse.",
            "ru|Министр заявил, что переговоры продолжатся на следующей неделе.",
            "uk|Міністр заявив, що переговори продовжаться наступного тижня і він сподівається на її підписання.",
            "zh|部长表示，谈判将于下周继续进行，他对达成协议持乐观态度。",
            "ja|大臣は、交渉は来週も続けられると述べ、合意に期待を示した。",
            "ko|장관은 협상이 다음 주에도 계속될 것이라고 말했다.",
            "ar|قال الوزير إن المحادثات ستستمر الأسبوع المقبل."})
    void detects_each_language(String lang, String text) {
        assertEquals(lang, DETECTOR.detect(text));
    }

    @Test void english_with_foreign_names_and_quotes_stays_english() {
        assertEquals("en", DETECTOR.detect("President Emmanuel Macron told reporters in Paris that \"la France est prête\" and that the deal of the century was near, "
                + "while the mayor of São Paulo said it was a matter for the state."));
    }

    @Test void text_without_letters_is_unknown() {
        assertNull(DETECTOR.detect("12345 !!!"));
        assertNull(DETECTOR.detect(""));
    }

    @Test void short_latin_text_with_little_evidence_is_taken_for_english() {
        assertEquals("en", DETECTOR.detect("Ministers met in Geneva."));
        assertEquals("en", DETECTOR.detect("Hello world"));
        assertEquals("fr", DETECTOR.detect("Le président et la ministre."));
    }

    @Test void it_covers_the_required_languages() {
        for (String l : new String[] {"en", "fr", "de", "es", "it", "pt", "nl", "ru", "zh", "ja", "ko", "ar", "id", "pl", "tr", "sv"})
            assertTrue(DETECTOR.languages().contains(l), l);
    }
}
