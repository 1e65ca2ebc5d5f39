package org.herald.pipeline;

import org.herald.pipeline.Analysis;
import org.herald.Page;
import org.herald.testkit.AnalysisInvariants;
import org.herald.testkit.SharedModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile pages: each yields an error entry or an analysis that passes the invariants; none throws or hangs. */
class HostileInputIT {
    static Stream<Arguments> pages() {
        Random random = new Random(42);
        byte[] noise = new byte[20_000];
        random.nextBytes(noise);
        StringBuilder nested = new StringBuilder("<html><body>");
        nested.append("<div>".repeat(20_000)).append("<p>Deep inside, the minister said the talks had failed.</p>").append("</div>".repeat(20_000));
        String quotes = "“He said ” she said “ \" ' ‘ ’ ” «» “".repeat(2_000);
        String longLine = "Russia and Ukraine and the United States and the United Kingdom ".repeat(3_000);
        String mixed = "Le ministre a déclaré que 北朝鮮 ... مرحبا \u202Eevil\u202C text \uD83D\uDE00 emoji e\u0301 combining.\n".repeat(50);
        String lonelySurrogate = "The envoy said \uD800 the talks \uDC00 failed.";
        return Stream.of(
                Arguments.of("random bytes", new Page("noise", "t", Page.Format.AUTO, noise, null)),
                Arguments.of("nested divs", Page.ofHtml("nested", nested.toString())),
                Arguments.of("unbalanced quote marks", Page.ofText("quotes", quotes)),
                Arguments.of("one endless sentence", Page.ofText("long", longLine)),
                Arguments.of("mixed scripts and controls", Page.ofText("mixed", mixed)),
                Arguments.of("lone surrogates", Page.ofText("surrogates", lonelySurrogate)),
                Arguments.of("only markup", Page.ofHtml("markup", "<html><head><script>var x = '<p>';</script></head><body><br><hr></body></html>")),
                Arguments.of("broken html", Page.ofHtml("broken", "<html><body><p>The president <b>warned <i>Iran</b> on</p> Monday</i> <p>that <a href=\"x")),
                Arguments.of("whitespace only", Page.ofText("blank", " \n\t\n \u00a0 ")),
                Arguments.of("punctuation only", Page.ofText("punct", "!!! ??? ... --- ,,, “” ;;".repeat(100))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hostile_pages_give_an_error_entry_or_a_valid_analysis(String name, Page page) {
        Analysis a = SharedModels.pipeline().analyze(page);
        AnalysisInvariants.check(a);
        assertEquals(page.id(), a.id());
        assertTrue(a.hasErrors() || !a.article().body().isBlank(), name + ": no body and no error");
    }

    @Test void binary_and_empty_pages_are_refused_with_a_reason() {
        Analysis empty = SharedModels.pipeline().analyze(new Page("e", "t", Page.Format.AUTO, new byte[0], null));
        assertEquals("extract", empty.errors().get(0).stage());
        Analysis zip = SharedModels.pipeline().analyze(new Page("z", "t", Page.Format.AUTO, new byte[]{0x50, 0x4b, 3, 4, 0, 0, 0, 0}, null));
        assertFalse(zip.errors().isEmpty());
        assertTrue(zip.actors().isEmpty() && zip.events().isEmpty());
    }

    @Test void an_over_long_sentence_is_left_unparsed_and_reported() {
        String body = "Officials said that " + "the army and the police and the court and ".repeat(60) + "the ministers met on Monday.\n";
        Analysis a = AnalysisInvariants.check(SharedModels.pipeline().analyze(Page.ofText("list", body)));
        assertTrue(a.errors().stream().anyMatch(e -> e.message().contains("limits.maxTokensPerSentence")), a.errors().toString());
    }
}
