package org.herald.store.feeds;

import java.net.URI;

/**
 * What one GET gave: a body, "not modified", or the reason there is none.
 *
 * @param url          where the answer came from (after redirects)
 * @param status       the final HTTP status, or 0 when no answer came
 * @param body         the bytes, for a 200; otherwise empty
 * @param contentType  the Content-Type header, or null
 * @param etag         the ETag header, or null
 * @param lastModified the Last-Modified header as sent, or null
 * @param error        why there is no body, or null
 * @param retryable    whether the failure may pass (timeout, 5xx, 429, connection lost): worth another poll
 */
public record Fetch(URI url, int status, byte[] body, String contentType, String etag, String lastModified, String error, boolean retryable) {
    static Fetch failed(URI url, int status, String error, boolean retryable) {
        return new Fetch(url, status, new byte[0], null, null, null, error, retryable);
    }

    public boolean ok() { return error == null && status == 200; }

    public boolean notModified() { return error == null && status == 304; }

    /** The charset parameter of the Content-Type, or null. */
    public String charset() {
        if (contentType == null) return null;
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) return p.substring(8).replace("\"", "").strip();
        }
        return null;
    }

    /** The media type of the Content-Type, lower case, or "" when none was sent. */
    public String mediaType() {
        return contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
    }
}
