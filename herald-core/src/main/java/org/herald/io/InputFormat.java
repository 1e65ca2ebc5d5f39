package org.herald.io;

import java.util.Locale;

/** What a driver was told its inputs hold; {@code AUTO} decides per file by its name and content. */
public enum InputFormat {
    AUTO, HTML, TEXT, JSONL;

    /** Parses a user's word ("auto", "html" ...), failing with the list of valid ones. */
    public static InputFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("input format must be auto, html, text or jsonl, not '" + name + "'");
        }
    }
}
