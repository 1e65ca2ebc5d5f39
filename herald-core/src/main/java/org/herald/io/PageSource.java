package org.herald.io;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Where documents come from: files and folders, JSONL, standard input; archives and feeds are further sources of the
 * same shape. A source hands every document to the sink in input order and never throws for bad input: what cannot be
 * read becomes a failed {@link InputDocument}, so that every input is accounted for in the output.
 */
public interface PageSource {
    void read(Consumer<InputDocument> sink);

    /**
     * What the last {@link #read} passed over because it is not a document (a WARC request or image record), counted
     * by reason, in the order of the reasons; drivers report it at the end of a run. Not documents, so not in the output.
     */
    default Map<String, Long> skipped() { return Map.of(); }
}
