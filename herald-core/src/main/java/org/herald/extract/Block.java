package org.herald.extract;

import org.jsoup.nodes.Element;

/**
 * A run of inline text inside one block element of a page, in document order: the unit the HTML extractor keeps or drops.
 *
 * @param text      the text, white space collapsed (line breaks from {@code <br>} kept)
 * @param linkChars how many of its characters sit inside links
 * @param container the nearest enclosing block element
 * @param tag       the container's tag name
 */
record Block(String text, int linkChars, Element container, String tag) {
    double linkDensity() { return text.isEmpty() ? 0 : (double) linkChars / text.length(); }

    boolean heading() { return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)); }
}
