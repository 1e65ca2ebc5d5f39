package org.herald.io.tables;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The identity of an event, for "one event, many reports": the same day, source, target and CAMEO code is one event
 * however many sentences or articles report it (Phoenix's one-a-day key; GDELT's events/mentions split). A party is
 * its CAMEO code, or its lower-cased name prefixed {@code ~} when it has none; no target is empty. An undated event
 * cannot be told from another on another day, so it stays the event of its own document ({@code undated:<doc_id>}).
 */
public final class EventKey {
    private EventKey() { }

    public static String of(LocalDate day, String sourceCode, String sourceName, String targetCode, String targetName, String cameo, String docId) {
        String d = day != null ? day.toString() : "undated:" + docId;
        return d + "|" + party(sourceCode, sourceName) + "|" + party(targetCode, targetName) + "|" + cameo;
    }

    private static String party(String code, String name) {
        if (code != null) return code;
        if (name == null) return "";
        return "~" + name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A non-negative 63-bit number for a key: the first 8 bytes of its SHA-256, sign bit cleared (GDELT's GLOBALEVENTID). */
    public static long id(String key) {
        byte[] h;
        try {
            h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long v = 0;
        for (int i = 0; i < 8; i++) v = v << 8 | (h[i] & 0xff);
        return v & Long.MAX_VALUE;
    }
}
