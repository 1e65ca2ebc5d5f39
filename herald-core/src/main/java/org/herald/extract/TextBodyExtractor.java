package org.herald.extract;

import java.util.ArrayList;
import java.util.List;

/** Placeholder until the text path lands. */
final class TextBodyExtractor {
    private final Boilerplate vocab;

    TextBodyExtractor(Boilerplate vocab) { this.vocab = vocab; }

    record Result(String title, List<String> authors, String body) {
        Result { authors = List.copyOf(authors); }
    }

    Result extract(String text) {
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\\R")) if (!l.isBlank() && !vocab.isUiLine(l)) lines.add(l.strip());
        return new Result(null, List.of(), String.join("\n\n", lines));
    }
}
