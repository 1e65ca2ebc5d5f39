package org.herald.extract;

import org.herald.Limits;
import org.herald.Page;
import org.herald.knowledge.KnowledgeSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Hostile and odd input: every case yields a clear ExtractionException or a sound article. */
class ArticleExtractorTest {
    private static final Limits LIMITS = new Limits(10_000_000, 200_000, 2000, 150);
    private static final ArticleExtractor EXTRACTOR = ArticleExtractor.load(KnowledgeSource.shipped(), LIMITS);
    private static final String PARA = "<p>The mayor said on Monday that the new bridge would open to traffic in the spring, two years later than planned.</p>";

    private static Page page(Page.Format f, byte[] b) { return new Page("t", "t", f, b, null); }

    private static String message(byte[] b) {
        return assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(page(Page.Format.AUTO, b))).getMessage();
    }

    @Test void any_text_is_a_document_a_sentence_a_headline_or_a_paragraph_without_final_punctuation() throws Exception {
        for (String text : new String[] {
                "The Calenardhon government condemned an attack by Osgiliath soldiers on Thursday",
                "Police arrest two after shooting near Tulsa school",
                "  EU slaps tariffs on Chinese steel  \n",
                "Lawmakers in Ohio voted to cut the budget\nThe governor vowed to veto it"}) {
            Article a = EXTRACTOR.extract(page(Page.Format.TEXT, text.getBytes(StandardCharsets.UTF_8)));
            assertFalse(a.body().isBlank(), text);
            assertTrue(text.contains(a.body().lines().findFirst().orElseThrow()), a.body());
            assertEquals(text.strip().replace("\n", "").length(), a.body().replace("\n", "").length(), "the whole text: " + a.body());
        }
        Article one = EXTRACTOR.extract(page(Page.Format.AUTO, "Police arrest two after shooting near Tulsa school".getBytes(StandardCharsets.UTF_8)));
        assertEquals("text-whole", one.method());
        assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(page(Page.Format.TEXT, " \n\t \n".getBytes(StandardCharsets.UTF_8))),
                "only empty or non-text input is refused");
    }

    @Test void empty_input_is_refused() {
        assertTrue(message(new byte[0]).contains("empty"));
        assertTrue(message("   \n\t ".getBytes(StandardCharsets.UTF_8)).contains("empty"));
    }

    @Test void binary_input_is_refused() {
        assertTrue(message(new byte[] {1, 2, 0, 4, 5}).contains("binary"));
        byte[] control = new byte[400];
        for (int i = 0; i < control.length; i++) control[i] = (byte) (i % 2 == 0 ? 'a' : 0x07);
        assertTrue(message(control).contains("binary"));
    }

    @Test void bytes_that_are_not_utf8_and_declare_nothing_are_decoded_by_a_guess_not_refused() throws Exception {
        Article a = EXTRACTOR.extract(page(Page.Format.TEXT, "Caf\u00e9 au lait, dit le ministre.".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("Café au lait, dit le ministre.", a.body());
    }

    @Test void a_page_over_the_byte_limit_is_refused() {
        ArticleExtractor small = ArticleExtractor.load(KnowledgeSource.shipped(), new Limits(100, 200_000, 2000, 150));
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> small.extract(Page.ofHtml("t", "<html><body>" + PARA.repeat(5) + "</body></html>")));
        assertTrue(e.getMessage().contains("maxPageBytes"));
    }

    @Test void a_declared_charset_is_honoured() throws Exception {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Le ministre a déclaré mardi que la réforme serait présentée avant l'été.</p></body></html>";
        Article a = EXTRACTOR.extract(page(Page.Format.AUTO, html.getBytes(Charset.forName("windows-1252"))));
        assertTrue(a.body().contains("déclaré"), a.body());
        String http = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>Die Regierung hat am Montag über die Reform für Städte beraten, sagte ein Sprecher.</p></body></html>";
        assertTrue(EXTRACTOR.extract(page(Page.Format.AUTO, http.getBytes(StandardCharsets.ISO_8859_1))).body().contains("über"));
    }

    @Test void a_byte_order_mark_is_fine() throws Exception {
        byte[] text = "The council met on Tuesday and agreed to the budget after a long debate.".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF; withBom[1] = (byte) 0xBB; withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Article a = EXTRACTOR.extract(page(Page.Format.AUTO, withBom));
        assertTrue(a.body().startsWith("The council met"), a.body());
    }

    @Test void auto_format_tells_markup_from_text() throws Exception {
        Article html = EXTRACTOR.extract(page(Page.Format.AUTO, ("<!DOCTYPE html><html><body>" + PARA + "</body></html>").getBytes(StandardCharsets.UTF_8)));
        assertFalse(html.body().contains("<p>"));
        assertTrue(html.method().startsWith("html"));
        Article text = EXTRACTOR.extract(page(Page.Format.AUTO, "A sentence that mentions a <b> tag but is plain text, as the reader can see.".getBytes(StandardCharsets.UTF_8)));
        assertEquals("text", text.method());
    }

    @Test void broken_html_still_gives_the_text() throws Exception {
        Article a = EXTRACTOR.extract(Page.ofHtml("t", "<html><body><div><p>The mayor said on Monday that the new bridge would open <b>to traffic in the spring, <i>two years later than planned.</div></p><p>Unclosed"));
        assertTrue(a.body().contains("two years later than planned."), a.body());
    }

    @Test void deeply_nested_markup_is_handled() throws Exception {
        String html = "<html><body>" + "<div>".repeat(20_000) + PARA + "</div>".repeat(20_000) + "</body></html>";
        Article a = EXTRACTOR.extract(Page.ofHtml("t", html));
        assertTrue(a.body().contains("new bridge"));
    }

    @Test void a_huge_page_extracts() throws Exception {
        StringBuilder sb = new StringBuilder("<html><body><nav><a href='/'>Home</a></nav><article>");
        while (sb.length() < 5_000_000) sb.append(PARA);
        sb.append("</article></body></html>");
        Article a = EXTRACTOR.extract(Page.ofHtml("t", sb.toString()));
        assertTrue(a.body().length() > 1_000_000);
        assertFalse(a.body().contains("Home"));
    }

    @Test void markup_without_text_is_refused() {
        assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(Page.ofHtml("t", "<html><body><img src=x><script>var a = 1;</script></body></html>")));
    }

    @Test void text_path_finds_title_author_and_body_by_line_evidence() throws Exception {
        String text = String.join("\n", "close", "Menu", "Ferry service resumes after winter storms", "Ferry service resumes after winter storms",
                "The island ferry resumed its daily crossings on Friday after three weeks of cancellations caused by storms.",
                "Harbour officials said repairs to the pier had been completed ahead of schedule and that extra sailings would run this weekend.",
                "(Reporting by our correspondent)", "Lena Hart", "Lena Hart",
                "Lena Hart is a reporter who covers transport and the coast, and writes a weekly column about island life and its people.",
                "viewMore");
        Article a = EXTRACTOR.extract(Page.ofText("t", text));
        assertEquals("Ferry service resumes after winter storms", a.title());
        assertEquals(java.util.List.of("Lena Hart"), a.authors());
        assertTrue(a.body().startsWith("The island ferry resumed"), a.body());
        assertTrue(a.body().endsWith("(Reporting by our correspondent)"), a.body());
        assertFalse(a.body().contains("viewMore") || a.body().contains("weekly column") || a.body().contains("close"));
        assertEquals("en", a.language());
        assertNull(a.published());
    }

    @Test void clean_text_has_its_headline_once_above_the_byline_and_a_date_line() throws Exception {
        String text = String.join("\n", "Port workers end strike after pay deal", "", "By Tomas Brandt", "Published 4 March 2025, 09:10", "",
                "HAMBURG — Dock workers ended a five-day strike on Tuesday after unions and employers agreed a pay rise of 6 percent.",
                "", "The union said the agreement would be put to a vote of its members next week, and that ships would be unloaded again from Wednesday.");
        Article a = EXTRACTOR.extract(Page.ofText("t", text));
        assertEquals("Port workers end strike after pay deal", a.title());
        assertEquals(java.util.List.of("Tomas Brandt"), a.authors());
        assertEquals("2025-03-04", a.published());
        assertTrue(a.body().startsWith("HAMBURG"), a.body());
    }

    @Test void a_sentence_above_the_body_is_no_headline() throws Exception {
        String text = String.join("\n", "This is a note the crawler kept, ending like a sentence.", "",
                "Dock workers ended a five-day strike on Tuesday after unions and employers agreed a pay rise of 6 percent.",
                "The union said the agreement would be put to a vote of its members next week, and that ships would be unloaded again from Wednesday.");
        assertNull(EXTRACTOR.extract(Page.ofText("t", text)).title());
    }

    @Test void the_driver_date_wins_over_the_page() throws Exception {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2020-01-02\"></head><body>" + PARA + "</body></html>";
        Article a = EXTRACTOR.extract(new Page("t", "t", Page.Format.HTML, html.getBytes(StandardCharsets.UTF_8), "2021-05-06"));
        assertEquals("2021-05-06", a.published());
    }

    @Test void extraction_is_thread_safe_and_repeatable() throws Exception {
        Page p = Page.ofHtml("t", "<html lang=en><body><nav><a href=/>Home</a></nav><article>" + PARA.repeat(3) + "</article></body></html>");
        Article first = EXTRACTOR.extract(p);
        java.util.List<Thread> threads = new java.util.ArrayList<>();
        java.util.List<Article> results = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                try { results.add(EXTRACTOR.extract(p)); } catch (ExtractionException e) { throw new IllegalStateException(e); }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        assertEquals(4, results.size());
        for (Article a : results) assertEquals(first, a);
    }
}
