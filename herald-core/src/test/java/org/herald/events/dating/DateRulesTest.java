package org.herald.events.dating;

import org.herald.Excerpt;
import org.herald.events.EventDate;
import org.herald.knowledge.KnowledgeException;
import org.herald.knowledge.KnowledgeSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The relative-date rules as a table (herald/events/dating/date-rules.tsv), then targeted and hostile cases. */
class DateRulesTest {
    private static final EventDater DATER = EventDater.shipped();

    private static EventDate dateOf(String sentence, String reference, String tense) {
        Reference ref = reference.equals("-") ? Reference.NONE : Reference.published(reference);
        DateRules.Tense t = switch (tense) {
            case "will" -> DateRules.Tense.FUTURE;
            case "VBD", "VBN" -> DateRules.Tense.PAST;
            default -> DateRules.Tense.NEAREST;
        };
        // The event's evidence: the sentence's second word, as the event coder would point at a verb or noun.
        int s = sentence.indexOf(' ') + 1, e = Math.max(s, sentence.indexOf(' ', s));
        return DATER.date(sentence, 0, sentence.length(), Excerpt.of(sentence, s, e), t, ref);
    }

    @Test void every_row_of_the_rule_table_holds() throws IOException {
        List<String> failures = new ArrayList<>();
        int rows = 0;
        try (InputStream in = getClass().getResourceAsStream("/herald/events/dating/date-rules.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).skip(1).toList();
            for (String line : lines) {
                String[] c = line.split("\t");
                rows++;
                EventDate d = dateOf(c[0], c[1], c[2]);
                String got = (d.phrase() == null ? "-" : d.phrase().text()) + " | " + (d.day() == null ? "-" : d.day()) + " | "
                        + (d.precision() == null ? "-" : d.precision()) + " | " + d.rule();
                String want = c[3] + " | " + c[4] + " | " + c[5] + " | " + c[6];
                if (!got.equals(want)) failures.add(c[0] + " (" + c[1] + "): got " + got + ", want " + want);
            }
        }
        assertTrue(rows >= 25, "the table has its rows");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test void the_reference_is_recorded_and_the_phrase_points_into_the_text() {
        EventDate d = dateOf("Russia's envoy spoke on Wednesday at the Council.", "2024-10-31", "VBD");
        assertEquals("published", d.reference());
        assertEquals("2024-10-31", d.referenceDay());
        assertEquals("on Wednesday", "Russia's envoy spoke on Wednesday at the Council.".substring(d.phrase().start(), d.phrase().end()));
    }

    @Test void the_phrase_nearest_the_event_decides() {
        String s = "On Monday the envoy said troops had crossed the border on Saturday.";
        int at = s.indexOf("crossed");
        EventDate d = DATER.date(s, 0, s.length(), Excerpt.of(s, at, at + 7), DateRules.Tense.PAST, Reference.published("2024-10-30"));
        assertEquals("on Saturday", d.phrase().text());
        assertEquals("2024-10-26", d.day());
    }

    @Test void a_relative_phrase_kept_without_a_reference_resolves_later_against_another() {
        EventDate undated = dateOf("Troops crossed the border on Wednesday.", "-", "VBD");
        assertNull(undated.day());
        EventDate later = DATER.redate(undated, Reference.given(LocalDate.of(2024, 10, 31)));
        assertEquals("2024-10-30", later.day());
        assertEquals("given", later.reference());
        assertEquals("weekday:past", later.rule());
        EventDate noPhrase = DATER.redate(dateOf("Police may detain the protesters.", "-", "-"), Reference.captured("2024-02-01"));
        assertEquals("2024-02-01", noPhrase.day());
        assertEquals("captured", noPhrase.reference());
        EventDate explicit = DATER.redate(dateOf("The summit was held on March 3, 2019 in Hanoi.", "-", "VBD"), Reference.given(LocalDate.of(2024, 1, 1)));
        assertEquals("2019-03-03", explicit.day(), "an explicit date does not move");
    }

    @Test void the_modal_may_and_impossible_days_are_no_dates() {
        assertEquals("reference", dateOf("Troops may 10 times cross the border.", "2024-05-02", "-").rule());
        assertEquals("reference", dateOf("The vote on February 30 was void.", "2024-05-02", "VBD").rule());
        assertEquals("reference", dateOf("", "2024-05-02", "-").rule());
        String hostile = "on ".repeat(5000) + "Wednesday" + " 2024-13-45 March 99, 20245";
        assertEquals("2024-05-01", dateOf(hostile, "2024-05-02", "VBD").day());
    }

    @Test void a_bad_row_of_the_word_file_fails_with_file_and_line(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("events"));
        Files.writeString(dir.resolve("events/date-words.tsv"), "word\tkind\tvalue\nsmarch\tmonth\t13\n");
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> EventDater.load(KnowledgeSource.withUserDir(dir)));
        assertTrue(e.getMessage().contains("date-words.tsv:2"), e.getMessage());
    }

    @Test void the_future_and_the_past_are_read_from_the_tokens() {
        DateRules rules = new DateRules(DateWords.load(KnowledgeSource.shipped()));
        assertEquals(DateRules.Tense.FUTURE, rules.tense(List.of("They", "will", "meet"), List.of("PRP", "MD", "VB")));
        assertEquals(DateRules.Tense.PAST, rules.tense(List.of("They", "met"), List.of("PRP", "VBD")));
        assertEquals(DateRules.Tense.NEAREST, rules.tense(List.of("They", "meet"), List.of("PRP", "VBP")));
    }
}
