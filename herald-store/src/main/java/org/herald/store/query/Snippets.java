package org.herald.store.query;

/** Short views of a body around a span, for evidence shown to people. */
final class Snippets {
    /** Longest stretch shown on either side of the span. */
    static final int REACH = 300;

    private Snippets() { }

    /** The words around [start, end) up to the sentence's ends (". ", a paragraph break, or {@link #REACH} characters). */
    static String sentenceAround(String body, int start, int end) {
        if (body == null || start < 0 || end > body.length() || start > end) return null;
        int s = start;
        while (s > 0 && start - s < REACH && !(body.charAt(s - 1) == '\n' || s >= 2 && ".!?".indexOf(body.charAt(s - 2)) >= 0 && body.charAt(s - 1) == ' ')) s--;
        int e = end;
        while (e < body.length() && e - end < REACH && body.charAt(e) != '\n' && !(".!?".indexOf(body.charAt(e)) >= 0 && (e + 1 == body.length() || body.charAt(e + 1) == ' '))) e++;
        if (e < body.length() && ".!?".indexOf(body.charAt(e)) >= 0) e++;
        return body.substring(s, e).strip();
    }
}
