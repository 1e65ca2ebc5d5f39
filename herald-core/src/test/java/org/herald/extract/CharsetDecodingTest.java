package org.herald.extract;

import org.herald.Limits;
import org.herald.Page;
import org.herald.knowledge.KnowledgeSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages that declare no charset and are not UTF-8 are decoded by a guess; a declaration still wins; binary is refused. */
class CharsetDecodingTest {
    private static final ArticleExtractor EXTRACTOR = ArticleExtractor.load(KnowledgeSource.shipped(), new Limits(10_000_000, 200_000, 2000, 150));
    /** Texts written for this test: a news paragraph per language. */
    private static final Map<String, String> TEXTS = Map.of(
            "ru", "Министр иностранных дел России заявил во вторник, что переговоры с Украиной зашли в тупик. По его словам, "
                    + "Москва готова продолжить диалог, если Киев откажется от своих требований. Представитель Совета Безопасности "
                    + "ООН призвал стороны к сдержанности и напомнил о гуманитарной ситуации в регионе.",
            "fr", "Le ministre des Affaires étrangères a déclaré mardi que les négociations étaient dans l'impasse. Selon lui, "
                    + "Paris est prêt à poursuivre le dialogue, à condition que les deux parties respectent le cessez-le-feu.",
            "de", "Der Außenminister erklärte am Dienstag, die Verhandlungen seien gescheitert. Die Bürger der grenznahen Städte "
                    + "müssen sich auf schwierige Wochen einstellen, sagte ein Sprecher des Ministeriums.",
            "es", "El ministro de Asuntos Exteriores declaró el martes que las negociaciones estaban en un punto muerto. Según él, "
                    + "Madrid está dispuesto a continuar el diálogo si ambas partes respetan el alto el fuego.",
            "pl", "Minister spraw zagranicznych oświadczył we wtorek, że rozmowy utknęły w martwym punkcie. Według niego Warszawa "
                    + "jest gotowa kontynuować dialog, jeżeli obie strony będą przestrzegać zawieszenia broni.",
            "en", "The minister said on Tuesday that the talks had “failed” — and that the government’s position would not change. "
                    + "“We have no other choice,” he told reporters in the capital’s main square.");

    private static String decode(byte[] bytes, String transport) throws ExtractionException {
        return PageDecoder.decode(bytes, transport);
    }

    /** A page with a long ASCII head (scripts, styles) before its text and no charset anywhere. */
    private static String page(String text) {
        return "<html><head><title>News</title><script>var config = {" + "\"key\": \"value\", ".repeat(600) + "};</script></head>"
                + "<body><article><p>" + text + "</p></article></body></html>";
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"ru, windows-1251", "ru, KOI8-R", "ru, ISO-8859-5", "fr, windows-1252", "fr, ISO-8859-1", "de, ISO-8859-1",
            "es, windows-1252", "pl, ISO-8859-2", "en, windows-1252"})
    void an_undeclared_charset_is_guessed(String language, String charset) throws Exception {
        String text = TEXTS.get(language);
        String html = page(text);
        assertTrue(decode(html.getBytes(Charset.forName(charset)), null).contains(text), language + " page in " + charset);
        assertEquals(text, decode(text.getBytes(Charset.forName(charset)), null), language + " text in " + charset);
    }

    @Test void a_latin1_page_without_a_declaration_is_extracted_with_its_accents() throws Exception {
        byte[] bytes = page(TEXTS.get("fr")).getBytes(StandardCharsets.ISO_8859_1);
        Article a = EXTRACTOR.extract(new Page("fr", "fr", Page.Format.AUTO, bytes, null));
        assertTrue(a.body().contains("étrangères a déclaré"), a.body());
        assertEquals("fr", a.language());
    }

    @Test void a_declared_charset_wins_over_the_guess() throws Exception {
        String ru = TEXTS.get("ru");
        // Bytes in windows-1251, declared as KOI8-R: the declaration is followed, as browsers do.
        String declared = "<html><head><meta charset=\"koi8-r\"></head><body><p>" + ru + "</p></body></html>";
        byte[] bytes = declared.getBytes(Charset.forName("windows-1251"));
        assertEquals(new String(bytes, Charset.forName("KOI8-R")), decode(bytes, null));
        // The transport's charset wins over the markup's, and a byte-order mark over both.
        assertTrue(decode(bytes, "windows-1251").contains(ru));
        byte[] utf8 = declared.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF; bom[1] = (byte) 0xBB; bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertTrue(decode(bom, "windows-1251").contains(ru));
        // Valid UTF-8 that declares nothing stays UTF-8, whatever a detector might say of it.
        assertTrue(decode(page(ru).getBytes(StandardCharsets.UTF_8), null).contains(ru));
        // ISO-8859-1 is read as windows-1252 (curly quotes in the C1 range), as browsers read it.
        assertTrue(decode(TEXTS.get("en").getBytes(Charset.forName("windows-1252")), "ISO-8859-1").contains("“failed”"));
    }

    @Test void binary_is_still_refused() {
        Random random = new Random(7);
        byte[] noise = new byte[20_000];
        random.nextBytes(noise);
        assertTrue(assertThrows(ExtractionException.class, () -> decode(noise, null)).getMessage().contains("binary"));
        for (int i = 0; i < noise.length; i++) if (noise[i] == 0) noise[i] = 1; // no NUL bytes: the control characters give it away
        assertTrue(assertThrows(ExtractionException.class, () -> decode(noise, null)).getMessage().contains("binary"));
        assertTrue(assertThrows(ExtractionException.class, () -> decode(noise, "windows-1251")).getMessage().contains("binary"));
    }
}
