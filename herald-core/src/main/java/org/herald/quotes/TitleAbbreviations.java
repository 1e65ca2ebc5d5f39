package org.herald.quotes;

import org.herald.knowledge.KnowledgeSource;
import org.herald.knowledge.TsvReader;
import org.herald.nlp.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The abbreviated titles of {@code quotes/title-abbreviations.tsv} ("Gov." = governor), for matching titles. */
final class TitleAbbreviations {
    static final String FILE = "quotes/title-abbreviations.tsv";

    private final Map<String, String> titles;

    private TitleAbbreviations(Map<String, String> titles) {
        this.titles = Map.copyOf(titles);
    }

    static TitleAbbreviations load(KnowledgeSource source) {
        return parse(TsvReader.readAll(source, FILE, "abbreviation", "title"));
    }

    static TitleAbbreviations parse(List<TsvReader.Row> rows) {
        Map<String, String> titles = new HashMap<>();
        for (TsvReader.Row row : rows) {
            String abbreviation = row.get("abbreviation").toLowerCase(Locale.ROOT), title = row.get("title").toLowerCase(Locale.ROOT);
            if (abbreviation.isEmpty() || title.isEmpty()) throw row.error("an abbreviation and its title are both needed");
            titles.put(abbreviation, title);
        }
        return new TitleAbbreviations(titles);
    }

    /** The title word a token stands for: the written-out title of an abbreviation, else its own lemma, lower case. */
    String titleOf(Token t) {
        String word = t.word().toLowerCase(Locale.ROOT);
        String title = titles.get(word.endsWith(".") ? word : word + ".");
        return title != null ? title : t.lemma().toLowerCase(Locale.ROOT);
    }
}
