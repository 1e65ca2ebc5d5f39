package org.herald;

/** A span of the body together with its text (the contract's {@code {start, end, text}}). */
public record Excerpt(int start, int end, String text) {
    public Excerpt {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad excerpt " + start + ".." + end);
        if (text == null || text.length() != end - start) throw new IllegalArgumentException("text does not fit its span");
    }

    public static Excerpt of(String body, int start, int end) {
        return new Excerpt(start, end, body.substring(start, end));
    }

    public static Excerpt of(String body, Span span) { return of(body, span.start(), span.end()); }

    public Span span() { return new Span(start, end); }
}
