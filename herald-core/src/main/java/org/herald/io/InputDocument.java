package org.herald.io;

import org.herald.Page;

/** One document an input yielded: a page, or the reason no page could be read (kept, so nothing is lost). */
public record InputDocument(String id, String source, Page page, String error) {
    public static InputDocument of(Page page) { return new InputDocument(page.id(), page.source(), page, null); }

    public static InputDocument failed(String id, String source, String error) { return new InputDocument(id, source, null, error); }

    public boolean ok() { return page != null; }
}
