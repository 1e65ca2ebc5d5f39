package org.herald.spark;

import org.herald.Page;
import org.herald.io.InputDocument;

import java.io.Serializable;

/**
 * One document an input yielded, as it travels between Spark tasks (Herald's {@link InputDocument} and {@link Page}
 * are not {@link Serializable}), with where it came from: the input's place in the job's sorted input list and the
 * record's place in that input, so that repeated ids are made unique in input order, as the command line does.
 */
record PageRecord(long input, long position, String id, String source, String format, byte[] content, String published,
                  String captured, String charset, String error) implements Serializable {

    static PageRecord of(long input, long position, InputDocument d) {
        Page p = d.page();
        if (p == null) return new PageRecord(input, position, d.id(), d.source(), null, null, null, null, null, d.error());
        return new PageRecord(input, position, d.id(), d.source(), p.format().name(), p.content(), p.published(), p.captured(), p.charset(), null);
    }

    PageRecord withSource(String newSource) {
        return new PageRecord(input, position, id, newSource, format, content, published, captured, charset, error);
    }

    PageRecord withId(String newId) {
        return new PageRecord(input, position, newId, source, format, content, published, captured, charset, error);
    }

    /** The record as the document the pipeline reads; the page keeps the record's id. */
    InputDocument document() {
        if (error != null || content == null) return InputDocument.failed(id, source, error);
        return InputDocument.of(new Page(id, source, Page.Format.valueOf(format), content, published, captured, charset));
    }
}
