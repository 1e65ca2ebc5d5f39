package org.herald.eval.metadata;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The article-metadata README's rules and examples. */
class MetadataScorerTest {
    @Test void titles_fold_spaces_and_quotes_but_keep_case_and_dashes() {
        assertTrue(MetadataScorer.titleCorrect("Apple’s  “Vision”\u00A0Pro ", "Apple's \"Vision\" Pro"));
        assertTrue(MetadataScorer.titleCorrect("«Le jour»", "\"Le jour\""));
        assertFalse(MetadataScorer.titleCorrect("Title – Site", "Title - Site"));
        assertFalse(MetadataScorer.titleCorrect("Title", "title"));
        assertFalse(MetadataScorer.titleCorrect("Title", null));
    }

    @Test void bylines_split_at_commas_ampersands_and_by() {
        assertEquals(List.of("Jong", "Michiel de"), MetadataScorer.goldNames("Jong, Michiel de"));
        assertEquals(List.of("Jane Doe", "John Roe", "Ann Poe"), MetadataScorer.goldNames("By Jane Doe and John Roe & Ann Poe"));
        assertEquals(List.of("Abby Smith"), MetadataScorer.goldNames("by  Abby Smith"));
        assertEquals(List.of("Nearby Town"), MetadataScorer.goldNames("Nearby Town"));
    }

    @Test void every_gold_name_must_be_inside_some_author() {
        assertTrue(MetadataScorer.authorsCorrect("Jong, Michiel de", List.of("Michiel de Jong")));
        assertTrue(MetadataScorer.authorsCorrect("JOE HILDEBRAND", List.of("Joe Hildebrand", "Extra Person")));
        assertFalse(MetadataScorer.authorsCorrect("Jane Doe and John Roe", List.of("Jane Doe")));
        assertFalse(MetadataScorer.authorsCorrect("Jane Doe", List.of()));
    }

    @Test void dates_match_as_written_or_in_utc() {
        assertEquals(Set.of("2017-11-03"), MetadataScorer.dates("2017-11-03 03:01:00.000000"));
        assertEquals(Set.of("2015-10-15", "2015-10-14"), MetadataScorer.dates("2015-10-15T01:30:00+02:00"));
        assertTrue(MetadataScorer.dateCorrect("2015-10-15T01:30:00+02:00", "2015-10-14"));
        assertTrue(MetadataScorer.dateCorrect("2015-10-15T02:19:15.607Z", "2015-10-15"));
        assertFalse(MetadataScorer.dateCorrect("2015-10-15", "2015-10-16"));
        assertFalse(MetadataScorer.hasDate("March 5"));
    }

    @Test void languages_compare_primary_subtags() {
        assertTrue(MetadataScorer.languageCorrect("en-US", "en"));
        assertTrue(MetadataScorer.languageCorrect("pt_BR", "PT"));
        assertFalse(MetadataScorer.languageCorrect("en", "fr"));
        assertFalse(MetadataScorer.languageCorrect("en", null));
    }
}
