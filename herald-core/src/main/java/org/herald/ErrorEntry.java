package org.herald;

/** Something that went wrong for one document, at one stage. The run goes on. */
public record ErrorEntry(String stage, String message) {
    public ErrorEntry {
        if (stage == null || message == null) throw new IllegalArgumentException("stage and message are required");
    }
}
