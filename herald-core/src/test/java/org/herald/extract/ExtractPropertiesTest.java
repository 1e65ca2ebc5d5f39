package org.herald.extract;

import org.herald.HeraldConfig;
import org.herald.Page;
import org.herald.pipeline.Analysis;
import org.herald.pipeline.Pipeline;
import org.herald.testkit.AnalysisInvariants;
import org.herald.testkit.Property;
import org.herald.testkit.Property.Case;
import org.herald.testkit.RandomPages;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Random;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever the bytes, the extract stage ends within a second with an article or an error entry, never an exception,
 * and what it returns satisfies the invariants (every offset inside the body). Bounded: at most 300 tries and 20 s each.
 */
class ExtractPropertiesTest {
    private static final Pipeline ARTICLES = Pipeline.articlesOnly(HeraldConfig.defaults());
    private static final Duration EACH = Duration.ofSeconds(2), TOTAL = Duration.ofSeconds(20);
    private static final String[] CHARSETS = {"UTF-8", "windows-1252", "windows-1251", "ISO-8859-2", "KOI8-R", "UTF-16LE"};

    private static void holds(Page page) {
        Analysis a = AnalysisInvariants.check(ARTICLES.analyze(page));
        assertEquals(page.id(), a.id());
        if (a.hasErrors()) {
            assertEquals("extract", a.errors().get(0).stage(), a.errors().toString());
            assertFalse(a.errors().get(0).message().isBlank());
        } else {
            assertFalse(a.article().body().isBlank(), "an article without errors has a body");
            assertTrue(a.article().body().length() <= page.content().length * 2 + 16, "the body comes from the page");
        }
    }

    private static Function<Random, Case<Page>> pages(Function<Random, byte[]> bytes, Page.Format format) {
        return r -> {
            byte[] b = bytes.apply(r);
            String charset = r.nextInt(4) == 0 ? CHARSETS[r.nextInt(CHARSETS.length)] : null;
            return new Case<>(new Page("p", "p", format, b, null, null, charset), b.length + " bytes, charset " + charset + ": "
                    + new String(b, 0, Math.min(b.length, 300), Charset.forName("ISO-8859-1")));
        };
    }

    @Test void random_markup_never_throws_or_loops() {
        int n = Property.forAll("random html", 300, EACH, TOTAL, pages(r -> RandomPages.utf8(RandomPages.html(r)), Page.Format.AUTO),
                ExtractPropertiesTest::holds);
        assertTrue(n >= 20, "tries run: " + n);
    }

    @Test void random_text_never_throws_or_loops() {
        Property.forAll("random text", 300, EACH, TOTAL, pages(r -> RandomPages.utf8(RandomPages.text(r)), Page.Format.TEXT),
                ExtractPropertiesTest::holds);
    }

    @Test void mutated_pages_in_any_charset_never_throw_or_loop() {
        Property.forAll("mutated html", 300, EACH, TOTAL, pages(r -> {
            String html = RandomPages.html(r);
            return RandomPages.mutate(html.getBytes(Charset.forName(CHARSETS[r.nextInt(CHARSETS.length - 1)])), r);
        }, Page.Format.AUTO), ExtractPropertiesTest::holds);
    }

    @Test void random_bytes_never_throw_and_are_refused_or_decoded() {
        Property.forAll("random bytes", 300, EACH, TOTAL, pages(r -> {
            byte[] b = new byte[r.nextInt(5000)];
            r.nextBytes(b);
            return b;
        }, Page.Format.AUTO), ExtractPropertiesTest::holds);
    }
}
